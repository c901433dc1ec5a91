class A: pass
class B(A): pass
class C(A, B): pass
class D(metaclass=M): pass
class E(A, metaclass=M, **kw): pass
class F(*bases): pass
class G():
    x = 1
    def method(self): return self.x
    @property
    def prop(self): pass
    @staticmethod
    def s(): pass
    class Nested: pass
@dataclass
class H:
    x: int
    y: str = "a"
class I[T]: pass
class J[T: (int, str), *Ts, **P](Base[T]): pass
