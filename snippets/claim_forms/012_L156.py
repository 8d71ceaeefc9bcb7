# notecheck snippet: document=examples/claim_forms.md lines=156-160 index=12 origin=fenced language=python
# notecheck lines: 156-160
stack = [1, 2, 3]
stack.pop()
assert stack == [1, 2]
assert len(stack) == 3
assert stack[-1] == 2, "the top of the stack"
