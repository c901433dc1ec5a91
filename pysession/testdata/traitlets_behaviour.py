# traitlets behaviour that adder's traitlets must share with the real
# package: its output under CPython with traitlets installed is
# traitlets_behaviour.out (see gen_traitlets_golden.py).

from traitlets import (All, Any, Bool, CaselessStrEnum, CFloat, CInt, Dict, Enum, Float, HasTraits,
                       Instance, Int, List, TraitError, Tuple, Undefined, Unicode, Union, default,
                       directional_link, dlink, link, observe, validate)


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Point(HasTraits):
    x = Int(1, help="x coordinate").tag(sync=True)
    y = Float(2.5, min=0.0, max=10.0)
    name = Unicode("p").tag(sync=True, kind="label")
    flag = Bool()
    tags = List(Unicode())
    pair = Tuple(Int(), Unicode())
    meta = Dict()
    color = CaselessStrEnum(["Red", "Green"], default_value="Red")
    mode = Enum([1, 2, "three"], default_value=1)
    anything = Any()
    num = Union([Int(), Unicode()])
    count = CInt()
    ratio = CFloat(0.5)
    maybe = Int(None, allow_none=True)

    @observe("x")
    def _on_x(self, change):
        print("  observe x:", change["name"], change["old"], change["new"], change["type"], change["owner"] is self)

    @validate("name")
    def _valid_name(self, proposal):
        if proposal["value"] == "bad":
            raise TraitError("bad name")
        return proposal["value"].strip()

    @default("meta")
    def _meta_default(self):
        print("  computing meta default")
        return {"made": True}


p = Point()
show("tuple without default", lambda: p.pair)
show("defaults", lambda: (p.x, p.y, p.name, p.flag, p.tags, p.color, p.mode, p.anything, p.num, p.count, p.ratio, p.maybe))
show("dynamic default", lambda: p.meta)
show("dynamic default again", lambda: p.meta)
p.x = 5
p.x = 5
show("x", lambda: p.x)
show("int from str", lambda: setattr(p, "x", "7"))
show("int from float", lambda: setattr(p, "x", 1.5))
show("float from int", lambda: (setattr(p, "y", 3), p.y)[1])
show("float too big", lambda: setattr(p, "y", 11.0))
show("float too small", lambda: setattr(p, "y", -1))
show("unicode from int", lambda: setattr(p, "name", 3))
show("validated name", lambda: (setattr(p, "name", "  q  "), p.name)[1])
show("rejected name", lambda: setattr(p, "name", "bad"))
show("bool from int", lambda: (setattr(p, "flag", 1), p.flag)[1])
show("bool from str", lambda: setattr(p, "flag", "yes"))
show("list element", lambda: setattr(p, "tags", ["a", 2]))
show("list from tuple", lambda: (setattr(p, "tags", ("a", "b")), p.tags)[1])
show("tuple", lambda: (setattr(p, "pair", [1, "a"]), p.pair)[1])
show("tuple element", lambda: setattr(p, "pair", ("a", "b")))
show("caseless enum", lambda: (setattr(p, "color", "green"), p.color)[1])
show("caseless enum bad", lambda: setattr(p, "color", "blue"))
show("enum bad", lambda: setattr(p, "mode", 4))
show("union str", lambda: (setattr(p, "num", "s"), p.num)[1])
show("union bad", lambda: setattr(p, "num", 1.5))
show("cint", lambda: (setattr(p, "count", "12"), p.count)[1])
show("cint bad", lambda: setattr(p, "count", "x"))
show("allow_none", lambda: (setattr(p, "maybe", None), p.maybe)[1])
show("none not allowed", lambda: setattr(p, "x", None))
show("dict bad", lambda: setattr(p, "meta", [1]))

show("trait_names(sync=True)", lambda: sorted(p.trait_names(sync=True)))
show("metadata", lambda: (p.trait_metadata("name", "kind"), p.trait_metadata("x", "help"), p.trait_metadata("y", "sync")))
show("has_trait", lambda: (p.has_trait("x"), p.has_trait("zz")))
show("class_trait_names", lambda: sorted(Point.class_trait_names(kind="label")))
show("Undefined", lambda: Undefined)
show("All", lambda: All)


def on_any(change):
    print("  on_any:", change["name"], change["new"])


p.observe(on_any)
p.flag = False
p.tags = ["z"]
p.unobserve(on_any)
p.flag = True
p.observe(on_any, names=["y"])
p.y = 4.0
p.unobserve_all()
p.y = 5.0

print("hold:")
with p.hold_trait_notifications():
    p.x = 10
    p.x = 11
    print("  inside, x =", p.x)
print("after hold, x =", p.x)


class Ranged(HasTraits):
    lo = Int(0)
    hi = Int(10)

    @validate("lo")
    def _v(self, proposal):
        if proposal.value > self.hi:
            raise TraitError("lo > hi")
        return proposal.value


r = Ranged()
with r.hold_trait_notifications():
    r.lo = 20
    r.hi = 30
show("cross-validated at the end", lambda: (r.lo, r.hi))


def bad_hold():
    with r.hold_trait_notifications():
        r.lo = 50
    return r.lo


show("rolled back", bad_hold)
show("after rollback", lambda: r.lo)


class A(HasTraits):
    v = Int()

    def __repr__(self):
        return "A(v=%d)" % self.v


a, b = A(v=1), A(v=2)
lk = link((a, "v"), (b, "v"))
show("link start", lambda: (a.v, b.v))
a.v = 3
show("link a->b", lambda: b.v)
b.v = 4
show("link b->a", lambda: a.v)
lk.unlink()
a.v = 9
show("unlinked", lambda: b.v)
c = A()
dl = dlink((a, "v"), (c, "v"), lambda x: x * 2)
show("dlink", lambda: c.v)
a.v = 10
c.v = 1
show("dlink one way", lambda: (a.v, c.v))
dl.unlink()
show("dlink is directional_link", lambda: dlink is directional_link)
show("link bad trait", lambda: link((a, "v"), (b, "nope")))


class Holder(HasTraits):
    inst = Instance(A)
    made = Instance(A, args=())
    klass = Instance("collections.OrderedDict", kw={})


h = Holder()
show("instance default", lambda: h.inst)
show("instance made", lambda: type(h.made).__name__)
show("instance by name", lambda: type(h.klass).__name__)
show("instance bad", lambda: setattr(h, "inst", 3))


class Sub(Point):
    x = Int(100)

    @default("name")
    def _name_default(self):
        return "sub"


s = Sub()
show("subclass defaults", lambda: (s.x, s.name, s.y))
s.x = 101
show("kwargs", lambda: (Point(x=3, name=" n ").x, Point(x=3, name=" n ").name))


class Bounded(HasTraits):
    # Validators that read each other's defaults: defaults are not
    # cross-validated, so reading them does not recurse.
    lo = Int(0)
    hi = Int(10)
    value = Int(5)

    @validate("lo")
    def _v_lo(self, proposal):
        if proposal.value > self.hi:
            raise TraitError("lo > hi")
        return proposal.value

    @validate("hi")
    def _v_hi(self, proposal):
        if proposal.value < self.lo:
            raise TraitError("hi < lo")
        return proposal.value


bd = Bounded(value=5)
show("mutual validators", lambda: (bd.hi, bd.lo, bd.value))
bd2 = Bounded()
bd2.observe(lambda change: print("  default event:", change["name"], change["value"], change["type"]), type="default")
show("default events", lambda: (bd2.lo, bd2.lo))
