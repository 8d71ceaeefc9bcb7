# notecheck snippet: document=examples/runaway.md lines=10-15 index=0 origin=fenced language=python
# notecheck lines: 10-15
import sys
print("before")  # before
print(1 / 0)  # 0
print("after")  # after
sys.exit(3)
print("never")  # never
