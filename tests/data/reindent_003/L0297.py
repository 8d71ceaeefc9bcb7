from collections import defaultdict, Counter, deque, OrderedDict, namedtuple
# defaultdict — avoids KeyError for missing keys
word_count = defaultdict(int)
for word in "the quick brown fox the fox".split():
    word_count[word] += 1
# defaultdict(int, {'the': 2, 'quick': 1, 'brown': 1, 'fox': 2})
# Counter — frequency counting
from collections import Counter
c = Counter("abracadabra")
print(c.most_common(2)) # [('a', 5), ('b', 2)]
# deque — O(1) appends/pops from both ends
dq = deque([1, 2, 3])
dq.appendleft(0) # [0, 1, 2, 3]
dq.popleft() # 0, deque = [1, 2, 3]
# deque(maxlen=N) acts as a fixed-size circular buffer
# namedtuple — lightweight immutable record
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p.x, p.y) # 3 4
# Use dataclasses for mutable records (Python 3.7+)
import heapq
# heapq implements a MIN-heap on top of a regular list
nums = [5, 3, 8, 1, 9, 2]
heapq.heapify(nums) # in-place, O(n)
print(nums[0]) # 1 — smallest always at index 0
heapq.heappush(nums, 4) # O(log n)
smallest = heapq.heappop(nums) # O(log n) — removes and returns smallest
top3 = heapq.nlargest(3, nums) # O(n + k log n) — better than sort for small k
bot3 = heapq.nsmallest(3, nums)
# Max-heap trick: negate values
max_heap = []
for v in [5, 1, 8, 3]:
    heapq.heappush(max_heap, -v)
print(-heapq.heappop(max_heap)) # 8
# Priority queue with tuples (sorted by first element)
tasks = [(3, "medium"), (1, "high priority"), (5, "low")]
heapq.heapify(tasks)
print(heapq.heappop(tasks)) # (1, 'high priority')
import bisect
# bisect maintains a sorted list — binary search O(log n)
a = [1, 3, 5, 7, 9]
idx = bisect.bisect_left(a, 5) # 2 — leftmost position to insert 5
idx = bisect.bisect_right(a, 5) # 3 — rightmost position to insert 5
bisect.insort(a, 6) # inserts in sorted order: O(n) due to shift
# Classic use case: grade boundaries
def grade(score):
    breakpoints = [60, 70, 80, 90]
    grades = "FDCBA"
    return grades[bisect.bisect(breakpoints, score)]
print(grade(85)) # 'B'
print(grade(55)) # 'F'
