from enum import IntEnum, IntFlag
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N(2), N.ONE < N.TWO, N.TWO == 2, f"{N.ONE}", sorted([N.TWO, N.ONE]), int(N.TWO))
class F(IntFlag):
    A = 1
    B = 2
print(F.A | F.B, repr(F.A | F.B), F.A | 4, F(3), F.A & 1)
