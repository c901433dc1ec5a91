"""Mathematical functions for complex numbers (adder), over Go's
math/cmplx; branch cuts as in CPython (results may differ from CPython's
in the last bit for some inputs)."""

import math as _math
from _adder_cmath import (sqrt, exp, log, log10, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh,
                          acosh, atanh, phase, polar, rect, isfinite, isinf, isnan, _isclose)

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    return _isclose(a, b, rel_tol, abs_tol)
