# Control flow: loops with else, break/continue, match, conditionals, truth.
for i in range(3):
    pass
else:
    print("for else", i)

for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

while True:
    n -= 1
    if n == 0:
        break
    if n % 2:
        continue
    print("even", n)

for x in []:
    print("never")
else:
    print("empty else")

print([v for v in range(10) if v % 3 == 0], {k: v for k, v in [("a", 1)]}, {v % 2 for v in range(5)})
print([(i, j) for i in range(3) for j in range(i)])
print(1 if [] else 2, 0 or "x", 3 and 4, not None, None or 0 or [] or "last")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" <= "b")
print(bool(0.0), bool("0"), bool([0]), bool({}), bool(range(0)))

def classify(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"go {direction}"
        case ["pick", "up", *items] if items:
            return f"pick {items}"
        case ["quit" | "exit"]:
            return "bye"
        case [x, y, *_]:
            return f"two+ {x} {y}"
        case _:
            return "unknown"

for c in ["go north", "pick up sword shield", "pick up", "quit", "exit", "a b c", ""]:
    print(repr(c), "->", classify(c))

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case P(0, 0):
            return "origin"
        case P(x=0, y=yy):
            return f"y-axis {yy}"
        case P(xx, 0):
            return f"x-axis {xx}"
        case {"kind": "circle", "r": r, **rest}:
            return f"circle {r} {rest}"
        case int() | float() as num if num > 100:
            return "big number"
        case str(s):
            return "string " + s
        case (1, 2) | [3, 4]:
            return "pair"
        case None:
            return "none"
        case _:
            return "other"

for v in [P(0, 0), P(0, 5), P(3, 0), {"kind": "circle", "r": 2, "c": "red"}, 500, 5.5, "s", (1, 2), [3, 4], None, P(1, 1)]:
    print(where(v))

x = 10
if x > 5:
    print("big")
elif x > 2:
    print("medium")
else:
    print("small")

total = 0
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j > 5:
            break
        total += i * j
print(total)
print(list(range(10, 0, -3)), list(range(-5)), range(3)[1], range(1, 10, 2)[::2], 5 in range(10))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 2 ** 10, (-2) ** 3, 10 / 4)
print(round(2.5), round(3.5), round(-0.5), abs(-3), int(3.9), int(-3.9), float("1.5"), int("  42  "))
print(0.1 + 0.2, 1e16, 1.5e-7, 1 / 3, float("inf"), -float("inf"), 2 ** 64, -(2 ** 63))
print(hex(255), oct(8), bin(5), chr(65), ord("A"), str(123), repr("a'b"), ascii("é"))
print(max(3, 7, 5), min([4, 2]), sum([1, 2, 3]), sum([0.1] * 10), len("héllo"), "héllo"[1])
