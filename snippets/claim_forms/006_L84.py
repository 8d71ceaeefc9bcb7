# notecheck snippet: document=examples/claim_forms.md lines=84-87 index=6 origin=fenced language=python
# notecheck lines: 84-87
from decimal import Decimal
print(Decimal("1.10") + Decimal("2.20"))  # 3.30
print(0.1 + 0.2)  # 0.3  # doctest: +SKIP
print(list(range(20)))  # [0, 1, 2, ..., 19]  # doctest: +ELLIPSIS
