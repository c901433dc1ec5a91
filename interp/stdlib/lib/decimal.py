"""Decimal fixed- and floating-point arithmetic (adder: the everyday
subset). A Decimal is sign, integer coefficient and exponent; results are
rounded to the context precision (28 digits, ROUND_HALF_EVEN by default);
dividing by zero and invalid operations raise as with CPython's default
traps. Not implemented: signal flags beyond those, Emin/Emax clamping,
logarithms and exponentials."""

import math as _math
import numbers as _numbers
import sys

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
           'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


def _exc_class(name, bases):
    # adder cannot yet combine two builtin exception bases in one class;
    # then the decimal signal alone is the base.
    try:
        return type(name, bases, {})
    except TypeError:
        return type(name, bases[:1], {})


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


DivisionByZero = _exc_class('DivisionByZero', (DecimalException, ZeroDivisionError))


class DivisionImpossible(InvalidOperation):
    pass


DivisionUndefined = _exc_class('DivisionUndefined', (InvalidOperation, ZeroDivisionError))


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


FloatOperation = _exc_class('FloatOperation', (DecimalException, TypeError))


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'
del _c


class _Tuple(tuple):
    pass


def DecimalTuple(sign, digits, exponent):
    return _DecimalTuple(sign, digits, exponent)


from collections import namedtuple as _nt
_DecimalTuple = _nt('DecimalTuple', 'sign digits exponent', module='decimal')
DecimalTuple = _DecimalTuple


