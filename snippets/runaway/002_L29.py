# notecheck snippet: document=examples/runaway.md lines=29-31 index=2 origin=fenced language=python
# notecheck lines: 29-31
import os
print("still here")  # still here
os._exit(3)
