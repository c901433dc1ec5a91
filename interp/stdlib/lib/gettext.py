"""Internationalization and localization support (adder): GNU gettext
message catalogs (.mo files) with plural forms and contexts, the
class-based API (translation, NullTranslations, GNUTranslations) and the
module-level functions (gettext, ngettext, pgettext, ...)."""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(getattr(sys, 'base_prefix', None) or getattr(sys, 'prefix', None) or '/usr', 'share', 'locale')

# -- plural forms: a C expression in n, evaluated safely --

_token_re = re.compile(r'\s*(?:(\d+)|(n)\b|(==|!=|<=|>=|&&|\|\||[-+*/%<>!?:()]))', re.ASCII)


def _tokenize(plural):
    pos = 0
    out = []
    while pos < len(plural):
        m = _token_re.match(plural, pos)
        if not m or m.end() == pos:
            if plural[pos:].strip() == '':
                break
            raise ValueError('invalid token in plural form: %s' % plural[pos:].strip()[:1])
        pos = m.end()
        num, var, op = m.groups()
        out.append(('num', int(num)) if num is not None else ('n', None) if var else ('op', op))
    out.append(('end', None))
    return out


_BINARY = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]


class _PluralParser:
    """Parses the expression into nested tuples; the evaluator walks them."""

    def __init__(self, plural):
        self.toks = _tokenize(plural)
        self.i = 0
        self.depth = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self):
        e = self.ternary()
        if self.peek()[0] != 'end':
            raise ValueError('unexpected token in plural form: %s' % self.peek()[1])
        return e

    def ternary(self):
        self.depth += 1
        if self.depth > 20:
            raise ValueError('plural form expression is too complex')
        cond = self.binary(0)
        if self.peek() == ('op', '?'):
            self.take()
            a = self.ternary()
            if self.take() != ('op', ':'):
                raise ValueError("expected ':' in plural form")
            b = self.ternary()
            cond = ('?', cond, a, b)
        self.depth -= 1
        return cond

    def binary(self, level):
        if level == len(_BINARY):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[0] == 'op' and self.peek()[1] in _BINARY[level]:
            op = self.take()[1]
            right = self.binary(level + 1)
            left = (op, left, right)
        return left

    def unary(self):
        kind, val = self.take()
        if kind == 'num':
            return ('num', val)
        if kind == 'n':
            return ('n',)
        if (kind, val) == ('op', '!'):
            return ('!', self.unary())
        if (kind, val) == ('op', '('):
            e = self.ternary()
            if self.take() != ('op', ')'):
                raise ValueError('unbalanced parenthesis in plural form')
            return e
        raise ValueError('unexpected token in plural form: %s' % val)


def _evaluate(e, n):
    op = e[0]
    if op == 'num':
        return e[1]
    if op == 'n':
        return n
    if op == '!':
        return int(not _evaluate(e[1], n))
    if op == '?':
        return _evaluate(e[2], n) if _evaluate(e[1], n) else _evaluate(e[3], n)
    a = _evaluate(e[1], n)
    if op == '&&':
        return int(bool(a) and bool(_evaluate(e[2], n)))
    if op == '||':
        return int(bool(a) or bool(_evaluate(e[2], n)))
    b = _evaluate(e[2], n)
    if op in ('/', '%'):
        if b == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return a // b if op == '/' else a % b
    return {'==': lambda: int(a == b), '!=': lambda: int(a != b), '<': lambda: int(a < b),
            '>': lambda: int(a > b), '<=': lambda: int(a <= b), '>=': lambda: int(a >= b),
            '+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b}[op]()


def c2py(plural):
    """A function of n computing the plural form index by a C expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    tree = _PluralParser(plural).parse()

    def func(n):
        if not isinstance(n, int):
            import warnings
            if isinstance(n, float):
                if not n.is_integer():
                    raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,))
                warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                              DeprecationWarning, 4)
            else:
                raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,))
        return _evaluate(tree, n)
    return func


def _expand_lang(loc):
    """Locale names to try for loc, most specific first: every combination
    of its territory, codeset and modifier after the language."""
    import locale
    loc = locale.normalize(loc)
    rest, _, modifier = loc.partition('@')
    rest, _, codeset = rest.partition('.')
    language, _, territory = rest.partition('_')
    # Bit 1: codeset, bit 2: territory, bit 4: modifier.
    optional = {1: codeset and '.' + codeset, 2: territory and '_' + territory, 4: modifier and '@' + modifier}
    present = sum(bit for bit, text in optional.items() if text)
    out = []
    for combo in range(present, -1, -1):
        if combo & ~present:
            continue
        out.append(language + (optional[2] if combo & 2 else '') + (optional[1] if combo & 1 else '') +
                   (optional[4] if combo & 4 else ''))
    return out


class NullTranslations:
    """Translations that return messages unchanged (or ask a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo catalog."""
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        order = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(unpack('<I', buf[:4])[0])
        if order is None:
            raise OSError(0, 'Bad magic number', filename)
        version, count, orig_table, trans_table = unpack(order + '4I', buf[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)

        def entry(table, i):
            length, offset = unpack(order + 'II', buf[table + 8 * i:table + 8 * i + 8])
            if offset + length >= len(buf):
                raise OSError(0, 'File is corrupt', filename)
            return buf[offset:offset + length]

        for i in range(count):
            msg, tmsg = entry(orig_table, i), entry(trans_table, i)
            if not msg:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # A plural entry: msgid and msgid_plural, one translation per form.
                singular = str(msg.split(b'\x00')[0], charset)
                for form, text in enumerate(tmsg.split(b'\x00')):
                    catalog[(singular, form)] = str(text, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)

    def _read_header(self, tmsg):
        """The catalog's metadata: "Key: value" lines (continued by lines
        without a colon); Content-Type gives the charset, Plural-Forms the
        plural rule."""
        last = None
        for raw in tmsg.split(b'\n'):
            item = raw.decode().strip()
            if not item or item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            if ':' not in item:
                if last:
                    self._info[last] += '\n' + item
                continue
            key, value = item.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file(s) for domain in localedir for the languages (by the
    LANGUAGE, LC_ALL, LC_MESSAGES and LANG variables when not given)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain, chained over every language found."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
