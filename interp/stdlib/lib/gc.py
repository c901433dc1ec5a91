"""Garbage collector interface (adder).

adder's objects are freed by Go's garbage collector, which traces all
objects (cycles included) and always runs: collect() runs it at once and
returns 0 (it does not count what it freed); disable() only records the
state (isenabled() reports it); the per-object queries (get_objects,
get_referrers, get_referents) see no objects and return empty lists."""

import _adder_gc

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0


def collect(generation=2):
    """Run a full collection; returns 0 (adder does not count objects)."""
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for cb in callbacks:
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    n = _adder_gc.collect()
    for cb in callbacks:
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return n


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def set_debug(flags, /):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj, /):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj, /):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return _frozen
