import dis
def add(a, b):
    return a + b
dis.dis(add)
# Output (CPython 3.12):
# 2 RESUME 0
# 3 LOAD_FAST 0 (a)
# LOAD_FAST 1 (b)
# BINARY_OP 0 (+)
# RETURN_VALUE
# Why x += 1 is NOT atomic (and needs a lock):
def increment():
    global counter
    counter += 1
# Compiles to 3 ops: LOAD_GLOBAL, BINARY_OP, STORE_GLOBAL
# The GIL can switch threads between any two of these!
# LOAD_FAST vs LOAD_GLOBAL — local vars are faster
def slow_loop():
    for _ in range(100_000):
        result = math.sqrt(2) # LOAD_GLOBAL('math'), LOAD_ATTR('sqrt')
def fast_loop():
    _sqrt = math.sqrt # cache in local variable
    for _ in range(100_000):
        result = _sqrt(2) # LOAD_FAST — ~20% faster
# Inspect code object metadata
fn = add
print(fn.__code__.co_varnames) # ('a', 'b') — local variable names
print(fn.__code__.co_consts) # (None,) — constants referenced
print(fn.__code__.co_argcount) # 2 — number of positional args
print(fn.__code__.co_flags) # bitmask: generator, async, etc.
