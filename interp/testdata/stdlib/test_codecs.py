import codecs, io, os, tempfile

for name in ["utf-8", "UTF8", "latin_1", "latin1", "ascii", "utf-16", "utf_16_le", "utf-32-be", "unicode_escape",
             "raw_unicode_escape", "hex", "base64", "rot13", "U8"]:
    info = codecs.lookup(name)
    print(name, info.name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(codecs.encode("aé€", "utf-8"), codecs.decode(b"a\xc3\xa9", "utf-8"), codecs.encode("aé", "latin-1"))
print(codecs.encode("tab\there\n é€😀\\", "unicode_escape"))
print(codecs.decode(b"tab\\there\\n \\xe9\\u20ac\\U0001f600\\\\ \\N{SNOWMAN} \\101", "unicode_escape"))
print(codecs.encode("aé€😀\\u", "raw_unicode_escape"), codecs.decode(b"a\\u20ac\\\\u0041 \xe9", "raw_unicode_escape"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode(b"hi", "base64"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.escape_decode(b"a\\x41\\n\\'")[0], codecs.escape_encode(b"a\x00'\n\\")[0])
try:
    codecs.decode(b"\\x4", "unicode_escape")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
enc, dec = codecs.getencoder("utf-8"), codecs.getdecoder("utf-8")
print(enc("xé"), dec(b"x\xc3\xa9"))
d = codecs.getincrementaldecoder("utf-8")()
data = "héllo wörld €😀".encode("utf-8")
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b"", final=True)))
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("ab"), e.encode("é", final=True))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac!"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))
d16 = codecs.getincrementaldecoder("utf-16-le")()
print(d16.decode(b"a\x00b"), d16.decode(b"\x00"))
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with codecs.open(path, "w", "utf-16") as f:
    f.write("unicode ✓\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", "utf-16") as f:
    print(repr(f.read()))
w = codecs.getwriter("utf-8")(io.BytesIO())
w.write("stream é")
print(w.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("line1\nline2 é\n".encode()))
print(r.read())
print("x\udcffy".encode("utf-8", "backslashreplace") if False else codecs.lookup_error("strict").__name__)
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "bad")))
print(codecs.lookup_error("backslashreplace")(UnicodeEncodeError("ascii", "aé€", 1, 3, "bad")))
print(codecs.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "aé", 1, 2, "bad")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="shout")
codecs.register(search)
print(codecs.encode("hey", "shout"), codecs.decode(b"HEY", "shout"), codecs.lookup("shout").name)
