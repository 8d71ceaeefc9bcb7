class B(A):
    def method(self):
        super().method() # calls C.method() next in MRO, not A.method()
        print("B")
class Pizza:
    num_slices = 8 # class variable
    def __init__(self, topping):
        self.topping = topping # instance variable
    def describe(self): # instance method — receives self
        return f"{self.topping} pizza, {self.num_slices} slices"
    @classmethod
    def margherita(cls): # class method — receives cls
        return cls("Margherita") # can create instances
    @staticmethod
    def calories_per_slice(total_cal): # static method — no self/cls
        return total_cal / Pizza.num_slices # utility function
p = Pizza.margherita()
print(Pizza.calories_per_slice(2000)) # 250.0
from dataclasses import dataclass, field
from typing import List
@dataclass
class User:
    name: str
    age: int
    tags: List[str] = field(default_factory=list)
    # Never use mutable defaults directly — use field(default_factory=...)
    def is_adult(self):
        return self.age >= 18
u = User("Alice", 30, ["admin"])
print(u) # User(name='Alice', age=30, tags=['admin'])
@dataclass(frozen=True) # makes it immutable (like a namedtuple)
class Point:
    x: float
    y: float
