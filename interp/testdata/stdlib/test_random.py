import random
import hashlib

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randint(1, 10**30), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice('abcdefg'), random.choice([1, 2, 3]))
lst = list(range(20)); random.shuffle(lst); print(lst)
print(random.sample(range(100), 5), random.sample(range(10**6), 7), random.sample('abcde', 5))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(64))
print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 0, 0, 0, 5], k=4), random.choices('xy', cum_weights=[1, 2], k=3))
print(random.expovariate(2.0), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5))
random.seed(0)
print([random.randint(0, 9) for _ in range(15)])
random.seed("hello")
print(random.random(), random.randint(1, 6))
random.seed(b"bytes")
print(random.random())
random.seed(-7)
print(random.random())
random.seed(2**100 + 3)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(12345)
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, st[0], len(st[1]))
r = random.Random(99)
print(r.random(), r.randint(0, 1000), r.choice(range(50)), r.sample([1, 2, 3, 4], 2))
r2 = random.Random("seed")
print(r2.random())
print(random.Random(5).random() == random.Random(5).random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
            lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.seed([1]),
            lambda: random.choices('ab', weights=[1]), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(7)
deck = [(v, s) for v in range(2, 5) for s in 'SH']
random.shuffle(deck)
print(deck, random.random() < 1)

print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256(b"hello world").hexdigest())
h = hashlib.sha256(); h.update(b"hello "); h2 = h.copy(); h.update(b"world")
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.new('sha512', b'x').hexdigest()[:32], hashlib.sha384(b'').digest()[:8], hashlib.sha224(b'a').hexdigest())
try:
    hashlib.md5("str")
except TypeError as e:
    print("TypeError:", e)
