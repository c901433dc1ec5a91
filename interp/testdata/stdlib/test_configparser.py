import configparser, io, os, tempfile

text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path: /srv/%(user)s/data
user = admin
multi = first line
    second line

    after blank
; another comment
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), "forge.example" in cp, "nope" in cp, len(cp))
top = cp["topsecret.server.example"]
print(top["port"], top.getint("port"), top.getboolean("forwardx11"), top["path"], repr(top["multi"]), repr(top["empty"]))
print(cp.get("forge.example", "user"), cp["forge.example"]["compressionlevel"], cp.getfloat("DEFAULT", "compressionlevel"))
print(cp.options("forge.example"), list(cp["forge.example"]), cp.has_option("forge.example", "Compression"))
print(cp.items("forge.example"), cp.get("topsecret.server.example", "path", raw=True))
print(cp.get("forge.example", "missing", fallback="fb"), cp["forge.example"].get("missing", "fb2"), top.getint("nope", 7))
print(cp.get("topsecret.server.example", "path", vars={"user": "override"}))
for bad in [lambda: cp.get("nosuch", "x"), lambda: cp.get("forge.example", "nosuch"), lambda: cp["nosuch"],
            lambda: cp.getboolean("forge.example", "user"), lambda: cp.add_section("forge.example"),
            lambda: cp.add_section("DEFAULT"), lambda: cp.set("forge.example", "x", 1)]:
    try:
        bad()
    except (configparser.Error, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
cp["new"] = {"a": "1", "b": "two words"}
cp.set("new", "c", "%(a)s-%(b)s")
cp["new"]["d"] = "x"
print(cp["new"]["c"], dict(cp["new"]), cp.remove_option("new", "d"), cp.remove_section("forge.example"), cp.sections())
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    configparser.ConfigParser().read_string("[a]\nx = 1\nx = 2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError", e)
try:
    configparser.ConfigParser().read_string("[a]\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError", e)
try:
    configparser.ConfigParser().read_string("x = 1\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError", e)
try:
    configparser.ConfigParser().read_string("[a]\njust a line\n[b]\nanother bad\n")
except configparser.ParsingError as e:
    print("ParsingError", e)
bad = configparser.ConfigParser()
bad.read_string("[s]\nv = %(missing)s\nw = 100%\n")
for opt in ["v", "w"]:
    try:
        bad.get("s", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nhome = /home/me\ndata = ${home}/data\n[other]\nlog = ${paths:data}/log $$5\n")
print(ext["other"]["log"], ext["paths"]["data"])
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=("=",), inline_comment_prefixes=("#",))
raw.read_string("[flags]\nverbose\nlevel = 3 # inline comment\nurl = http://x:80/a#b\n")
print(raw.items("flags"), raw.get("flags", "verbose"))
out = io.StringIO()
raw.write(out, space_around_delimiters=False)
print(out.getvalue())
conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_dict({"s": {"items": "a, b ,c", "n": 5}})
print(conv.getlist("s", "items"), conv["s"].getlist("items"), conv["s"]["n"])
d = tempfile.mkdtemp()
p = os.path.join(d, "x.ini")
with open(p, "w") as f:
    f.write("[file]\nkey = value\n")
c2 = configparser.ConfigParser(defaults={"shared": "yes"})
print(c2.read([p, os.path.join(d, "missing.ini")]) == [p], c2["file"]["key"], c2["file"]["shared"], c2.defaults())
