# Subclassing immutable int — must use __new__
class DoubledInt(int):
    def __new__(cls, value):
        return super().__new__(cls, value * 2) # immutable value must be set here
x = DoubledInt(5)
print(x) # 10
# Singleton via __new__
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance # __init__ is STILL called each time!
    def __init__(self, value):
        self.value = value # careful — overwrites on every call
a = Singleton(1)
b = Singleton(2)
print(a is b) # True — same instance
print(a.value) # 2 — __init__ ran again!
# Call order: __new__ → if returns instance of cls → __init__
# If __new__ returns something other than an instance of cls, __init__ is skipped
