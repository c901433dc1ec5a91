# Generators: send/throw/close, yield from, generator expressions.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegator():
    r = yield from counter(3)
    print("delegate got", r)
    yield "tail"

print(list(delegator()))

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield 3

t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = closer()
next(c)
c.close()
print("closed ok")

squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)

def inner_gen():
    x = yield "first"
    print("inner received", x)
    return "inner result"

def outer_gen():
    res = yield from inner_gen()
    yield res

og = outer_gen()
print(next(og))
print(og.send("hello"))

def pipeline():
    def numbers():
        yield from range(10)
    def evens(src):
        for n in src:
            if n % 2 == 0:
                yield n
    def squared(src):
        return (n * n for n in src)
    return list(squared(evens(numbers())))

print(pipeline())

def gen_with_return():
    yield 1
    return 2

print(list(gen_with_return()))

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))

def send_before_start():
    yield 1

try:
    send_before_start().send(5)
except TypeError as e:
    print(e)

def running():
    yield gr.send(None)

gr = running()
try:
    next(gr)
except ValueError as e:
    print(e)

print(list(zip(range(3), "abc")), list(enumerate("xy", 1)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), sorted("cab", reverse=True))
print(dict(zip("ab", range(2))), any(x > 2 for x in range(4)), all([]))
