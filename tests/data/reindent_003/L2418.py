# 1. Late binding closures
funcs = [lambda: i for i in range(5)]
print([f() for f in funcs]) # [4, 4, 4, 4, 4] — all capture the same i
# Fix: default argument captures value at definition time
funcs = [lambda i=i: i for i in range(5)]
print([f() for f in funcs]) # [0, 1, 2, 3, 4]
# 2. Mutable default argument (covered above)
# 3. Class variable shared across instances
class Dog:
    tricks = [] # shared class variable!
    def learn(self, trick):
        self.tricks.append(trick)
rex = Dog(); rex.learn("sit")
fido = Dog(); fido.learn("paw")
print(rex.tricks) # ['sit', 'paw'] — shared!
# Fix: use instance variable
class Dog:
    def __init__(self):
        self.tricks = [] # instance variable
# 4. Exception variable scope (Python 3)
try:
    x = 1/0
except ZeroDivisionError as e:
    pass
# print(e) # NameError — e is deleted after the except block in Python 3
# 5. Integer division
print(7 / 2) # 3.5 (float division)
print(7 // 2) # 3 (floor division)
print(-7 // 2) # -4 (floor, not truncation!)
# 6. Chained comparison (Pythonic AND correct)
x = 5
print(1 < x < 10) # True (evaluated as 1 < x AND x < 10)
