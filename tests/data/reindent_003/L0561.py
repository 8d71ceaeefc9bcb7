from typing import Protocol, runtime_checkable
@runtime_checkable # enables isinstance() checks at runtime
class Drawable(Protocol):
    def draw(self) -> None: ...
    def resize(self, factor: float) -> None: ...
class Circle: # does NOT inherit Drawable
    def draw(self): print("Drawing circle")
    def resize(self, factor): self.radius *= factor
class Square: # does NOT inherit Drawable
    def draw(self): print("Drawing square")
    def resize(self, factor): self.side *= factor
def render_all(shapes: list[Drawable]) -> None:
    for s in shapes:
        s.draw() # type-safe — mypy/pyright accept this
render_all([Circle(), Square()]) # works!
print(isinstance(Circle(), Drawable)) # True — runtime check via @runtime_checkable
# Contrast with ABC:
# ABC: requires explicit class Circle(Shape) — nominal subtyping
# Protocol: no inheritance needed — structural subtyping
# Built-in Protocols from collections.abc:
# Iterable, Iterator, Sequence, Mapping,
# Callable, Hashable, Sized, ContextManager…
from collections.abc import Iterable, Callable
def process(items: Iterable[int]) -> list[int]:
    return [x * 2 for x in items] # works with list, tuple, set, generator…
