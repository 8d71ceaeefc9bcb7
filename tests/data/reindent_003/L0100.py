x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        print(x) # "local" — L (local scope)
    inner()
    print(x) # "enclosing" — E (enclosing scope)
outer()
print(x) # "global" — G (global scope)
# B = built-ins: len, print, range, etc.
# global — bind to module-level name
counter = 0
def increment():
    global counter
    counter += 1
# nonlocal — modify enclosing (non-global) scope variable
def make_counter():
    count = 0
    def inc():
        nonlocal count # without this: UnboundLocalError on count += 1
        count += 1
        return count
    return inc
# Classic pitfall: assignment makes variable LOCAL for entire function
x = 10
def bad():
    print(x) # UnboundLocalError! Python sees x = 20 below, marks x as local
    x = 20
