import inspect, functools, asyncio
from typing import List, Optional

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Doc of f.

        Indented more.
    """
    return a
def g(x: int, y: 'str' = 'hi', *, z: List[int] = None) -> Optional[str]: pass
def h(): pass
async def co(): pass
def gen(): yield 1
class C:
    """Class doc."""
    def __init__(self, p, q=1): self.p = p
    def meth(self, r, *, s=0): pass
    @classmethod
    def cm(cls, t): pass
    @staticmethod
    def sm(u, v=9): pass
    @property
    def prop(self): return 1

print(inspect.signature(f), inspect.signature(g), inspect.signature(h), inspect.signature(lambda x, *y, **z: 0))
print(inspect.signature(C), inspect.signature(C.meth), inspect.signature(C(1).meth), inspect.signature(C.cm), inspect.signature(C.sm))
sig = inspect.signature(f)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.return_annotation, sig.parameters['b'].default, sig.parameters['a'].default is inspect.Parameter.empty)
print(repr(sig.parameters['c']), sig.parameters['d'].kind.description, sig.parameters['args'].kind == inspect.Parameter.VAR_POSITIONAL)
ba = sig.bind(1, 2, 3, 4, 5, d=6, x=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = inspect.signature(g).bind(1)
ba.apply_defaults()
print(ba, ba.arguments)
for bad in [lambda: sig.bind(), lambda: inspect.signature(h).bind(1), lambda: inspect.signature(g).bind(1, q=2), lambda: sig.bind(1, d=1, b=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
p = functools.partial(f, 1, d=4)
print(inspect.signature(p))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(m, n=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
class Callable:
    def __call__(self, w, *, k=1): pass
print(inspect.signature(Callable()))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter('b', inspect.Parameter.KEYWORD_ONLY, default=1)]))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(C(1).meth), inspect.isclass(C), inspect.ismodule(inspect), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.isroutine(len), inspect.isroutine(f))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.getdoc(f), inspect.getdoc(C), inspect.cleandoc("  a\n    b\n  c"), repr(inspect.getdoc(h)))
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')], [n for n, v in inspect.getmembers(C, inspect.isfunction)])
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getcallargs(g, 5), inspect.getmro(bool), inspect.isabstract(C), inspect.getattr_static(C, 'prop').__class__.__name__)
print(inspect.formatannotation(List[int]), inspect.formatannotation(int), inspect.formatannotation(C))
print(inspect.getsource(h), end='')
print(inspect.getsource(C.meth), end='')
print(inspect.getsourcelines(gen)[1])
