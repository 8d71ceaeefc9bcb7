# notecheck snippet: document=examples/plain_notes.txt lines=5-14 index=0 origin=unfenced language=python
# notecheck lines: 5-14
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        print(x)  # "local" — L (local scope)
    inner()
    print(x)  # "enclosing" — E
outer()
print(x)  # "local" — wrong on purpose: this prints the global
