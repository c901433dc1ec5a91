from fractions import Fraction as F
import numbers, math

print(F(3, 4), repr(F(6, 8)), F(-3, -4), F(3, -4), F(5), F('3/7'), F(' -1.25 '), F('1e-3'), F(0.5), F(1.1), F('7'), F(F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 1 / F(3), F(1, 2) + 0.25, F(1, 3) ** 2, F(4, 9) ** -1, F(4) ** F(1, 2))
print(F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)), -F(1, 2), abs(F(-2, 3)), +F(1, 5), F(-7, 2) // 2)
print(F(1, 2) == 0.5, F(1, 3) < F(1, 2), F(2, 1) == 2, F(1, 2) > 0.4, sorted([F(1, 2), F(1, 3), 0.4]), F(0) == 0, bool(F(0)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), int(F(-7, 2)), math.trunc(F(-7, 2)), float(F(1, 8)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), F(3, 1).is_integer(), F(3, 4).as_integer_ratio(), F(22, 7).numerator, F(22, 7).denominator)
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F.from_float(0.1), F(10, 4).limit_denominator())
print(f"{F(1, 3):.5f}", format(F(2, 3), ''), str(F(-5, 1)), sum([F(1, 10)] * 10), F(1, 3) + 1j)
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F([]), lambda: F(1) / 0]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(F(1, 2), numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(2.5, numbers.Rational), isinstance(True, numbers.Number))
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral), issubclass(complex, numbers.Real))
