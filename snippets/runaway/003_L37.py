# notecheck snippet: document=examples/runaway.md lines=37-38 index=3 origin=fenced language=python
# notecheck lines: 37-38
while True:
    print("spam" * 1000)
