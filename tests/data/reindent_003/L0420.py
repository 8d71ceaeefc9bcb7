class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): # unambiguous string (developers)
        return f"Vector({self.x}, {self.y})"
    def __str__(self): # human-readable (print)
        return f"({self.x}, {self.y})"
    def __add__(self, other): # v1 + v2
        return Vector(self.x + other.x, self.y + other.y)
    def __eq__(self, other): # v1 == v2
        return self.x == other.x and self.y == other.y
    def __len__(self): # len(v)
        return 2
    def __getitem__(self, idx): # v[0], v[1]
        return (self.x, self.y)[idx]
    def __iter__(self): # for component in v
        yield self.x
        yield self.y
    def __contains__(self, val): # 3 in v
        return val in (self.x, self.y)
    def __bool__(self): # bool(v)
        return bool(self.x or self.y)
