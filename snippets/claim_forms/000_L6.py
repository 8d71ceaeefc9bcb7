# notecheck snippet: document=examples/claim_forms.md lines=6-26 index=0 origin=fenced language=python
# notecheck lines: 6-26
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

c = Circle(2)
c.radius = -1  # ValueError
print(c.radius)  # 2
t = (1, 2)
t[0] = 99  # TypeError: 'tuple' object does not support item assignment
c.radius = 5  # ValueError  (deliberately wrong: 5 is accepted)
print(c.radius)  # 5
