"""Generic (shallow and deep) copying operations (adder).

copy() and deepcopy() handle the builtin containers directly, honour
__copy__/__deepcopy__, use __reduce_ex__/__reduce__ when a class defines
its own, and otherwise rebuild an instance with cls.__new__ plus its
__dict__ and __slots__ (the state object.__reduce_ex__ would give).
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), slice, property,
           type(len), type(lambda: 0), type(_types), frozenset if False else type(None)}


def _is_atomic(cls):
    return cls in _atomic or issubclass(cls, type)


def _own(cls, name):
    # The attribute when a class other than object defines it.
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_from(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contained itself may already have been copied.
        if d in memo:
            return memo[d]
        if all(i is j for i, j in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct_from(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_from(x, memo, deep):
    cls = type(x)
    reductor = _own(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _own(cls, '__reduce__')
        rv = reductor(x) if reductor is not None else None
    if rv is None:
        rv = _default_reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, memo, deep, *rv)


def _default_reduce(x):
    # What object.__reduce_ex__(4) gives: a __newobj__ call with
    # __getnewargs__ arguments, the instance state, and the items of list
    # and dict subclasses.
    cls = type(x)
    if not hasattr(cls, '__new__') or cls.__new__ is object.__new__ and not isinstance(x, object):
        raise Error("un(shallow)copyable object of type %s" % cls)
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    state = None
    getstate = _own(cls, '__getstate__')
    if getstate is not None:
        state = getstate(x)
    else:
        d = getattr(x, '__dict__', None)
        slots = {}
        for klass in cls.__mro__:
            for name in klass.__dict__.get('__slots__', ()):
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    name = '_%s%s' % (klass.__name__.lstrip('_'), name)
                try:
                    slots[name] = getattr(x, name)
                except AttributeError:
                    pass
        if slots:
            state = (d or None, slots)
        elif d:
            state = d
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, deep, func, args, state=None, listiter=None, dictiter=None, *ignored):
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (3.13)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
