from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal

print(D('1.1') + D('2.2'), D('3.30') - D('1.1'), D('1.5') * D('2'), D(1) / D(3), D(2) / D(3), D(10) / D(4), D(1) / D(8))
print(D('0.1') + D('0.2') == D('0.3'), D(0.1), D('1e3'), D('1E+3') + 0, D('-0'), D('123.4500'), D(' 42 '), D('1_000.5'), D((0, (3, 1, 4), -2)))
print(repr(D('3.14')), str(D('1e-7')), str(D('0.000001')), str(D('1e10')), D('100') * D('1e-2'), D('1.000') * 3, D('12345678901234567890.123456789') * 2)
print(D('7') // D('2'), D('-7') // D('2'), D('7') % D('3'), D('-7') % D('3'), divmod(D('7.5'), D('2')), D(2) ** 10, D('1.1') ** 2, D(2) ** -2)
print(D('1.23456').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('7.9').quantize(D('1'), rounding=ROUND_DOWN), D('1.001').quantize(D('0.1'), rounding=ROUND_CEILING))
print(round(D('2.5')), round(D('3.5')), round(D('1.2345'), 2), int(D('-3.9')), float(D('1.5')), D('3.000').normalize(), D('1200').normalize(), D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt())
print(D('1') < D('2'), D('1.0') == D('1'), D('1.5') == 1.5, D(1) == 1, D('0.1') == 0.1, sorted([D('3'), D('1.5'), D(2)]), max(D('1'), D('1.01')), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5))
print(abs(D('-1.5')), -D('2'), +D('1.50'), D('1.5').as_tuple(), D('1.5').as_integer_ratio(), D('-0.125').adjusted(), D('Infinity'), D('-inf'), D('NaN'), D('inf') + 1)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0, ctx.prec)
print(D(1) / D(7), getcontext().prec, getcontext().rounding)
getcontext().prec = 6
print(D(1) / D(3))
getcontext().prec = 28
print(f"{D('1234.5678'):.2f}", f"{D('3.14159'):10.3f}|", format(D('0.5'), '%'), f"{D('1234567.891'):,.2f}", f"{D('-1.5')}", f"{D('42'):>6}")
for bad in [lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D('abc'), lambda: D('1') + 1.5]:
    try:
        print(bad())
    except (DivisionByZero, InvalidOperation, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(sum([D('0.1')] * 10), D('19.99') * 3, (D('100') * D('1.0825')).quantize(D('0.01')), D(3.0), D('5').is_finite(), D('nan').is_nan())
