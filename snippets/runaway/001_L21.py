# notecheck snippet: document=examples/runaway.md lines=21-23 index=1 origin=fenced language=python
# notecheck lines: 21-23
print("starting")  # starting
while True:
    pass
