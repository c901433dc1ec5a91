"""A collection of string constants and classes (adder): Template and
Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word
    using capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _TemplateMeta(type):
    def __init__(cls, name, bases, dct):
        super().__init__(name, bases, dct)
        cls._custom = bases != () and ('pattern' in dct or 'idpattern' in dct or 'braceidpattern' in dct
                       or 'flags' in dct or any(getattr(b, '_custom', False) for b in bases))
        cls._compiled = None


class Template(metaclass=_TemplateMeta):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE, set when re is first needed

    def __init__(self, template):
        self.template = template

    @classmethod
    def _regex(cls):
        # The pattern, built with re only for subclasses that customise it
        # (the default syntax is scanned by hand below).
        if cls._compiled is None:
            import re
            pattern = cls.__dict__.get('pattern') or getattr(cls, 'pattern', None)
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            if not isinstance(pattern, str) and pattern is not None and hasattr(pattern, 'pattern'):
                cls._compiled = pattern
            elif pattern is not None and isinstance(pattern, str):
                cls._compiled = re.compile(pattern, flags | re.VERBOSE)
            else:
                delim = re.escape(cls.delimiter)
                bid = cls.braceidpattern or cls.idpattern
                pat = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |
                  (?P<named>{cls.idpattern})       |
                  {{(?P<braced>{bid})}} |
                  (?P<invalid>)
                )
                """
                cls._compiled = re.compile(pat, flags | re.VERBOSE)
        return cls._compiled

    def _scan(self):
        # Yields (kind, text, start, end): kind is 'text', 'escaped',
        # 'named', 'braced' or 'invalid'.
        t = self.template
        d = self.delimiter
        if type(self)._custom:
            pos = 0
            for m in self._regex().finditer(t):
                if m.start() > pos:
                    yield 'text', t[pos:m.start()], pos, m.start()
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    g = m.group(kind)
                    if g is not None:
                        yield kind, g, m.start(), m.end()
                        break
                pos = m.end()
            if pos < len(t):
                yield 'text', t[pos:], pos, len(t)
            return
        pos = 0
        n = len(t)
        dl = len(d)
        while True:
            i = t.find(d, pos)
            if i < 0:
                if pos < n:
                    yield 'text', t[pos:], pos, n
                return
            if i > pos:
                yield 'text', t[pos:i], pos, i
            j = i + dl
            if t.startswith(d, j):
                yield 'escaped', d, i, j + dl
                pos = j + dl
                continue
            k = j
            if k < n and t[k] == '{':
                m = k + 1
                while m < n and _is_id_char(t[m], m == k + 1):
                    m += 1
                if m > k + 1 and m < n and t[m] == '}':
                    yield 'braced', t[k + 1:m], i, m + 1
                    pos = m + 1
                    continue
                yield 'invalid', '', i, j
                pos = j
                continue
            m = k
            while m < n and _is_id_char(t[m], m == k):
                m += 1
            if m > k:
                yield 'named', t[k:m], i, m
                pos = m
                continue
            yield 'invalid', '', i, j
            pos = j

    def _invalid(self, start):
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, start, end in self._scan():
            if kind == 'text':
                out.append(text)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                out.append('%s' % (mapping[text],))
            else:
                self._invalid(start)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, start, end in self._scan():
            if kind == 'text':
                out.append(text)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(self.template[start:end])
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, *_ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, start, end in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


def _is_id_char(c, first):
    if c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z'):
        return True
    return not first and '0' <= c <= '9'


class _ChainMapping:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """The machinery of str.format, as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # A replacement field: find its matching close brace.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name, conv, spec = _split_field(field)
            yield ''.join(literal), name, spec, conv
            literal = []
            i = j + 1
            continue
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        literal.append(c)
        i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # name[!conv][:spec], where the name may contain [..] with any chars.
    i = 0
    n = len(field)
    while i < n:
        c = field[i]
        if c == '[':
            while i < n and field[i] != ']':
                i += 1
        elif c in '!:':
            break
        i += 1
    name = field[:i]
    conv = None
    spec = ''
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ':':
        spec = field[i + 1:]
    return name, conv, spec


def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
