class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError
class Dog(Animal):
    def speak(self):
        return f"{self.name} says Woof!"
class Cat(Animal):
    def speak(self):
        return f"{self.name} says Meow!"
# Multiple inheritance
class Amphibian(Dog, Cat): # MRO determines method resolution order
    pass
