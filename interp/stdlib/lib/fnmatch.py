"""Filename matching with shell patterns (adder): *, ?, [seq], [!seq]."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _match_fn(pat):
    fn = _cache.get(pat)
    if fn is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            res = translate(pat)
        fn = re.compile(res).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = fn
    return fn


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (POSIX: case-sensitive)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match_fn(pat)(name) is not None


def filter(names, pat):
    """Return the subset of the list NAMES that match PAT."""
    match = _match_fn(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            # Find the closing bracket; a ']' right after '[' or '[!' is literal.
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        items.append(_class_char(lo) + '-' + _class_char(hi))
                    k += 3
                else:
                    items.append(_class_char(body[k]))
                    k += 1
            if not items:
                parts.append('.' if negate else '(?!)')
            else:
                parts.append('[' + ('^' if negate else '') + ''.join(items) + ']')
        else:
            parts.append(re.escape(c))
    return '(?s:' + ''.join(parts) + ')\\Z'


def _class_char(c):
    return '\\' + c if c in '\\]^-[&~|' else c
