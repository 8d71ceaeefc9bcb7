# __getattr__ — called ONLY when the attribute is NOT found through normal paths
# (i.e., not in instance __dict__, class __dict__, or MRO)
# Safe override point for dynamic/fallback attributes
class FlexibleConfig:
    def __init__(self, data): self._data = data
    def __getattr__(self, name):
        if name in self._data:
            return self._data[name]
        raise AttributeError(f"No config key: {name!r}")
cfg = FlexibleConfig({"debug": True, "port": 8080})
print(cfg.debug) # True — falls through to __getattr__
# __setattr__ — called on EVERY attribute assignment
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and (not isinstance(value, int) or value < 0):
            raise ValueError("age must be a non-negative int")
        super().__setattr__(name, value) # MUST call super() — else infinite recursion!
# __getattribute__ — called on EVERY attribute access (even normal ones)
# Override with extreme care; almost always need to call super()
class Audited:
    def __getattribute__(self, name):
        # Log every access
        if not name.startswith("_"): # avoid infinite recursion on __dict__ etc.
            print(f"Accessing {name}")
        return super().__getattribute__(name) # MUST call super()
# Lookup order (simplified):
# 1. type(obj).__mro__ — data descriptors (e.g., @property with setter)
# 2. obj.__dict__ — instance attributes
# 3. type(obj).__mro__ — non-data descriptors + class attributes
# 4. __getattr__ — only if all above fail
#
# Summary:
# __getattribute__ → intercepts ALL access (risky)
# __getattr__ → intercepts MISS (safe fallback)
# __setattr__ → intercepts ALL assignment
# __delattr__ → intercepts ALL del obj.x
from typing import TypeVar, Generic, TypedDict, Literal, Final, overload, Callable
from typing import NotRequired # Python 3.11+
# TypeVar — parameterise a function or class
T = TypeVar("T")
def first(items: list[T]) -> T:
    return items[0]
x: int = first([1, 2, 3]) # T inferred as int
s: str = first(["a", "b"]) # T inferred as str
# Generic class
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None: self._items.append(item)
    def pop(self) -> T: return self._items.pop()
stack: Stack[int] = Stack()
stack.push(1) # OK
stack.push("x") # mypy error
# TypedDict — dict with a statically-checked shape
class Movie(TypedDict):
    title: str
    year: int
    rating: float
class Config(TypedDict, total=False): # all keys optional
    debug: bool
    port: int
# NotRequired in Python 3.11+
class User(TypedDict):
    name: str
    email: NotRequired[str] # optional key
# Literal — restrict values
def set_log_level(level: Literal["DEBUG", "INFO", "WARNING", "ERROR"]) -> None: ...
# Final — constant (can't be reassigned)
MAX_RETRIES: Final = 3
# @overload — multiple call signatures for one implementation
@overload
def parse(data: str) -> dict: ...
@overload
def parse(data: bytes) -> dict: ...
def parse(data): # actual implementation (not type-checked directly)
    if isinstance(data, bytes):
        data = data.decode()
    import json; return json.loads(data)
# ParamSpec — preserve signature through decorators (Python 3.10+)
from typing import ParamSpec, Concatenate
P = ParamSpec("P")
def logged(func: Callable[P, T]) -> Callable[P, T]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        print(f"Calling {func.__name__}")
        return func(*args, **kwargs)
    return wrapper
