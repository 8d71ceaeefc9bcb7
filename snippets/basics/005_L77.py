# notecheck snippet: document=examples/basics.md lines=77-79 index=5 origin=fenced language=python
# notecheck lines: 77-79
items = []
items.append(1)  # adds in place, returns None
print(items)  # [1] -- the list was mutated
