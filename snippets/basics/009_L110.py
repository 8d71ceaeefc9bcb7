# notecheck snippet: document=examples/basics.md lines=110-113 index=9 origin=doctest language=pycon
# notecheck lines: 110-111,113
x = 10
x * 2
print("hi")
