# notecheck snippet: document=examples/claim_forms.md lines=82-86 index=6 origin=fenced language=python
# notecheck lines: 82-86
# notecheck: expect-error
data = {"a": 1}
print(data["a"])  # 1
print(data["b"])  # 2
print("never printed")  # never printed
