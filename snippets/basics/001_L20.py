# notecheck snippet: document=examples/basics.md lines=20-21 index=1 origin=fenced language=python
# notecheck lines: 20-21
print(0.1 + 0.2 == 0.3)  # True
print(round(0.1 + 0.2, 2))  # 0.3
