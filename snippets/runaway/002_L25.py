# notecheck snippet: document=examples/runaway.md lines=25-27 index=2 origin=fenced language=python
# notecheck lines: 25-27
import os
print("still here")  # still here
os._exit(3)
