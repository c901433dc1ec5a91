"""Shell-like lexing (adder): split, quote and join, and a small shlex
class that hands out the same tokens one at a time."""

import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

_WS = ' \t\r\n'


def _tokens(s, posix=True, comments=False, whitespace_split=True):
    # A POSIX-shell word splitter: quotes group, backslash escapes (outside
    # single quotes), '#' at the start of a word starts a comment.
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _WS:
            i += 1
            continue
        if comments and c == '#':
            j = s.find('\n', i)
            i = n if j < 0 else j + 1
            continue
        word = []
        quoted = False
        while i < n and s[i] not in _WS:
            c = s[i]
            if c == "'":
                j = s.find("'", i + 1)
                if j < 0:
                    raise ValueError("No closing quotation")
                word.append(s[i + 1:j] if posix else s[i:j + 1])
                quoted = True
                i = j + 1
            elif c == '"':
                i += 1
                if not posix:
                    word.append('"')
                while True:
                    if i >= n:
                        raise ValueError("No closing quotation")
                    c = s[i]
                    if c == '"':
                        i += 1
                        if not posix:
                            word.append('"')
                        break
                    if c == '\\' and posix:
                        if i + 1 >= n:
                            raise ValueError("No closing quotation")
                        nxt = s[i + 1]
                        if nxt in '\\"':
                            word.append(nxt)
                        else:
                            word.append('\\' + nxt)
                        i += 2
                        continue
                    word.append(c)
                    i += 1
                quoted = True
            elif c == '\\' and posix:
                if i + 1 >= n:
                    raise ValueError("No escaped character")
                word.append(s[i + 1])
                i += 2
            elif comments and c == '#' and not posix:
                break
            else:
                word.append(c)
                i += 1
        if word or quoted:
            out.append(''.join(word))
    return out


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    return _tokens(s, posix=posix, comments=comments)


_safe_chars = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _safe_chars for c in s):
        return s
    # Single quotes protect everything; an embedded ' closes the quote,
    # adds a double-quoted ', and reopens.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


class shlex:
    """A lexical analyzer for shell-like syntax: iterate or call
    get_token(); whitespace_split and posix behave as documented."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            instream = sys.stdin
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.whitespace_split = False
        self.whitespace = _WS
        self.quotes = '\'"'
        self.escape = '\\'
        self.lineno = 1
        self.pushback = deque()
        self._pending = None

    def _fill(self):
        if self._pending is None:
            text = self.instream if isinstance(self.instream, str) else self.instream.read()
            self._pending = deque(_tokens(text, posix=self.posix, comments=bool(self.commenters)))

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        self._fill()
        if self._pending:
            return self._pending.popleft()
        return self.eof

    read_token = get_token

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
