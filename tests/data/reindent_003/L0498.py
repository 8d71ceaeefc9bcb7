class Validator:
    """Data descriptor — validates a non-negative number."""
    def __set_name__(self, owner, name): # called at class definition time
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: # accessed on class, not instance
            return self
        return getattr(obj, f"_{self.name}", None)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be numeric")
        if value < 0:
            raise ValueError(f"{self.name} must be non-negative")
        setattr(obj, f"_{self.name}", value)
class Product:
    price = Validator() # descriptor instance as class attribute
    quantity = Validator()
    def __init__(self, price, quantity):
        self.price = price # triggers Validator.__set__
        self.quantity = quantity
p = Product(10.99, 5)
p.price = -1 # ValueError
p.price = "x" # TypeError
# Lookup priority (highest to lowest for data descriptors):
# 1. Data descriptor (has __set__ or __delete__) ← @property is here
# 2. Instance __dict__
# 3. Non-data descriptor (only __get__) ← functions/methods are here
# 4. Class __dict__
# This is why assigning c.radius = 5 calls the @radius.setter
# rather than creating an entry in c.__dict__["radius"]
