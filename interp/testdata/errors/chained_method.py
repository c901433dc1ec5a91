def inner(x):
    return x["key"] + 1

def outer():
    data = {"key": "s"}
    return inner(data)

try:
    outer()
except TypeError:
    pass

class A:
    def method(self):
        raise ValueError("from method")

def chain():
    try:
        A().method()
    except ValueError as e:
        raise RuntimeError("chained") from e

print("before")
chain()
