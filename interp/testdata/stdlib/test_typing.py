import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Iterable, Iterator, Sequence,
                    Mapping, Literal, ClassVar, Final, Annotated, get_type_hints, get_origin, get_args,
                    runtime_checkable, NewType, Type, FrozenSet, DefaultDict, Deque)

print(Any, Optional[int], Union[int, str], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Set[str], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Sequence[str], Mapping[str, int], Deque[int], DefaultDict[str, int])
print(Literal[1, 'a'], ClassVar[int], Final[str], Annotated[int, "meta"], TYPE_CHECKING, typing.Text, typing.NoReturn)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(list[int]), get_args(list[int]), get_origin(Annotated[int, 1]))
print(get_origin(int | str), get_args(int | None), get_origin(Literal[1]), get_args(Literal[1, 2]))

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__, TypeVar('C', covariant=True))
print(List[T], List[T][int], Dict[str, T][float], List[T].__parameters__)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box[int], Box.__parameters__, isinstance(b, Box), Box[str].__origin__ is Box, Box.__mro__)
class Pair(Generic[K, T]):
    pass
print(Pair[int, str], Pair.__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox(3).get(), IntBox.__parameters__, IntBox.__mro__[1] is Box)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, p._asdict(), isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
class PartialMovie(Movie, total=False):
    rating: float
print(sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__))
TD = TypedDict('TD', {'a': int})
print(TD(a=1), TD.__annotations__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class Shape(Protocol):
    def area(self) -> float: ...
try:
    isinstance(F(), Shape)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(2.5, typing.SupportsFloat))

print(cast(int, "not an int"), cast(List[int], [1]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), f("a"), len(typing.get_overloads(f)))

def g(a: int, b: "str", c: Optional["Point"] = None) -> List[int]:
    return []
print(get_type_hints(g))
class WithHints:
    a: int
    b: "List[str]"
    c: ClassVar[int] = 1
print(get_type_hints(WithHints))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Optional[int]))
try:
    Any()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
print(int | str, list[int], dict[str, list[int]], Optional[list[int]])
def h(x: int | None = None, *args: str, **kw: float) -> None: pass
print(h.__annotations__)
