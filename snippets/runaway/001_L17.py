# notecheck snippet: document=examples/runaway.md lines=17-19 index=1 origin=fenced language=python
# notecheck lines: 17-19
print("starting")  # starting
while True:
    pass
