# notecheck snippet: document=examples/claim_forms.md lines=43-54 index=2 origin=fenced language=python
# notecheck lines: 43-54
import bisect
from collections import deque

a = [1, 3, 5, 7]
idx = bisect.bisect_left(a, 5)  # 2
right = bisect.bisect_right(a, 5)  # 2  (deliberately wrong: it is 3)
total = 10
total += 5  # 15
dq = deque([1, 2, 3])
dq.appendleft(0)  # [0, 1, 2, 3]
dq.append(4)  # [0, 1, 2, 3]  (deliberately wrong: 4 was appended)
name = "Ada"  # str
