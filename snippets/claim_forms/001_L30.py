# notecheck snippet: document=examples/claim_forms.md lines=30-37 index=1 origin=fenced language=python
# notecheck lines: 30-37
x = 10
def show():
    print(x)  # UnboundLocalError! Python sees the assignment below
    x = 1
show()
print("after the call")  # after the call
empty = {}
empty["key"] = 1  # KeyError  (deliberately wrong: assigning a new key is fine)
