"""HTTP state management (adder): SimpleCookie and BaseCookie parse
Cookie headers and write Set-Cookie headers; a Morsel is one cookie with
its attributes (Path, Domain, Expires, Max-Age, Secure, HttpOnly, ...)."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]

_nulljoin = ''.join
_semispacejoin = '; '.join
_spacejoin = ' '.join


class CookieError(Exception):
    pass


_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'
_Translator = {n: '\\%03o' % n for n in set(range(256)) - set(map(ord, _UnescapedChars))}
_Translator.update({ord('"'): '\\"', ord('\\'): '\\\\'})
_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(str):
    """Quote a cookie value when it has characters a token cannot."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


_unquote_sub = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))').sub


def _unquote_replace(m):
    if m[1]:
        return chr(int(m[1], 8))
    return m[2]


def _unquote(str):
    """Undo _quote: strip the quotes and resolve the escapes."""
    if str is None or len(str) < 2:
        return str
    if str[0] != '"' or str[-1] != '"':
        return str
    return _unquote_sub(_unquote_replace, str[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    now = time.time()
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(now + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value and the reserved attributes."""
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value and self._key == morsel._key and
                self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        """"key=coded_value; Attr=value; Flag" for the attributes set."""
        out = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                out.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                out.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                out.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    out.append(str(name))
            else:
                out.append("%s=%s" % (name, value))
        return _semispacejoin(out)


# Characters of a key and of an unquoted value in a Cookie header.
_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "_!#%&'~`><@,:/$*+-.^|)(?}{=")
_VALUE_CHARS = _KEY_CHARS | frozenset('[]')
# Expires dates hold a comma and spaces: "Wed, 09 Jun 2021 10:18:14 GMT".
_EXPIRES = re.compile(r'\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT', re.ASCII)


def _next_pair(text, i):
    """(key, raw value or None, next index) of the pair at i, or None when
    the text there is not a cookie pair."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    start = i
    while i < n and text[i] in _KEY_CHARS and text[i] != '=':
        i += 1
    if i == start:
        return None
    key = text[start:i]
    j = i
    while j < n and text[j].isspace():
        j += 1
    value = None
    if j < n and text[j] == '=':
        j += 1
        while j < n and text[j].isspace():
            j += 1
        if j < n and text[j] == '"':
            k = j + 1
            while k < n and text[k] != '"':
                k += 2 if text[k] == '\\' else 1
            if k >= n:
                return None
            value, i = text[j:k + 1], k + 1
        else:
            m = _EXPIRES.match(text, j)
            if m:
                value, i = m.group(), m.end()
            else:
                k = j
                while k < n and text[k] in _VALUE_CHARS:
                    k += 1
                value, i = text[j:k], k
    # A pair ends at ';', the end, or whitespace.
    k = i
    while k < n and text[k].isspace():
        k += 1
    if k < n and text[k] == ';':
        return key, value, k + 1
    if k == n or k > i:
        return key, value, k
    return None


class BaseCookie(dict):
    """A dictionary of Morsels, with value encoding left to subclasses."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        dict.__setitem__(self, key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ['%s=%s' % (key, repr(value.value)) for key, value in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, _spacejoin(items))

    def js_output(self, attrs=None):
        return _nulljoin(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Load cookies from a Cookie header string or a dict."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text):
        i = 0
        n = len(text)
        parsed = []
        morsel_seen = False
        TYPE_ATTRIBUTE, TYPE_KEYVALUE = 1, 2
        while 0 <= i < n:
            pair = _next_pair(text, i)
            if pair is None:
                break
            key, value, i = pair
            if key[0] == "$":
                if not morsel_seen:
                    continue
                parsed.append((TYPE_ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append((TYPE_ATTRIBUTE, key, True))
                    else:
                        return
                else:
                    parsed.append((TYPE_ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                parsed.append((TYPE_KEYVALUE, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        M = None
        for tp, key, value in parsed:
            if tp == TYPE_ATTRIBUTE:
                M[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                M = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
