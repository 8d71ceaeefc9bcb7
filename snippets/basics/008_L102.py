# notecheck snippet: document=examples/basics.md lines=102-104 index=8 origin=fenced language=python
# notecheck lines: 102-104
x = 1000
y = 1000
print(x is y)  # False
