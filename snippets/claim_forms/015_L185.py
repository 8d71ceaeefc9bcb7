# notecheck snippet: document=examples/claim_forms.md lines=185-188 index=15 origin=fenced language=python
# notecheck lines: 185-188
import math
print(math.pi)  # 3.14  # doctest: +NUMBER
print(math.pi)  # 3.15  # doctest: +NUMBER  (deliberately wrong: 3.14 rounded)
print(math.e)  # 2.718
