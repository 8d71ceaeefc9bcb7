class A:
    def method(self): print("A")
class B(A):
    def method(self): print("B")
class C(A):
    def method(self): print("C")
class D(B, C):
    pass
D().method() # prints "B"
print(D.__mro__) # (D, B, C, A, object)
# Left-to-right, depth-first, but respects the C3 rule
