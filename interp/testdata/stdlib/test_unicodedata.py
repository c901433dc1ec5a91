import unicodedata as ud

print(ud.unidata_version)
chars = "aZ5 ½²①Ⅻé\u0301€😀가中\u200b\n\t٣߁𝟗ﬁＡｶ—«]"
for c in chars:
    print("U+%04X" % ord(c), ud.name(c, "-"), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
for n in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "SNOWMAN", "GRINNING FACE",
          "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG", "EURO SIGN"]:
    print(n, repr(ud.lookup(n)))
for bad in ["NOT A REAL NAME"]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
for f, arg in [(ud.name, "\x00"), (ud.decimal, "x"), (ud.digit, "½"), (ud.numeric, "x")]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError", e)
try:
    ud.name("ab")
except TypeError as e:
    print("TypeError", e)
s = "Ame\u0301lie ﬁ café Å Ω ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s), ud.is_normalized(form, n))
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print("ValueError", e)
print(ascii(ud.normalize("NFC", "\u1100\u1161\u11a8")), ascii(ud.normalize("NFD", "각")))
print([ud.category(c) for c in "Aa1 !$+\u0300\u2028\u00ad"])
print(ud.numeric("¼"), ud.numeric("¾"), ud.numeric("Ⅳ"), ud.numeric("七"), ud.digit("³"), ud.decimal("٩"))
