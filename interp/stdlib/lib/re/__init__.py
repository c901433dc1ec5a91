"""Support for regular expressions (adder).

The matching engine is adder's own backtracking machine in Go (module
_adder_re) implementing Python's syntax and semantics; this module builds
the Pattern and Match objects and the substitution templates around it.
"""

import _adder_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MODE_MATCH, _MODE_SEARCH, _MODE_FULL = 0, 1, 2


class RegexFlag(int):
    """The re flags: ints that print as re.NAME|re.NAME."""

    _names = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
              ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in self._names:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        for name, bit in self._names:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


def _check_subject(pattern_is_bytes, string):
    if isinstance(string, str):
        if pattern_is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if not pattern_is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_prog', '_bytes', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _search(self, string, pos, endpos, mode):
        _check_subject(self._bytes, string)
        pos, endpos = _bounds(string, pos, endpos)
        r = _adder_re.match(self._prog, string, pos, endpos, mode, False)
        if r is None:
            return None
        return _make_match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        return self._search(string, pos, endpos, _MODE_MATCH)

    def search(self, string, pos=0, endpos=None):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        return self._search(string, pos, endpos, _MODE_SEARCH)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        return self._search(string, pos, endpos, _MODE_FULL)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        _check_subject(self._bytes, string)
        pos, endpos = _bounds(string, pos, endpos)
        return pos, endpos, _adder_re.scan(self._prog, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        pos, endpos, found = self._scan(string, pos, endpos)
        return iter([_make_match(self, string, pos, endpos, r) for r in found])

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        pos, endpos, found = self._scan(string, pos, endpos)
        empty = string[:0]
        ng = self.groups
        out = []
        for spans, _ in found:
            if ng == 0:
                out.append(string[spans[0]:spans[1]])
            elif ng == 1:
                s, e = spans[2], spans[3]
                out.append(string[s:e] if s >= 0 else empty)
            else:
                out.append(tuple(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else empty
                                 for g in range(1, ng + 1)))
        return out

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            return [string]
        pos, endpos, found = self._scan(string, 0, None, maxsplit)
        out = []
        last = 0
        ng = self.groups
        for spans, _ in found:
            out.append(string[last:spans[0]])
            for g in range(1, ng + 1):
                s, e = spans[2 * g], spans[2 * g + 1]
                out.append(string[s:e] if s >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            return string, 0
        if callable(repl):
            filt = repl
            literal = None
        else:
            _check_subject(self._bytes, repl)
            items = _compile_template(self, repl)
            if len(items) == 1 and isinstance(items[0], (str, bytes)):
                literal = items[0]
                filt = None
            elif not items:
                literal = repl[:0]
                filt = None
            else:
                literal = None
                filt = None
        pos, endpos, found = self._scan(string, 0, None, count)
        out = []
        last = 0
        for r in found:
            spans = r[0]
            out.append(string[last:spans[0]])
            if literal is not None:
                out.append(literal)
            elif filt is not None:
                m = _make_match(self, string, pos, endpos, r)
                v = filt(m)
                if v is not None:
                    out.append(v)
            else:
                out.append(_expand_items(items, string, spans))
            last = spans[1]
        out.append(string[last:])
        return string[:0].join(out), len(found)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return 're.compile(%s, %s)' % (p, repr(RegexFlag(flags)))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._must = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        r = _adder_re.match(self.pattern._prog, self._string, self._pos, self._endpos, mode, self._must)
        if r is None:
            return None
        m = _make_match(self.pattern, self._string, self._pos, self._endpos, r)
        spans = r[0]
        self._must = spans[0] == spans[1]
        self._pos = spans[1]
        return m

    def match(self):
        return self._next(_MODE_MATCH)

    def search(self):
        return self._next(_MODE_SEARCH)


class Match:
    """The result of re.match() and re.search(); always true."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans', '_lastindex')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str) or isinstance(g, bytes):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                pass
            else:
                if 0 <= i <= self.re.groups:
                    return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        """Return subgroup(s) of the match by indices or names."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0, /):
        return self._spans[2 * self._index(group)]

    def end(self, group=0, /):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0, /):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        return self._lastindex or None

    @property
    def lastgroup(self):
        li = self._lastindex
        if not li:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template."""
        items = _compile_template(self.re, template)
        return _expand_items(items, self.string, self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        r = repr(self.group(0))
        if len(r) > 50:
            r = r[:50]
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._spans[0], self._spans[1], r)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


Pattern.__module__ = Match.__module__ = 're'
_new = object.__new__


def _make_match(pattern, string, pos, endpos, r):
    m = _new(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = r[0]
    m._lastindex = r[1]
    return m


def _expand_items(items, string, spans):
    out = []
    empty = string[:0]
    for it in items:
        if isinstance(it, int):
            s = spans[2 * it]
            if s >= 0:
                out.append(string[s:spans[2 * it + 1]])
        else:
            out.append(it)
    return empty.join(out)


_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _compile_template(pattern, repl):
    """Parse a replacement template into literal strings and group numbers."""
    key = (pattern, repl)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    is_bytes = isinstance(repl, (bytes, bytearray))
    s = repl.decode('latin-1') if is_bytes else repl
    items = []
    lit = []
    i = 0
    n = len(s)

    def err(msg, pos):
        return error(msg, repl, pos)

    def flush():
        if lit:
            text = ''.join(lit)
            items.append(text.encode('latin-1') if is_bytes else text)
            lit.clear()

    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", i)
        c = s[i + 1]
        if c == 'g':
            j = i + 2
            if j >= n or s[j] != '<':
                raise err("missing <", j)
            k = s.find('>', j + 1)
            if k < 0:
                if j + 1 >= n:
                    raise err("missing group name", j + 1)
                raise err("missing >, unterminated name", j + 1)
            name = s[j + 1:k]
            if not name:
                raise err("missing group name", j + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, j + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise err("bad character in group name %r" % name, j + 1)
            flush()
            items.append(index)
            i = k + 1
            continue
        if c == '0':
            j = i + 2
            v = 0
            while j < n and j < i + 4 and s[j] in '01234567':
                v = v * 8 + int(s[j])
                j += 1
            lit.append(chr(v))
            i = j
            continue
        if c in '123456789':
            j = i + 2
            if j + 1 < n + 0 and c in '01234567' and s[j] in '01234567' and j + 1 < n and s[j + 1] in '01234567':
                v = int(s[i + 1:j + 2], 8)
                if v > 0o377:
                    raise err('octal escape value \\%s outside of range 0-0o377' % s[i + 1:j + 2], i)
                lit.append(chr(v))
                i = j + 2
                continue
            num = c
            if j < n and s[j] in '0123456789':
                num += s[j]
                j += 1
            index = int(num)
            if index > pattern.groups:
                raise err("invalid group reference %d" % index, i + 1)
            flush()
            items.append(index)
            i = j
            continue
        if c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 2
            continue
        if c in _ASCII_LETTERS:
            raise err('bad escape \\%s' % c, i)
        lit.append('\\' + c)
        i += 2
    flush()
    if len(_template_cache) > 512:
        _template_cache.clear()
    _template_cache[key] = items
    return items


_template_cache = {}
_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(pattern, str) and flags & LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if isinstance(pattern, (bytes, bytearray)) and flags & UNICODE:
        raise ValueError("cannot use UNICODE flag with a bytes pattern")
    if flags & UNICODE and flags & ASCII:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    r = _adder_re.compile(pattern, flags)
    if r[0] == 'error':
        raise error(r[1], pattern, r[2])
    p = _new(Pattern)
    p._prog, p.flags, p.groups, names = r
    p.pattern = pattern
    p._bytes = not isinstance(pattern, str)
    from types import MappingProxyType
    p.groupindex = MappingProxyType(dict(sorted(names.items(), key=lambda kv: kv[1])))
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches"""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append('(%s)' % phrase)
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        pos = 0
        while True:
            m = self.scanner.match(string, pos)
            if not m:
                break
            j = m.end()
            if pos == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = j
        return result, string[pos:]
