# notecheck snippet: document=examples/claim_forms.md lines=114-124 index=9 origin=fenced language=python
# notecheck lines: 114-124
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
