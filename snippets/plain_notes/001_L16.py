# notecheck snippet: document=examples/plain_notes.txt lines=16-17 index=1 origin=unfenced language=python
# notecheck lines: 16-17
funcs = [lambda: i for i in range(5)]
print([f() for f in funcs])  # [4, 4, 4, 4, 4] -- NOT [0, 1, 2, 3, 4]
