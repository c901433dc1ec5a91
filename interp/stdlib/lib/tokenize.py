"""Tokenization of Python source (adder): generate_tokens over str lines,
tokenize over bytes lines (with the ENCODING token and PEP 263 encoding
detection), TokenInfo with exact_type, untokenize, open. The tokens come
from adder's own tokenizer (interp/syntax), positioned as CPython's."""

import builtins
import codecs
import collections
import io
import re
import _adder_tokenize
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [n for n in dir() if n.isupper() and not n.startswith('_')] + [
    "tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF", "tokenize", "generate_tokens", "detect_encoding",
    "untokenize", "TokenInfo", "TokenError", "open"]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

_OPERATORS = frozenset(tok_name[t] for t in EXACT_TOKEN_TYPES.values())


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _tokens(source):
    """TokenInfos of the whole source text; raises at the first error."""
    toks, err = _adder_tokenize.tokens(source)
    lines = source.splitlines(keepends=True)
    for name, string, start, end in toks:
        kind = OP if name in _OPERATORS else globals()[name]
        if start[0] - 1 < len(lines):
            line = ''.join(lines[start[0] - 1:end[0]])
        else:
            line = ''
        yield TokenInfo(kind, string, start, end, line)
    if err is not None:
        msg, row, col = err
        if msg.endswith('was never closed'):
            raise TokenError('unexpected EOF in multi-line statement', (row, 0))
        if msg.startswith('unterminated triple-quoted string'):
            raise TokenError('EOF in multi-line string', (row, col))
        if 'indent' in msg:
            text = lines[row - 1] if 0 < row <= len(lines) else ''
            raise IndentationError(msg, ('<string>', row, col, text.rstrip('\n'), None, None))
        raise TokenError(msg, (row, col))


def _read_all(readline):
    parts = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        parts.append(line)
    return parts


def generate_tokens(readline):
    """Tokenize a source read as str lines by readline; yields TokenInfo."""
    return _tokens(''.join(_read_all(readline)))


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def _cookie_encoding(line, bom):
    """The encoding a coding cookie on line declares (PEP 263), or None."""
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError("invalid or missing encoding declaration") from None
    m = cookie_re.match(text)
    if m is None:
        return None
    encoding = _get_normal_name(m.group(1))
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise SyntaxError("unknown encoding: " + encoding) from None
    if not bom:
        return encoding
    if encoding != 'utf-8':
        raise SyntaxError('encoding problem: utf-8')
    return encoding + '-sig'


def detect_encoding(readline):
    """The source encoding (by BOM or coding cookie in the first two
    lines, else utf-8) and the lines read to find it."""
    read = []

    def next_line():
        try:
            line = readline()
        except StopIteration:
            line = b''
        if line:
            read.append(line)
        return line

    line = next_line()
    bom = line.startswith(codecs.BOM_UTF8)
    if bom:
        line = read[0] = line[3:]
    default = 'utf-8-sig' if bom else 'utf-8'
    if not line:
        return default, []
    encoding = _cookie_encoding(line, bom)
    if encoding:
        return encoding, read
    # Only a blank or comment first line lets the second declare it.
    if not blank_re.match(line):
        return default, read
    line = next_line()
    if not line:
        return default, read
    return (_cookie_encoding(line, bom) or default), read


def tokenize(readline):
    """Tokenize a source read as bytes lines by readline; the first token is
    ENCODING."""
    encoding, consumed = detect_encoding(readline)
    data = b''.join(consumed + _read_all(readline))
    if encoding == 'utf-8-sig' and data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokens(data.decode('utf-8' if encoding == 'utf-8-sig' else encoding))


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    return _tokens(source)


def open(filename):
    """Open a Python source file as text in the encoding it declares."""
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


def untokenize(iterable):
    """Source text from tokens: full TokenInfos give back the original
    layout; (type, string) pairs give code that tokenizes the same."""
    out = []
    row, col = 1, 0
    indents = []
    at_line_start = False
    encoding = None
    it = iter(iterable)
    for tok in it:
        if len(tok) == 2:
            out.append(_untokenize_pairs([tok], it, indents))
            break
        kind, string, start, end, line = tok
        if kind == ENCODING:
            encoding = string
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(string)
            continue
        if kind == DEDENT:
            indents.pop()
            row, col = end
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            if start[1] >= len(indents[-1]):
                out.append(indents[-1])
                col = len(indents[-1])
            at_line_start = False
        elif kind == FSTRING_MIDDLE:
            string = string.replace('{', '{{').replace('}', '}}')
        srow, scol = start
        if srow < row or srow == row and scol < col:
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(srow, scol, row, col))
        if srow > row:
            out.append("\\\n" * (srow - row))
            col = 0
        if scol > col:
            out.append(" " * (scol - col))
        out.append(string)
        row, col = end
        if kind in (NEWLINE, NL):
            row, col = row + 1, 0
    text = ''.join(out)
    if encoding is not None:
        text = text.encode(encoding)
    return text


def _untokenize_pairs(first, it, indents):
    out = []
    prev = None
    at_line_start = False
    for kind, string in list(first) + [t[:2] for t in it]:
        if kind == ENCODING:
            continue
        if kind in (NAME, NUMBER):
            string += ' '
        if kind == STRING and prev == STRING:
            string = ' ' + string
        if kind == INDENT:
            indents.append(string)
            prev = kind
            continue
        if kind == DEDENT:
            indents.pop()
            prev = kind
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            out.append(indents[-1])
            at_line_start = False
        out.append(string)
        prev = kind
    return ''.join(out)
