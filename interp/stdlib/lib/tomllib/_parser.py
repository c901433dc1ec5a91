"""A TOML 1.0.0 parser (adder): one pass over the text by position, building
dicts, lists and the scalar types TOML names (str, int, float, bool,
datetime.datetime/date/time). Tables and keys may be defined once;
inline tables and static arrays are frozen after their closing bracket."""

import datetime as _dt
import string as _string

__all__ = ["loads", "load", "TOMLDecodeError"]

_BARE = frozenset(_string.ascii_letters + _string.digits + "-_")
_WS = " \t"
_HEX = frozenset(_string.hexdigits)
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


TOMLDecodeError.__module__ = "tomllib"


class _Frozen(dict):
    """A dict from an inline table: no key may be added later."""


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        # Tables defined by a [header] or implied by dotted keys, by key path.
        self.explicit = set()
        self.implicit = set()
        self.aot = set()  # paths of arrays of tables

    # -- errors and positions --

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        if pos >= len(self.src):
            where = "end of document"
        else:
            line = self.src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - self.src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            src, n = self.src, len(self.src)
            self.pos += 1
            while self.pos < n and src[self.pos] != "\n":
                c = src[self.pos]
                if (c < " " and c not in "\t\r") or c == "\x7f":
                    raise self.error("Illegal character")
                self.pos += 1

    def skip_ws_comments_newlines(self):
        while True:
            start = self.pos
            self.skip_ws()
            self.skip_comment()
            if self.src.startswith("\r\n", self.pos):
                self.pos += 2
            elif self.peek() == "\n":
                self.pos += 1
            if self.pos == start:
                return

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.pos >= len(self.src):
            return
        if self.src.startswith("\r\n", self.pos):
            self.pos += 2
        elif self.peek() == "\n":
            self.pos += 1
        else:
            raise self.error("Expected newline or end of document after a statement")

    # -- document --

    def parse(self):
        current = ()
        while True:
            self.skip_ws_comments_newlines()
            c = self.peek()
            if not c:
                return self.root
            if c == "[":
                if self.src.startswith("[[", self.pos):
                    current = self.array_table_header()
                else:
                    current = self.table_header()
            elif c in _BARE or c in "\"'":
                self.key_value(current)
            else:
                raise self.error("Invalid statement")
            self.end_of_line()

    def table_header(self):
        start = self.pos
        self.pos += 1
        self.skip_ws()
        key = self.key()
        start = self.pos
        self.skip_ws()
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        if key in self.explicit or key in self.aot:
            raise self.error("Cannot declare %s twice" % (key,), start)
        table = self.walk(key[:-1], start, implicit=True)
        last = key[-1]
        if last in table:
            if not isinstance(table[last], dict) or key not in self.implicit or isinstance(table[last], _Frozen):
                raise self.error("Cannot declare %s twice" % (key,), start)
        else:
            table[last] = {}
        self.explicit.add(key)
        return key

    def array_table_header(self):
        start = self.pos
        self.pos += 2
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        table = self.walk(key[:-1], start, implicit=True)
        last = key[-1]
        if last in table:
            if key not in self.aot:
                raise self.error("Cannot mutate immutable namespace %s" % (key,), start)
            table[last].append({})
        else:
            table[last] = [{}]
            self.aot.add(key)
        # Sub-tables of the previous element may be declared again.
        self.explicit = {k for k in self.explicit if k[:len(key)] != key}
        self.implicit = {k for k in self.implicit if k[:len(key)] != key}
        return key

    def walk(self, path, start, implicit=False):
        """The table at path (creating super-tables; into the last element
        of arrays of tables)."""
        table = self.root
        for i, part in enumerate(path):
            sub = table.get(part)
            if sub is None:
                sub = table[part] = {}
                if implicit:
                    self.implicit.add(tuple(path[:i + 1]))
            elif isinstance(sub, list):
                if tuple(path[:i + 1]) not in self.aot or not sub:
                    raise self.error("Cannot mutate immutable namespace %s" % (tuple(path[:i + 1]),), start)
                sub = sub[-1]
            elif not isinstance(sub, dict) or isinstance(sub, _Frozen):
                raise self.error("Cannot overwrite a value", start)
            table = sub
        return table

    def key_value(self, current):
        start = self.pos
        key = self.key()
        self.skip_ws()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        full = current + key
        parent_path = full[:-1]
        # Dotted keys may only extend tables they create themselves.
        for i in range(len(current) + 1, len(full)):
            if full[:i] in self.explicit:
                raise self.error("Cannot redefine namespace %s" % (full[:i],), start)
        value = self.value()
        # As CPython, clashes are found once the value is read.
        table = self.walk_dotted(current, key[:-1], self.pos)
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        table[key[-1]] = value
        if parent_path != current:
            for i in range(len(current) + 1, len(full)):
                self.implicit.add(full[:i])

    def walk_dotted(self, current, dotted, start):
        table = self.walk(current, start)
        path = list(current)
        for part in dotted:
            path.append(part)
            sub = table.get(part)
            if sub is None:
                sub = table[part] = {}
                self.implicit.add(tuple(path))
            elif isinstance(sub, _Frozen):
                raise self.error("Cannot mutate immutable namespace %s" % (tuple(path),), start)
            elif not isinstance(sub, dict) or tuple(path) in self.explicit and tuple(path) not in self.implicit:
                raise self.error("Cannot overwrite a value", start)
            table = sub
        return table

    # -- keys --

    def key(self):
        parts = [self.key_part()]
        while True:
            save = self.pos
            self.skip_ws()
            if self.peek() != ".":
                self.pos = save
                return tuple(parts)
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())

    def key_part(self):
        c = self.peek()
        if c == '"':
            return self.basic_string(multiline=False)
        if c == "'":
            return self.literal_string(multiline=False)
        start = self.pos
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _BARE:
            self.pos += 1
        if self.pos == start:
            raise self.error("Invalid initial character for a key part")
        return src[start:self.pos]

    # -- values --

    def value(self):
        src, pos = self.src, self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                return self.basic_string(multiline=True)
            return self.basic_string(multiline=False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.literal_string(multiline=True)
            return self.literal_string(multiline=False)
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        if src.startswith("true", pos):
            self.pos += 4
            return True
        if src.startswith("false", pos):
            self.pos += 5
            return False
        dt = self.datetime()
        if dt is not None:
            return dt
        return self.number()

    def number(self):
        src, start = self.src, self.pos
        n = len(src)
        end = start
        while end < n and src[end] not in " \t\n\r,]}#":
            end += 1
        tok = src[start:end]
        if not tok:
            raise self.error("Invalid value")
        body = tok[1:] if tok[0] in "+-" else tok
        sign = -1 if tok[0] == "-" else 1
        if body in ("inf", "nan"):
            self.pos = end
            return self.parse_float(tok)
        if body[:2] in ("0x", "0o", "0b") and tok[0] not in "+-":
            base = {"0x": 16, "0o": 8, "0b": 2}[body[:2]]
            digits = body[2:]
            if not self._underscores_ok(digits):
                raise self.error("Invalid value")
            try:
                v = int(digits.replace("_", ""), base)
            except ValueError:
                raise self.error("Invalid value") from None
            self.pos = end
            return v
        if not body or not self._underscores_ok(body) or not body[0].isdigit():
            raise self.error("Invalid value")
        if body.isdigit() or body.replace("_", "").isdigit() and "." not in body:
            plain = body.replace("_", "")
            if len(plain) > 1 and plain[0] == "0":
                raise self.error("Invalid value")
            self.pos = end
            return sign * int(plain)
        # A float: int part, optional .frac, optional exponent.
        plain = body.replace("_", "")
        intpart = plain
        for sep in ".eE":
            intpart = intpart.split(sep)[0]
        if len(intpart) > 1 and intpart[0] == "0" or not intpart.isdigit():
            raise self.error("Invalid value")
        if "." in plain:
            frac = plain.split(".", 1)[1]
            frac = frac.split("e")[0].split("E")[0]
            if not frac.isdigit():
                raise self.error("Invalid value")
        if "_." in body or "._" in body or "_e" in body.lower() or "e_" in body.lower():
            raise self.error("Invalid value")
        try:
            float(plain)
        except ValueError:
            raise self.error("Invalid value") from None
        self.pos = end
        v = self.parse_float(tok.replace("_", ""))
        if isinstance(v, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return v

    @staticmethod
    def _underscores_ok(s):
        return not (s.startswith("_") or s.endswith("_") or "__" in s)

    def datetime(self):
        src, pos = self.src, self.pos
        d = src[pos:pos + 10]
        if len(d) == 10 and d[4] == "-" and d[7] == "-" and (d[:4] + d[5:7] + d[8:10]).isdigit():
            try:
                date = _dt.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            except ValueError:
                raise self.error("Invalid date or datetime") from None
            self.pos = pos + 10
            if self.peek() in ("T", "t") or (self.peek() == " " and src[self.pos + 1:self.pos + 3].isdigit()):
                self.pos += 1
                t = self.time_part()
                tz = self.offset()
                return _dt.datetime(date.year, date.month, date.day, t.hour, t.minute, t.second,
                                    t.microsecond, tzinfo=tz)
            return date
        t = src[pos:pos + 8]
        if len(t) == 8 and t[2] == ":" and t[5] == ":" and (t[:2] + t[3:5] + t[6:8]).isdigit():
            return self.time_part()
        return None

    def time_part(self):
        src, pos = self.src, self.pos
        t = src[pos:pos + 8]
        if not (len(t) == 8 and t[2] == ":" and t[5] == ":" and (t[:2] + t[3:5] + t[6:8]).isdigit()):
            raise self.error("Invalid date or datetime")
        self.pos = pos + 8
        micro = 0
        if self.peek() == ".":
            start = self.pos + 1
            end = start
            while end < len(src) and src[end].isdigit():
                end += 1
            if end == start:
                raise self.error("Invalid date or datetime")
            micro = int(src[start:end][:6].ljust(6, "0"))
            self.pos = end
        try:
            return _dt.time(int(t[:2]), int(t[3:5]), int(t[6:8]), micro)
        except ValueError:
            raise self.error("Invalid date or datetime", pos) from None

    def offset(self):
        c = self.peek()
        if c in ("Z", "z"):
            self.pos += 1
            return _dt.timezone.utc
        if c in ("+", "-"):
            o = self.src[self.pos + 1:self.pos + 6]
            if len(o) == 5 and o[2] == ":" and (o[:2] + o[3:]).isdigit():
                self.pos += 6
                delta = _dt.timedelta(hours=int(o[:2]), minutes=int(o[3:]))
                return _dt.timezone(-delta if c == "-" else delta)
            raise self.error("Invalid date or datetime")
        return None

    def basic_string(self, multiline):
        src, n = self.src, len(self.src)
        if multiline:
            self.pos += 3
            if src.startswith("\r\n", self.pos):
                self.pos += 2
            elif self.peek() == "\n":
                self.pos += 1
        else:
            self.pos += 1
        out = []
        while True:
            if self.pos >= n:
                raise self.error("Unterminated string")
            c = src[self.pos]
            if c == '"':
                if not multiline:
                    self.pos += 1
                    return "".join(out)
                if src.startswith('"""', self.pos):
                    # Up to two quotes may sit right before the closing three.
                    extra = 0
                    while extra < 2 and src.startswith('"', self.pos + 3 + extra):
                        extra += 1
                    out.append('"' * extra)
                    self.pos += 3 + extra
                    return "".join(out)
                out.append(c)
                self.pos += 1
            elif c == "\\":
                self.pos += 1
                e = self.peek()
                if multiline and (e in " \t\r\n"):
                    # A line-ending backslash trims all whitespace after it.
                    p = self.pos
                    while p < n and src[p] in " \t":
                        p += 1
                    if p < n and src[p] not in "\r\n":
                        raise self.error("Unescaped '\\' in a string")
                    while p < n and src[p] in " \t\r\n":
                        p += 1
                    self.pos = p
                elif e in _ESCAPES:
                    out.append(_ESCAPES[e])
                    self.pos += 1
                elif e in ("u", "U"):
                    size = 4 if e == "u" else 8
                    hexs = src[self.pos + 1:self.pos + 1 + size]
                    if len(hexs) != size or not all(h in _HEX for h in hexs):
                        raise self.error("Invalid hex value")
                    cp = int(hexs, 16)
                    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                        raise self.error("Escaped character is not a Unicode scalar value")
                    out.append(chr(cp))
                    self.pos += 1 + size
                else:
                    raise self.error("Unescaped '\\' in a string")
            elif c == "\n" and not multiline:
                raise self.error("Illegal character '\\n'")
            elif (c < " " and c not in "\t\n" and not (multiline and c == "\r" and src.startswith("\r\n", self.pos))) \
                    or c == "\x7f":
                raise self.error("Illegal character %r" % c)
            else:
                out.append(c)
                self.pos += 1

    def literal_string(self, multiline):
        src, n = self.src, len(self.src)
        if multiline:
            self.pos += 3
            if src.startswith("\r\n", self.pos):
                self.pos += 2
            elif self.peek() == "\n":
                self.pos += 1
            end = src.find("'''", self.pos)
            if end < 0:
                raise self.error("Unterminated string", n)
            # Up to two quotes may sit right before the closing three.
            extra = 0
            while extra < 2 and src.startswith("'", end + 3 + extra):
                extra += 1
            text = src[self.pos:end + extra]
            self.pos = end + 3 + extra
        else:
            self.pos += 1
            end = self.pos
            while end < n and src[end] not in "'\n":
                end += 1
            if end >= n or src[end] != "'":
                raise self.error("Unterminated string", end)
            text = src[self.pos:end]
            self.pos = end + 1
        for i, c in enumerate(text):
            if (c < " " and c not in "\t" and not (multiline and c in "\r\n")) or c == "\x7f":
                raise self.error("Illegal character %r" % c)
        return text

    def array(self):
        self.pos += 1
        out = []
        while True:
            self.skip_ws_comments_newlines()
            if self.peek() == "]":
                self.pos += 1
                return out
            out.append(self.value())
            self.skip_ws_comments_newlines()
            c = self.peek()
            if c == ",":
                self.pos += 1
            elif c == "]":
                self.pos += 1
                return out
            else:
                raise self.error("Unclosed array")

    def inline_table(self):
        self.pos += 1
        table = {}
        defined = set()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return _Frozen(table)
        while True:
            self.skip_ws()
            start = self.pos
            key = self.key()
            self.skip_ws()
            if self.peek() != "=":
                raise self.error("Expected '=' after a key in a key/value pair")
            self.pos += 1
            self.skip_ws()
            t = table
            for i, part in enumerate(key[:-1]):
                sub = t.get(part)
                if sub is None:
                    sub = t[part] = {}
                    defined.add(key[:i + 1])
                elif not isinstance(sub, dict) or isinstance(sub, _Frozen) or key[:i + 1] not in defined:
                    raise self.error("Cannot overwrite a value", start)
                t = sub
            if key[-1] in t:
                raise self.error("Cannot overwrite a value", start)
            t[key[-1]] = self.value()
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                return _Frozen(table)
            if c != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1


def _plain(v):
    """Frozen dicts back to plain dicts, recursively."""
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string into a dict."""
    src = s.replace("\r\n", "\n")
    return _plain(_Parser(src, parse_float).parse())


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file into a dict."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)
