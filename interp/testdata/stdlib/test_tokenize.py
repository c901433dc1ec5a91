# tokenize and token: tokens of a source as CPython reports them, untokenize, errors.
import io
import token
import tokenize

src = '''# -*- coding: utf-8 -*-
import os
def f(x, *args, **kw) -> int:
    """doc
    string"""
    s = f"{x!r:>3} and {x + 1}" + rb'\\d' + 'é'  # comment ✓
    y = [1, 2.5e-3, 0x1F, 10j, 1_000,
         (a := 3)]
    if x >= 2 and y != x:  # more
        return x ** 2 // 3 @ y
    @decorator
    async def g(): await z
    return ...

class C: pass
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok)
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(toks[0], toks[1].exact_type == token.COMMENT, tokenize.untokenize(toks) == src.encode())
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
print([token.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO("a[1] += b**-c; d->e").readline)])
print(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1"), (token.NEWLINE, "\n")]))
print(list(tokenize.generate_tokens(io.StringIO("x=1").readline)))
print(tokenize.detect_encoding(io.BytesIO(b"# coding: latin-1\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline), tokenize.detect_encoding(io.BytesIO(b"").readline))
for bad in ["x = (1,\n", "x = 'abc\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print("TokenError", e.args[0])
print(token.NAME, token.OP, token.ENDMARKER, token.N_TOKENS, token.tok_name[55], token.EXACT_TOKEN_TYPES["**="],
      token.ISTERMINAL(5), token.ISEOF(0), token.NT_OFFSET, tokenize.COMMENT, tokenize.NL, tokenize.ENCODING)

# detect_encoding cases
import io, tokenize
for data in [b"", b"\xef\xbb\xbf", b"\xef\xbb\xbfx=1\n", b"# coding: latin-1\n", b"\n# -*- coding: iso-8859-1 -*-\nx\n", b"x = 1\n# coding: latin-1\n",
             b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\n", b"\xef\xbb\xbf# coding: utf-8\n", b"# coding: bogus\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print("SyntaxError", e)
