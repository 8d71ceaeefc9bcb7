# notecheck snippet: document=examples/runaway.md lines=33-34 index=3 origin=fenced language=python
# notecheck lines: 33-34
while True:
    print("spam" * 1000)
