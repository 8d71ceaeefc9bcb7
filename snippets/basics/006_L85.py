# notecheck snippet: document=examples/basics.md lines=85-86 index=6 origin=fenced language=python
# notecheck lines: 85-86
def greet(name):
    return f"Hello, {name}!"
