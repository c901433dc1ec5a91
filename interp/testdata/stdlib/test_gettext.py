# gettext: a .mo catalog built here, translations with plurals and
# contexts, fallbacks, NullTranslations, c2py.
import gettext
import os
import struct
import tempfile


def make_mo(entries, header):
    """A little-endian .mo file for {msgid: msgstr} plus the header."""
    items = sorted([(b"", header.encode())] + [(k.encode(), v.encode()) for k, v in entries.items()])
    ids = b""
    strs = b""
    offsets = []
    for k, v in items:
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    n = len(items)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("Iiiiiii", 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack("%di" % len(koffsets), *koffsets) + struct.pack("%di" % len(voffsets), *voffsets)
    return out + ids + strs


header = ("Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n"
          "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
entries = {"Hello": "Witaj", "Goodbye": "Żegnaj", "file\0files": "plik\0pliki\0plików",
           "menu\x04Open": "Otwórz", "menu\x04item\0items": "pozycja\0pozycje\0pozycji"}
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "pl", "LC_MESSAGES"))
    with open(os.path.join(d, "pl", "LC_MESSAGES", "demo.mo"), "wb") as f:
        f.write(make_mo(entries, header))
    t = gettext.translation("demo", localedir=d, languages=["pl_PL.UTF-8"])
    print(type(t).__name__, t.gettext("Hello"), t.gettext("Goodbye"), t.gettext("Missing"), t.charset())
    print([t.ngettext("file", "files", n) for n in (1, 2, 5, 22, 25, 112)])
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), [t.npgettext("menu", "item", "items", n) for n in (1, 3, 7)])
    print(sorted(t.info().items()))
    print(gettext.find("demo", d, ["pl"]) == os.path.join(d, "pl", "LC_MESSAGES", "demo.mo"), gettext.find("demo", d, ["de"]),
          gettext.find("demo", d, ["de", "pl"], all=True) == [os.path.join(d, "pl", "LC_MESSAGES", "demo.mo")])
    try:
        gettext.translation("demo", localedir=d, languages=["fr"])
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename)
    nt = gettext.translation("demo", localedir=d, languages=["fr"], fallback=True)
    print(type(nt).__name__, nt.gettext("Hello"), nt.ngettext("a", "b", 2))
    nt.add_fallback(t)
    print(nt.gettext("Hello"), nt.ngettext("file", "files", 3))
    gettext.bindtextdomain("demo", d)
    gettext.textdomain("demo")
    os.environ["LANGUAGE"] = "pl"
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 1), gettext.dgettext("demo", "Goodbye"),
          gettext.pgettext("menu", "Open"), gettext.textdomain())
    t.install()
    print(_("Hello"))
    import builtins
    del builtins._, os.environ["LANGUAGE"]
print([gettext.c2py("n != 1")(n) for n in range(3)], [gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")(n) for n in (0, 1, 2, 11, 21)])
for bad in ["n +", "n ? 1", "import os", "(n"]:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print("ValueError")
print(gettext.NullTranslations().gettext("x"), gettext._expand_lang("pl_PL.UTF-8"))
