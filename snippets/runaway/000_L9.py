# notecheck snippet: document=examples/runaway.md lines=9-11 index=0 origin=fenced language=python
# notecheck lines: 9-11
print("before")  # before
print(1 / 0)  # 0
print("after")  # after
