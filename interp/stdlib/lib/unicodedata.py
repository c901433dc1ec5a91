"""Access to the Unicode Character Database (adder): Unicode 15.0.0, as in
CPython 3.12, from Go's unicode tables and golang.org/x/text.

Known approximations: numeric() knows decimal and other digits,
fractions, Roman numerals, circled/parenthesized numbers and the common
CJK numerals, not every Numeric_Value; mirrored() covers brackets and the
common mirrored operators; decomposition() tags of compatibility
mappings are inferred from character names."""

import _adder_unicodedata as _u

unidata_version = _u.unidata_version

category = _u.category
bidirectional = _u.bidirectional
combining = _u.combining
east_asian_width = _u.east_asian_width
mirrored = _u.mirrored
decomposition = _u.decomposition
normalize = _u.normalize
is_normalized = _u.is_normalized

_missing = object()


def name(chr, default=_missing, /):
    """Returns the name assigned to the character chr as a string."""
    n = _u.name(chr)
    if n is None:
        if default is _missing:
            raise ValueError("no such name")
        return default
    return n


def lookup(name, /):
    """Look up character by name."""
    if not isinstance(name, str):
        raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    c = _u.lookup(name)
    if c is None:
        raise KeyError("undefined character name '%s'" % name)
    return c


def decimal(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent decimal value."""
    v = _u.decimal(chr)
    if v is None:
        if default is _missing:
            raise ValueError("not a decimal")
        return default
    return v


def digit(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent digit value."""
    v = _u.digit(chr)
    if v is None:
        if default is _missing:
            raise ValueError("not a digit")
        return default
    return v


def numeric(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent numeric value."""
    v = _u.numeric(chr)
    if v is None:
        if default is _missing:
            raise ValueError("not a numeric character")
        return default
    return v
