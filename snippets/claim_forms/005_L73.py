# notecheck snippet: document=examples/claim_forms.md lines=73-77 index=5 origin=fenced language=python
# notecheck lines: 73-77
# notecheck: expect-error
data = {"a": 1}
print(data["a"])  # 1
print(data["b"])  # 2
print("never printed")  # never printed
