import functools
# partial — pre-fill some arguments
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(3)) # 25 27
# reduce — fold a sequence into one value
from functools import reduce
product = reduce(lambda acc, x: acc * x, [1, 2, 3, 4, 5]) # 120
# total_ordering — automate remaining comparison dunder methods
# Provide __eq__ + ONE of __lt__ / __le__ / __gt__ / __ge__; functools generates the rest
@functools.total_ordering
class Student:
    def __init__(self, gpa): self.gpa = gpa
    def __eq__(self, other): return self.gpa == other.gpa
    def __lt__(self, other): return self.gpa < other.gpa
# __le__, __gt__, __ge__ auto-generated
# singledispatch — type-based function overloading
@functools.singledispatch
def process(data):
    raise NotImplementedError(f"No handler for {type(data).__name__}")
@process.register(int)
def _(data): return data * 2
@process.register(str)
def _(data): return data.upper()
@process.register(list)
def _(data): return [process(item) for item in data]
print(process(5)) # 10
print(process("hello")) # HELLO
print(process([1, "a"])) # [2, 'A']
# cached_property — compute once, store as instance attr (Python 3.8+)
from functools import cached_property
class DataSet:
    def __init__(self, data): self.data = data
    @cached_property
    def statistics(self):
        # runs only on first access; stored in self.__dict__['statistics']
        return {"mean": sum(self.data) / len(self.data)}
# NOTE: NOT thread-safe; use a lock if accessed from multiple threads
# lru_cache — memoize function calls (thread-safe)
@functools.lru_cache(maxsize=128) # maxsize=None → unbounded
def fib(n):
    if n < 2: return n
    return fib(n - 1) + fib(n - 2)
fib.cache_info() # CacheInfo(hits=..., misses=..., maxsize=128, currsize=...)
fib.cache_clear() # clear cached data
# @functools.cache (Python 3.9+) = lru_cache(maxsize=None)
from functools import cache
@cache
def expensive(n): ...
