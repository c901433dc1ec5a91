# Assorted: string building, nested functions, global state, iteration
# protocols, numeric tower, chained comparisons with side effects.
def side(v, log):
    log.append(v)
    return v

log = []
print(side(1, log) < side(2, log) < side(0, log) < side(5, log), log)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)

print(" ".join(f"{i:02d}" for i in range(5)), "{:>6.2f}|{:<4}|".format(3.14159, "ab"))
print(f"{'nested ' + f'{1 + 1}'}", f"{{literal}}", f"{3!r:>4}", f"{'x'!r}", f"{2**8=}")
print(1 if 0 else 2 if 0 else 3)
a = b = c = []
a.append(1)
print(b, c is a)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
mat = [[1, 2], [3, 4]]
print([list(r) for r in zip(*mat)], sum(map(sum, mat)))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(int(True) + True, True + 1.5, 1 == 1.0, {1: "a", 1.0: "b"}, 0.1 + 0.2 == 0.3)
print(7 // -2, -7 // -2, 7 % -3, -7 % 3, divmod(-9, 4), 2 ** 62 * 4, -2 ** 2)
print(1e300 * 1e10, -1e300 * 1e10, float("nan") != float("nan"), 5 / 2, 6 / 3)
print(round(1.234567, 3), round(1234.5678, -2), round(0.5), round(1.5), round(2.675, 2))
print(abs(-2.5), abs(-(2 ** 70)), max([]) if False else "skip", min(3, 1, 2))
print(str(12345678901234567890), int("-0"), int("1_000"), float("1_0.5"))
print(chr(0x1F600), ord("€"), "€".encode(), len("😀"), "a\tb\nc".splitlines())
print([*"abc"], {*"aab"} == {"a", "b"}, dict.fromkeys("ab", 0))
g = (x for x in range(3))
print(list(zip(g, g)))
print(all(x < 10 for x in range(10)), any([]), sum(x * x for x in range(4)))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(b=2, a=1), kw(**{"z": 0}))
print((lambda: (yield))().__class__.__name__)
nested = [[1, [2, [3, [4]]]]]
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten(nested)))
print(type(1 + 1.0).__name__, type(True + True).__name__, type(3 // 1.0).__name__)
print(repr(""), repr("'"), repr('"'), repr("'\""), repr("\n\x00\u00e9"), repr("\\"))
print([1, 2, 3].index(2), (1, 2, 1).count(1), "abc".index("c"), "a-b-c".rsplit("-", 1))
print(list(range(0)), tuple(range(3)), set(), frozenset([1]), {1, 2} | {3}, {1, 2} & {2})
