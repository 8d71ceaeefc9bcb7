import sys
class WithDict:
    def __init__(self, x, y):
        self.x = x; self.y = y
class WithSlots:
    __slots__ = ("x", "y") # no __dict__; descriptors stored directly on type
    def __init__(self, x, y):
        self.x = x; self.y = y
d = WithDict(1, 2); s = WithSlots(1, 2)
print(sys.getsizeof(d)) # ~48 bytes (+ ~200 for __dict__)
print(sys.getsizeof(s)) # ~40 bytes (no __dict__ overhead)
# At million-instance scale: ~160 MB saved
# Gotchas:
# 1. Cannot add new attributes not in __slots__
s.z = 3 # AttributeError: 'WithSlots' object has no attribute 'z'
# 2. Inheritance: if parent has __dict__, child inherits it even with __slots__
class Base:
    __slots__ = ("x",)
class Child(Base):
    __slots__ = ("y",) # inherits base's slots; no __dict__ only if ALL parents use __slots__
# 3. __weakref__ is removed by default; add it back if needed
class Slotted:
    __slots__ = ("x", "y", "__weakref__")
# 4. @cached_property needs __dict__; incompatible with pure __slots__
# When to use:
# — Value objects / data containers with fixed fields
# — Millions of instances (game entities, financial tick data, ML features)
# — When you want to prevent accidental dynamic attribute creation
