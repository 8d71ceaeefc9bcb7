# notecheck snippet: document=examples/claim_forms.md lines=91-95 index=7 origin=fenced language=python
# notecheck lines: 91-95
# notecheck: expect-error
data = {"a": 1}
print(data["a"])  # 1
print(data["b"])  # 2
print("never printed")  # never printed
