# Everyday modules a notebook imports, exercised together: string, textwrap,
# pprint, statistics, fractions, heapq, bisect, csv, io, html, http, json, os.PathLike.
import string, textwrap, pprint, statistics, fractions, heapq, bisect, csv, io, html, html.parser, http.client, json
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try: t.substitute(who="a")
except KeyError as e: print("KeyError", e)
print(string.capwords(" hello   world "), string.ascii_letters[:5], string.Formatter().format("{0}-{x}", 1, x=2))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.shorten("Hello  world! How are you doing today?", width=20), textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("   x\n     y\n   z"), textwrap.wrap("supercalifragilistic word", 8, break_long_words=True))
data = {"name": "adder", "list": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "s": {3, 1, 2}}, "long": "x" * 90}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True, sort_dicts=False, depth=2)
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.isreadable(data), pprint.saferepr({"a": [1]}))
pprint.pp({"b": 1, "a": 2})
xs = [2.5, 3.25, 5.5, 11.25, 11.75, 3, 7]
print(statistics.mean(xs), statistics.median(xs), statistics.stdev(xs), statistics.variance(xs), statistics.pstdev(xs))
print(statistics.mode([1, 1, 2]), statistics.multimode("aabbc"), statistics.quantiles(xs, n=4), statistics.harmonic_mean([1, 2, 4]))
print(statistics.geometric_mean([1, 2, 4]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean(xs))
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [1, 3, 2]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100), nd.overlap(statistics.NormalDist(110, 10)), nd.zscore(130))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("0.125"), F(1.5), F(10, -4), F(1, 3) ** 2, float(F(1, 3)), F(7, 3).limit_denominator(2), round(F(7, 2)), F(1, 3) < 0.5)
print(F(355, 113).as_integer_ratio(), F("3/7").numerator, f"{F(1, 3):.5f}", F(5).is_integer(), abs(F(-1, 2)), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h, key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.insort(a, 3), a, bisect.bisect_left(a, 8, key=lambda x: x))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["a", 1, 2.5, 'he said "hi"', None]); w.writerows([[1, 2], ["x,y", "z\nw"]])
print(repr(buf.getvalue()))
r = csv.DictReader(io.StringIO("name,age\nann,31\n\"b, c\",25\n"))
print([dict(x) for x in r], r.fieldnames)
dw = csv.DictWriter(buf2 := io.StringIO(), fieldnames=["x", "y"], extrasaction="ignore"); dw.writeheader(); dw.writerow({"x": 1, "y": 2, "z": 3})
print(repr(buf2.getvalue()), csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.list_dialects())
print(list(csv.reader(["a,'b,c'", "1,2"], quotechar="'")), list(csv.reader(["x\ty"], dialect="excel-tab")))
b = io.BytesIO(b"line1\nline2\n"); print(b.readline(), b.read(), b.tell(), b.seek(0), b.read(3), b.getbuffer().nbytes)
s = io.StringIO("a\nb\nc"); print(s.readlines(), s.getvalue(), io.TextIOWrapper(io.BytesIO(b"h\xc3\xa9\n")).read())
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;p&gt;&amp;&eacute;&#39;&#x41;&nbsp;!"))
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_endtag(self, tag): print("end", tag)
    def handle_data(self, d): print("data", repr(d))
    def handle_comment(self, d): print("comment", d)
    def handle_entityref(self, n): print("entity", n)
P().feed("<html><body class='x' id=y><p>Hi &amp; bye<br/><!-- c --></p><script>if (a<b) {}</script></body></html>")
print(http.client.responses[404], http.client.HTTPConnection("example.com", 8080).port, http.HTTPStatus.OK, http.HTTPStatus(418).phrase)
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}, indent=2, sort_keys=True, ensure_ascii=False), json.loads('{"x": [1e3, -0.0, NaN]}'))
import os, pathlib
class FP:
    def __fspath__(self):
        return "/tmp/x"
class NoFP(FP):
    __fspath__ = None
print(isinstance(pathlib.Path("x"), os.PathLike), isinstance(pathlib.PurePosixPath("x"), os.PathLike), isinstance(FP(), os.PathLike),
      issubclass(NoFP, os.PathLike), isinstance("s", os.PathLike), os.fspath(FP()), type(os.PathLike).__name__, os.PathLike[str])
bio = io.BytesIO(b"abcdef")
view = bio.getbuffer()
view[0] = ord("A")
print(bio.getvalue(), view.nbytes, view.readonly)
view.release()
