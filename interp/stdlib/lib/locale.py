"""Locale services (adder): the C and UTF-8 locales only.

setlocale accepts "C", "POSIX", "C.UTF-8" (and other *.UTF-8 names, which
behave as C.UTF-8 here) and "" (the environment's choice, reduced to those);
formatting follows the C locale conventions (no grouping, '.' decimal
point)."""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "localeconv",
           "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency", "normalize",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX",
           "getencoding", "delocalize", "localize"]

_builtin_str = str


class Error(Exception):
    pass


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's further categories (LC_PAPER ... LC_IDENTIFICATION) follow
# LC_ALL and show in its composite name.
_categories = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, 7, 8, 9, 10, 11, 12)
_names = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER',
          'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']


def _env_locale():
    for var in ('LC_ALL', 'LC_CTYPE', 'LANG'):
        v = os.environ.get(var)
        if v:
            return v
    return 'C'


def _supported(name):
    """The locale adder uses for a requested name, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    base, dot, enc = name.partition('.')
    if dot and enc.replace('-', '').lower() in ('utf8',):
        return name
    return None


# CPython sets LC_CTYPE from the environment at startup (PEP 538 turns the
# C locale into C.UTF-8); the other categories start as "C".
_current = {c: 'C' for c in _categories}
_current[LC_CTYPE] = _supported(_env_locale()) or 'C.UTF-8'
if _current[LC_CTYPE] == 'C':
    _current[LC_CTYPE] = 'C.UTF-8'


def setlocale(category, locale=None):
    """Set the locale for the given category, or (locale None) return it."""
    if category not in _categories[:6] and category != LC_ALL:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            values = [_current[c] for c in _categories]
            if len(set(values)) == 1:
                return values[0]
            return ';'.join('%s=%s' % (n, v) for n, v in zip(_names, values))
        return _current[category]
    name = _env_locale() if locale == '' else locale
    got = _supported(name)
    if got is None:
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        for c in _categories:
            _current[c] = got
    else:
        _current[category] = got
    return got


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def normalize(localename):
    """A normalized locale code for localename (only UTF-8 spellings are
    normalized here)."""
    code = localename
    base, dot, enc = code.partition('.')
    if base.lower() in ('c', 'posix'):
        base = 'C'
    if dot and enc.replace('-', '').lower() == 'utf8':
        return base + '.UTF-8'
    if code.lower() in ('c', 'posix'):
        return 'C'
    return code


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of category's locale."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    try:
        return _parse_localename(localename)
    except ValueError:
        return localename, None


def getencoding():
    """The current locale's encoding (C: ASCII, by its glibc name)."""
    if _current[LC_CTYPE] == 'C':
        return 'ANSI_X3.4-1968'
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    taking the current locale into account (C: no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % ((value,) + additional if additional else value)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return '%.*f' % (digits, val)


def str(val):
    """Convert float to string, taking the locale into account."""
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
