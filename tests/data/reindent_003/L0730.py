# type(name, bases, dict) creates a class dynamically
Dog = type("Dog", (object,), {"speak": lambda self: "Woof"})
Dog().speak() # 'Woof'
# Custom metaclass
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self):
        self.debug = False
c1 = Config()
c2 = Config()
print(c1 is c2) # True — same instance
