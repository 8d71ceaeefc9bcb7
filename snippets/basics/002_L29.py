# notecheck snippet: document=examples/basics.md lines=29-32 index=2 origin=fenced language=python
# notecheck lines: 29-32
len("hello")  # 5
sorted([3, 1, 2])  # [3, 2, 1]
{"b": 2, "a": 1}  # {'a': 1, 'b': 2}
{3, 1, 2}  # {1, 2, 3}