class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        self.prec = prec if prec is not None else 28
        self.rounding = rounding if rounding is not None else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else -999999
        self.Emax = Emax if Emax is not None else 999999
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = {}
        self.traps = {InvalidOperation: True, DivisionByZero: True, Overflow: True}
        if traps is not None:
            if isinstance(traps, dict):
                self.traps.update(traps)
            else:
                self.traps = {t: True for t in traps}

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.traps = dict(self.traps)
        c.flags = dict(self.flags)
        return c

    __copy__ = copy

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                              self.capitals, self.clamp,
                                              ', '.join(k.__name__ for k, v in self.flags.items() if v),
                                              ', '.join(k.__name__ for k, v in self.traps.items() if v)))

    def _raise(self, exc, msg):
        if self.traps.get(exc, False) or any(self.traps.get(b, False) for b in exc.__mro__ if b is not exc and issubclass(b, DecimalException)) and exc in (DivisionUndefined, ConversionSyntax, DivisionImpossible):
            raise exc([exc] if msg is None else msg)
        self.flags[exc] = True

    def create_decimal(self, num='0'):
        return Decimal(num)._round(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    """Returns this thread's context."""
    return _current[0]


def setcontext(context):
    """Set this thread's context to context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(manager.new_context, key):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


_HASH_MOD = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            s = value.strip().replace('_', '')
            if not _parse_into(self, s):
                ctx = context or getcontext()
                if ctx.traps.get(InvalidOperation, False):
                    raise InvalidOperation([ConversionSyntax])
                self._sign, self._int, self._exp, self._special = 0, 0, 'n', True
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal from list or tuple.  '
                                 'The list or tuple should have exactly three elements.')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("Invalid sign.  The first value in the tuple should be an integer; either 0 for a positive number or 1 for a negative number.")
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._int, self._exp, self._special = 0, exp, True
                return self
            self._int = int(''.join(str(d) for d in digits) or '0')
            self._exp = exp
            self._special = False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        self = object.__new__(cls)
        if _math.isinf(f) or _math.isnan(f):
            self._sign = 1 if _math.copysign(1.0, f) < 0 else 0
            self._int = 0
            self._exp = 'F' if _math.isinf(f) else 'n'
            self._special = True
            return self
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self._sign = sign
        self._int = n * 5 ** k
        self._exp = -k
        self._special = False
        return self

    # Predicates and parts.
    def is_nan(self):
        return self._special and self._exp in ('n', 'N')

    def is_snan(self):
        return self._special and self._exp == 'N'

    def is_qnan(self):
        return self._special and self._exp == 'n'

    def is_infinite(self):
        return self._special and self._exp == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special:
            return DecimalTuple(self._sign, (), self._exp if self._exp != 'F' else 'F')
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def _fraction(self):
        from fractions import Fraction
        n, d = self.as_integer_ratio()
        return Fraction(n, d)

    # Conversion to strings.
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN'
            return sign + 'sNaN'
        coeff = str(self._int)
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        if not specifier:
            return str(self)
        if self._special:
            return format(str(self), specifier.rstrip('eEfFgG%n'))
        spec = specifier
        kind = spec[-1] if spec[-1] in 'eEfFgG%n' else ''
        body = spec[:-1] if kind else spec
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?', body)
        if m is None:
            raise ValueError("Invalid format specifier")
        fill, align, sign, z, alt, zero, width, grouping, precision = m.groups()
        precision = int(precision) if precision is not None else None
        if kind in ('f', 'F', '%'):
            d = self if kind != '%' else _make(self._sign, self._int, self._exp + 2)
            if precision is None:
                text = d._plain()
            else:
                text = d.quantize(Decimal((0, (1,), -precision)), rounding=ROUND_HALF_EVEN)._plain()
            if kind == '%':
                text += '%'
        elif kind in ('e', 'E'):
            text = format(float(self), specifier[len(body) - len(body):] if False else ('.%d' % precision if precision is not None else '') + kind)
        elif kind in ('g', 'G', ''):
            if precision is None:
                text = str(self)
            else:
                text = str(self._round_to(precision, ROUND_HALF_EVEN))
        else:
            text = str(self)
        neg = text.startswith('-')
        if neg:
            text = text[1:]
        if grouping:
            ip, dot, fp = text.partition('.')
            ip = format(int(ip), ',' if grouping == ',' else '_') if ip.isdigit() else ip
            text = ip + dot + fp
        prefix = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
        s = prefix + text
        if width is not None:
            width = int(width)
            if zero and not align:
                return prefix + text.rjust(width - len(prefix), '0')
            fill = fill or ' '
            align = align or '>'
            if align == '<':
                s = s.ljust(width, fill)
            elif align == '^':
                s = s.center(width, fill)
            elif align == '=':
                s = prefix + text.rjust(width - len(prefix), fill)
            else:
                s = s.rjust(width, fill)
        return s

    def _plain(self):
        sign = '-' if self._sign else ''
        coeff = str(self._int)
        if self._exp >= 0:
            return sign + coeff + '0' * self._exp
        e = -self._exp
        coeff = coeff.rjust(e + 1, '0')
        return sign + coeff[:-e] + '.' + coeff[-e:]

    # Rounding.
    def _round_to(self, prec, rounding):
        if self._special or self._int == 0:
            return self
        digits = len(str(self._int))
        if digits <= prec:
            return self
        drop = digits - prec
        q, r = divmod(self._int, 10 ** drop)
        q = _round_int(q, r, 10 ** drop, self._sign, rounding)
        exp = self._exp + drop
        if len(str(q)) > prec:
            q //= 10
            exp += 1
        return _make(self._sign, q, exp)

    def _round(self, context=None):
        context = context or getcontext()
        return self._round_to(context.prec, context.rounding)

    # Arithmetic.
    def _other(self, other, context):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = context or getcontext()
            if ctx.traps.get(FloatOperation, False):
                raise FloatOperation([FloatOperation])
            return NotImplemented
        return NotImplemented

    def _special_binary(self, other, op, context):
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            return _NAN
        if op in ('+', '-'):
            osign = other._sign ^ (op == '-')
            if self.is_infinite() and other.is_infinite():
                if self._sign != osign:
                    return ctx._signal(InvalidOperation)
                return self
            if self.is_infinite():
                return self
            return _make_inf(osign)
        if op == '*':
            sign = self._sign ^ other._sign
            if (self.is_infinite() and other.is_zero()) or (other.is_infinite() and self.is_zero()):
                return ctx._signal(InvalidOperation)
            return _make_inf(sign)
        if op == '/':
            sign = self._sign ^ other._sign
            if self.is_infinite() and other.is_infinite():
                return ctx._signal(InvalidOperation)
            if self.is_infinite():
                return _make_inf(sign)
            return _make(sign, 0, 0)
        return _NAN

    def __add__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            return self._special_binary(other, '+', context)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        ctx = context or getcontext()
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return _make(sign, 0, exp)._round(ctx)
        return _make(1 if total < 0 else 0, abs(total), exp)._round(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            return self._special_binary(other, '*', context)
        return _make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)._round(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            return self._special_binary(other, '/', context)
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                return ctx._signal(DivisionUndefined)
            return ctx._signal(DivisionByZero, sign)
        if self._int == 0:
            exp = self._exp - other._exp
            return _make(sign, 0, exp)
        prec = ctx.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp)._round(ctx)

    def __rtruediv__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divmod(self, other, context):
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                return ctx._signal(DivisionUndefined), ctx._signal(DivisionUndefined)
            return ctx._signal(DivisionByZero, sign), ctx._signal(InvalidOperation)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        quotient = _make(sign, q, 0)
        remainder = _make(self._sign, r, exp)._round(ctx)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[1]

    def __rmod__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)

    def __rdivmod__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            m = int(modulo)
            return Decimal(pow(int(self), int(other), m))
        if other._special or self._special:
            return _NAN
        if other._exp >= 0 or (other._int % 10 ** -other._exp == 0):
            n = int(other)
            if n >= 0:
                return _make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._round(ctx)
            if self._int == 0:
                return ctx._signal(DivisionByZero, self._sign if n % 2 else 0)
            with localcontext(ctx) as c:
                c.prec = ctx.prec + 3
                r = Decimal(1) / _make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
            return r._round(ctx)
        return Decimal(float(self) ** float(other))._round(ctx)

    def __rpow__(self, other, context=None):
        other = self._other(other, context)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if self._special:
            return _make_special(self._sign ^ 1, self._exp)
        return _make(self._sign ^ 1 if self._int else 0, self._int, self._exp)._round(context)

    def __pos__(self, context=None):
        if self._special:
            return self
        return _make(self._sign if self._int else 0, self._int, self._exp)._round(context)

    def __abs__(self, round=True, context=None):
        if self._special:
            return _make_special(0, self._exp)
        return _make(0, self._int, self._exp)._round(context)

    def copy_abs(self):
        return _make_special(0, self._exp) if self._special else _make(0, self._int, self._exp)

    def copy_negate(self):
        if self._special:
            return _make_special(self._sign ^ 1, self._exp)
        return _make(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return _make(other._sign, self._int, self._exp)

    # Comparison and hashing.
    def _cmp(self, other):
        if self._special or other._special:
            if self.is_nan() or other.is_nan():
                return None
            a = (-1 if self._sign else 1) * (2 if self.is_infinite() else 0)
            b = (-1 if other._sign else 1) * (2 if other.is_infinite() else 0)
            if a != b and (self.is_infinite() or other.is_infinite()):
                return (a > b) - (a < b)
        fa, fb = self._fraction(), other._fraction()
        return (fa > fb) - (fa < fb)

    def _cmp_other(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            return Decimal.from_float(other)
        from fractions import Fraction
        if isinstance(other, Fraction):
            return other
        return NotImplemented

    def __eq__(self, other, context=None):
        o = self._cmp_other(other)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            return not self._special and self._fraction() == o
        c = self._cmp(o)
        return c == 0 if c is not None else False

    def _order(self, other, op):
        o = self._cmp_other(other)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            return op(self._fraction(), o)
        c = self._cmp(o)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return op(c, 0)

    def __lt__(self, other, context=None):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other, context=None):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other, context=None):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other, context=None):
        return self._order(other, lambda a, b: a >= b)

    def compare(self, other, context=None):
        other = _dec(other)
        c = self._cmp(other)
        return _NAN if c is None else Decimal(c)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MOD)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MOD)
        hash_ = self._int * exp_hash % _HASH_MOD
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def __bool__(self):
        return self._special or self._int != 0

    # Conversions.
    def __float__(self):
        if self._special:
            if self.is_nan():
                return float('-nan' if self._sign else 'nan')
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._special:
            return int(self)
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            return int(self)
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_make(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))

    def quantize(self, exp, rounding=None, context=None):
        """Quantize self so its exponent is the same as that of exp."""
        exp = _dec(exp)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            if self.is_nan() or exp.is_nan():
                return _NAN
            if self.is_infinite() and exp.is_infinite():
                return self
            return ctx._signal(InvalidOperation)
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            drop = target - self._exp
            q, r = divmod(self._int, 10 ** drop)
            coeff = _round_int(q, r, 10 ** drop, self._sign, rounding)
        if len(str(coeff)) > ctx.prec:
            return ctx._signal(InvalidOperation)
        return _make(self._sign, coeff, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        ctx = context or getcontext()
        return self.quantize(Decimal(1), rounding=rounding or ctx.rounding, context=ctx)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        if self._special:
            return self
        d = self._round(context)
        if d._int == 0:
            return _make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_infinite() and not self._sign:
                return self
            return _NAN if self.is_nan() else ctx._signal(InvalidOperation)
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._signal(InvalidOperation)
        prec = ctx.prec
        # Work with an even exponent and enough digits for prec+1 result digits.
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        l = len(str(c))
        shift = max(0, prec + 1 - (l + 1) // 2)
        c *= 10 ** (2 * shift)
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        if not exact:
            r = r * 10 + 1
            e -= 2
            exp = e // 2
        else:
            exp = e // 2
            ideal = self._exp // 2
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        return _make(0, r, exp)._round(ctx)

    def max(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) <= 0 else other

    def fma(self, other, third, context=None):
        return (self * other) + third

    def scaleb(self, other, context=None):
        return _make(self._sign, self._int, self._exp + int(other))._round(context)

    def exp(self, context=None):
        return Decimal(repr(_math.exp(float(self))))._round(context)

    def ln(self, context=None):
        return Decimal(repr(_math.log(float(self))))._round(context)

    def log10(self, context=None):
        return Decimal(repr(_math.log10(float(self))))._round(context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = False
    return d


def _make_special(sign, kind):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = 0
    d._exp = kind
    d._special = True
    return d


def _make_inf(sign):
    return _make_special(sign, 'F')


_NAN = _make_special(0, 'n')


def _context_signal(self, exc, sign=0):
    if exc in (DivisionUndefined, ConversionSyntax, DivisionImpossible):
        # These conditions are signalled as InvalidOperation.
        if self.traps.get(InvalidOperation, False):
            raise InvalidOperation([exc])
    elif self.traps.get(exc, False):
        raise exc([exc])
    self.flags[exc] = True
    if exc is DivisionByZero:
        return _make_inf(sign)
    return _NAN


Context._signal = _context_signal


def _round_int(q, r, unit, sign, rounding):
    # Round q (with remainder r out of unit) by the rounding mode.
    if r == 0:
        return q
    half = 2 * r - unit
    if rounding == ROUND_HALF_EVEN:
        up = half > 0 or (half == 0 and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = half >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half > 0
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError('invalid rounding mode')
    return q + 1 if up else q


def _parse_into(self, s):
    if not s:
        return False
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        self._sign, self._int, self._exp, self._special = sign, 0, 'F', True
        return True
    if low == 'nan' or (low.startswith('nan') and low[3:].isdigit()):
        self._sign, self._int, self._exp, self._special = sign, 0, 'n', True
        return True
    if low == 'snan' or (low.startswith('snan') and low[4:].isdigit()):
        self._sign, self._int, self._exp, self._special = sign, 0, 'N', True
        return True
    exp = 0
    if 'e' in low:
        mant, _, es = low.partition('e')
        if not es or not (es.lstrip('+-').isdigit()) or es.count('+') + es.count('-') > 1 or (es[0] not in '+-' and not es[0].isdigit()):
            return False
        exp = int(es)
    else:
        mant = low
    if mant.count('.') > 1:
        return False
    ip, _, fp = mant.partition('.')
    if not (ip + fp) or not (ip + fp).isdigit() or not (ip + fp).isascii():
        if not (ip + fp) or not all(c.isdigit() for c in ip + fp):
            return False
    digits = ip + fp
    self._sign = sign
    self._int = int(digits)
    self._exp = exp - len(fp)
    self._special = False
    return True


_numbers.Number.register(Decimal)
