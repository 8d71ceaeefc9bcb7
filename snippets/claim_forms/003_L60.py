# notecheck snippet: document=examples/claim_forms.md lines=60-63 index=3 origin=fenced language=python
# notecheck lines: 60-63
import heapq
nums = [5, 1, 3]
heapq.heapify(nums)  # [1, 5, 3]
heapq.heappush(nums, 0)  # [0, 1, 3, 5]
