# notecheck snippet: document=examples/claim_forms.md lines=194-197 index=16 origin=fenced language=python
# notecheck lines: 194-197
import math
print(math.pi)  # 3.14  # doctest: +NUMBER
print(math.pi)  # 3.15  # doctest: +NUMBER  (deliberately wrong: 3.14 rounded)
print(math.e)  # 2.718
