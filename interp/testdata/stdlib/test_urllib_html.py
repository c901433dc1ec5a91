from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, urlencode,
                          quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes)
import urllib.parse
import html

u = urlparse("https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://www.python.org/doc/#x"))
for url in ["//netloc/path", "path/only?x=1", "mailto:someone@example.com", "file:///etc/passwd",
            "HTTP://H/p", "  http://spaced.com/ ", "http://a/b\n/c", "x:y", "1http://bad", "http://h:80",
            "http://h:/p", "/rel;params", "http://[v1.fe]/", "http://h/p?#"]:
    r = urlparse(url)
    print(repr(url), tuple(r), r.port if r.netloc and r.netloc[-1:] != ':' else None)
try:
    urlparse("http://h:99999").port
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:abc").port
except ValueError as e:
    print("ValueError", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError", e)
print(urlunparse(("http", "h", "/p", "a", "q=1", "f")), urlunsplit(("https", "h", "p", "", "")))
print(urlunsplit(("http", "", "p", "", "")), urlunsplit(("", "", "p", "q", "")))
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g",
            "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "https://other/x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("http://a/b/", "c"), urljoin("", "x"), urljoin("http://a", ""))
print(urldefrag("http://h/p#frag"), urldefrag("http://h/p"), urldefrag("http://h/p#f").geturl())

print(quote("a b/c?d=é&f"), quote("a b/c", safe=""), quote_plus("a b+c/d"), quote("~_.-"))
print(quote(b"\x00\xff"), quote_from_bytes(b"a b"), quote("", ""), quote("x y", safe=" "))
print(unquote("a%20b%2Fc%C3%A9%zz%4"), unquote_plus("a+b%2Bc"), unquote("%E2%82%AC€"), unquote("%ff"))
print(unquote_to_bytes("a%20%FF"), unquote(b"%41%42"))
print(urlencode({"a": 1, "b": "x y", "c": "é&="}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"k": ["a", "b"], "n": 3}, doseq=True), urlencode({"k": ["a", "b"]}))
print(urlencode({"p": "a/b c"}, quote_via=quote), urlencode({"p": "a/b"}, safe="/"), urlencode({b"x": b"y z"}))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
qs = "a=1&b=2&a=3&empty=&novalue&sp=x+y&enc=%26%3D"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("a=1&&b=2"))
try:
    parse_qsl("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
try:
    parse_qsl("a=1&b=2&c=3", max_num_fields=2)
except ValueError as e:
    print("ValueError", e)
r = urllib.parse.SplitResult("http", "h", "/p", "", "")
print(r._replace(path="/q").geturl(), isinstance(u, tuple), len(u))

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape("<b>\"q\"</b>", quote=False))
for s in ["&lt;p&gt; &amp; &quot;hi&quot; &#39;x&#x27;", "&copy; &eacute; &hearts; &notin; &NotEqualTilde;",
          "&#65;&#x42;&#X43; &#8364; &#128; &#0; &#x110000;", "&amp &lt3 &notit; &ampx", "no refs", "& alone &;",
          "&#65 &#x41z &unknown; &AMP;"]:
    print(repr(html.unescape(s)))
