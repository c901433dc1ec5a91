import cmath, math

def show(z):
    if isinstance(z, complex):
        return "(%.12g%+.12gj)" % (z.real, z.imag)
    return "%.12g" % z

vals = [1, -1, 2j, -4, 1 + 1j, -3 - 4j, 0.5, 1e-3 + 2j, -2.5 + 0.1j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(show(f(v)))
        except ValueError as e:
            out.append("ValueError")
    print(name, " ".join(out))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(0), cmath.log(1), cmath.sqrt(0))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1j)), cmath.phase(-1), cmath.phase(1j), cmath.polar(1j))
print(cmath.rect(2, 0), show(cmath.rect(1, math.pi / 2)), cmath.polar(3 + 4j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.pi == math.pi, cmath.infj, cmath.inf)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 3 + 4j
print(abs(cmath.sqrt(C())), cmath.phase(C()) == math.atan2(4, 3))
