# Every public method of the builtin types called with wrong arguments: the errors must match CPython.
samples = {str: "abc", bytes: b"abc", bytearray: bytearray(b"abc"), list: [1, 2], tuple: (1, 2), dict: {1: 2},
           set: {1, 2}, frozenset: frozenset({1}), int: 5, float: 2.5, complex: 1j, range: range(3)}
skip = {"clear", "sort", "pop", "popitem", "reverse", "copy"}
for t, v in samples.items():
    for name in sorted(dir(t)):
        if name.startswith("_") or name in skip:
            continue
        for args in [(), (None,), ("x",), (1, 2, 3, 4, 5)]:
            try:
                x = v.copy() if hasattr(v, "copy") else v
                v2 = getattr(x, name)(*args)
                # str hashes are random in CPython: print sets sorted.
                r = repr(sorted(v2, key=repr)) if isinstance(v2, (set, frozenset)) else repr(v2)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(t.__name__, name, args, "=>", r[:120])
