def g():
    yield 1
    raise KeyError("in gen")
for v in g():
    print(v)
