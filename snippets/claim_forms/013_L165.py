# notecheck snippet: document=examples/claim_forms.md lines=165-169 index=13 origin=fenced language=python
# notecheck lines: 165-169
stack = [1, 2, 3]
stack.pop()
assert stack == [1, 2]
assert len(stack) == 3
assert stack[-1] == 2, "the top of the stack"
