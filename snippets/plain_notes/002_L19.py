# notecheck snippet: document=examples/plain_notes.txt lines=19-20 index=2 origin=unfenced language=python
# notecheck lines: 19-20
counts = {"b": 2, "a": 1}
print(counts)  # {'a': 1, 'b': 2}
