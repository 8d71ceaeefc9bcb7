# notecheck snippet: document=examples/basics.md lines=38-64 index=3 origin=fenced language=python
# notecheck lines: 38-64
class A:
    def method(self):
        print("A")

class B(A):
    def method(self):
        print("B")

class C(A):
    def method(self):
        print("C")

class D(B, C):
    pass

D().method()  # "B"

print(D.mro())
# [D, B, C, A, object]

def log(level, *args, **kwargs):
    print(f"[{level}]", *args)
    print("Extra context:", kwargs)

log("INFO", "Server started", port=8080)
# [INFO] Server started
# Extra context: {'port': 8080}
