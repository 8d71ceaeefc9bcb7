class Circle:
    def __init__(self, radius):
        self._radius = radius
    @property
    def radius(self): # getter — accessed as c.radius
        return self._radius
    @radius.setter
    def radius(self, value): # setter — called on c.radius = x
        if value < 0:
            raise ValueError("Radius cannot be negative")
        self._radius = value
    @radius.deleter
    def radius(self): # deleter — called on del c.radius
        del self._radius
    @property
    def area(self): # read-only computed property
        import math
        return math.pi * self._radius ** 2
c = Circle(5)
print(c.radius) # 5 — calls getter
c.radius = 10 # calls setter
c.radius = -1 # ValueError
del c.radius # calls deleter
# Cached property (Python 3.8+) — computed once, then stored as instance attribute
from functools import cached_property
class DataSet:
    def __init__(self, data):
        self.data = data
    @cached_property
    def statistics(self):
        # Expensive computation — runs only the first time
        return {"mean": sum(self.data) / len(self.data), "n": len(self.data)}
# After first call, stored in self.__dict__["statistics"] directly
