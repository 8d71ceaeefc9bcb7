# notecheck snippet: document=examples/basics.md lines=9-14 index=0 origin=fenced language=python
# notecheck lines: 9-14
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b)   # True
print(a is c)   # False (different objects)
print(a == c)   # True (same values)
