# notecheck snippet: document=examples/basics.md lines=93-93 index=7 origin=fenced language=python
# notecheck lines: 93
print(greet("Ada"))  # Hello, Ada!
