# http.cookies and html.entities.
import http.cookies
import html.entities

c = http.cookies.SimpleCookie()
c["session"] = "abc123"
c["session"]["path"] = "/"
c["session"]["httponly"] = True
c["session"]["max-age"] = 3600
c["theme"] = "dark; mode \"x\" é"
c["n"] = 42
print(c.output())
print(c.output(attrs=["path"], header="Cookie:", sep="; "), repr(c), c["theme"].value, c["theme"].coded_value)
print(c["session"].OutputString(), repr(c["session"]), c["session"].key, sorted(k for k, v in c["session"].items() if v))
p = http.cookies.SimpleCookie('a=1; b="x y\\073z"; Path=/p; Secure; $Version=1; c=3; HttpOnly')
print(sorted((k, m.value, m["path"], m["secure"], m["httponly"], m["version"]) for k, m in p.items()))
print(http.cookies.SimpleCookie("bad key=1; ok=2").keys(), list(http.cookies.SimpleCookie("k=v; expires=Wed, 09 Jun 2021 10:18:14 GMT").values())[0]["expires"])
for bad in [lambda: c["session"].__setitem__("bogus", 1), lambda: http.cookies.Morsel().set("path", "v", "v"),
            lambda: http.cookies.Morsel().set("bad key", "v", "v")]:
    try:
        bad()
    except http.cookies.CookieError as e:
        print("CookieError", e)
b = http.cookies.BaseCookie()
b["x"] = "a b"
print(b.output(), http.cookies._quote("plain"), http.cookies._unquote('"a\\"b\\\\c"'))
print(len(html.entities.name2codepoint), len(html.entities.html5), html.entities.codepoint2name[8364], html.entities.entitydefs["copy"],
      html.entities.html5["NotEqualTilde;"], html.entities.html5["amp"], html.entities.name2codepoint["hellip"])
import http.cookies as hc  # header parsing edge cases
for raw in ['a=1', 'a=1;b=2', ' a = 1 ; b = "q;r" ', 'a', 'a=1; path', 'a=1; Path=/x; Domain=.e.com; Max-Age=5',
            'a=[1]; b={2}', 'k="unterminated', 'x=1 y=2', 'x=1,y=2', 'p=é', 'a=1; Secure=yes', 'a=; b=2']:
    c = hc.SimpleCookie()
    c.load(raw)
    print(repr(raw), sorted((k, m.value, m["path"], m["domain"], m["max-age"], m["secure"]) for k, m in c.items()))
