x = []  # type: List[int]
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a):  # type: (int) -> int
    return a
for i in x:  # type: int
    pass
with open(f) as g:  # type: IO
    pass
y = 1  # type: ignore
z = 2  # type: ignore[misc]
