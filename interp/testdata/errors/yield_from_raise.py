def inner():
    yield 1
    raise ValueError("deep")
def outer():
    yield from inner()
for v in outer():
    pass
