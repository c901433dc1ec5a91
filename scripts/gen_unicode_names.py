#!/usr/bin/env python3
"""Write interp/syntax/unicode_names.txt.gz: the Unicode character names
CPython 3.12's \\N{...} escapes accept, except the algorithmic ones
(CJK ideographs, Hangul syllables, ...) which syntax computes itself.
Each line is "<hex delta from previous code point> <NAME>".

Run as: PYENV_VERSION=3.12.1 python3.12 scripts/gen_unicode_names.py
"""
import gzip
import os
import unicodedata

ALGORITHMIC = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ", "TANGUT IDEOGRAPH-",
               "CJK COMPATIBILITY IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-",
               "NUSHU CHARACTER-")

out = []
prev = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith(ALGORITHMIC):
        continue
    out.append("%x %s" % (cp - prev, name))
    prev = cp
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interp", "syntax", "unicode_names.txt.gz")
with open(path, "wb") as f:
    f.write(gzip.compress(("\n".join(out) + "\n").encode("ascii"), 9, mtime=0))
