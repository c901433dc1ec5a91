# tomllib: a TOML 1.0 document of every kind of value, then errors.
import tomllib
import io
from decimal import Decimal

doc = r'''
# a comment
title = "TOML \"example\" \u00e9 \U0001F600"
literal = 'C:\Users\nodejs\templates'
multi = """
Roses are red
   Violets are blue\
   and \
   trimmed"""
multi_lit = @@@
first line
  'quoted' ''@@@
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
bools = [true, false]
nested = [[1, 2], ["a", 'b'], [1.5, { x = 1 }], []]
"quoted key" = 1
'literal key' = 2
dotted.key.here = "d"
dotted.other = 3
site."google.com" = true
3.14159 = "pi"
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.1234567
inline = { name = "x", point = { x = 1, y = 2 }, arr = [1, 2,], a.b = 3 }
multi_line_array = [
  1,   # one
  2,
  # comment line
  3,
]

[server]
host = "localhost"
ports = [ 8000, 8001 ]

[server.alpha]
ip = "10.0.0.1"

[a.b.c]
d = 1

[a]
e = 2

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
doc = doc.replace('@@@', "'" * 3)
d = tomllib.loads(doc)
for k, v in d.items():
    print(repr(k), "=", repr(v))
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), tomllib.loads("x = -nan")["x"] != tomllib.loads("x = -nan")["x"])
print(tomllib.loads("x = 0.1", parse_float=Decimal), tomllib.loads(""), tomllib.loads("a = 1\r\nb = 2\r\n"))
print(tomllib.load(io.BytesIO(b'k = "v"\n[t]\nx = 1')))
print(tomllib.loads("x = '''a''''")["x"], tomllib.loads('x = """a"""""')["x"], tomllib.loads('x = ""')["x"])
for bad in ['x = 1\nx = 2', '[t]\n[t]', 'x = ', 'x = 01', 'x = "unterminated', 'x = [1, 2', 'x = {a = 1',
            '= 1', 'x = 1 2', 'x = 1__0', 'x = 0x', 'a = {b = 1}\na.c = 2', 'a.b = 1\n[a.b]', '[[a]]\n[a]',
            'x = 1979-13-01', 'x = tru', 'x = "\\q"', "x = 'a\nb'", 'x.y = 1\nx.y.z = 2', 'x = 1.', 'x = .5',
            'x = +0x10', 'x = 1e', '[a]\nb = 1\n[a.b]', 'x = [1,,2]', '[ a . b ]\nc = 1\n[a]\nd = 2\n[a]']:
    try:
        r = tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", repr(bad))
    else:
        print("parsed", repr(bad), r)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError", e)
