# notecheck snippet: document=examples/claim_forms.md lines=96-106 index=7 origin=fenced language=python
# notecheck lines: 96-106
squares = [n * n for n in range(4)]
for n in squares:
    print(n)
# Output:
# 0
# 1
# 4
# 9
print("total", sum(squares))
# Output:
# total 15
