# notecheck snippet: document=examples/basics.md lines=85-88 index=6 origin=doctest language=pycon
# notecheck lines: 85-86,88
x = 10
x * 2
print("hi")
