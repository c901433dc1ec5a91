# More everyday modules together: encodings, digests, URLs, diffs, Unicode,
# addresses, config files, archives, files, dates, decimals, collections,
# itertools, functools, re, dataclasses, enum, typing, logging, struct, random, json.
import base64, hashlib, hmac, uuid, urllib.parse, difflib, unicodedata, ipaddress, configparser, io, zipfile, gzip, shutil, glob, tempfile, os, calendar, datetime, decimal, collections, itertools, functools, re, json, dataclasses, enum, typing, pathlib, logging, struct, binascii, zlib, string, operator, math, random
print(base64.b64encode(b"hi\xff"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode("4142"), base64.a85encode(b"hello"), base64.b85encode(b"hello"))
print(hashlib.sha256(b"x").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"x").hexdigest()[:8])
print(hmac.new(b"k", b"msg", "sha256").hexdigest()[:16], hmac.compare_digest(b"a", b"a"), hashlib.pbkdf2_hmac("sha256", b"p", b"s", 10).hex()[:16])
print(uuid.UUID("12345678123456781234567812345678"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x").version)
u = urllib.parse.urlparse("https://user:pw@example.com:8080/p/a;params?q=1&r=2#frag")
print(u, u.hostname, u.port, urllib.parse.parse_qs(u.query), urllib.parse.urlencode({"a": "b c", "d": ["e", "f"]}, doseq=True))
print(urllib.parse.quote("a b/c?d"), urllib.parse.unquote_plus("a+b%20c"), urllib.parse.urljoin("http://a/b/c/d", "../e"), urllib.parse.urlsplit("//x/y").netloc)
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")), difflib.get_close_matches("appel", ["ape", "apple", "peach"]), difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"), unicodedata.lookup("SNOWMAN"), unicodedata.east_asian_width("中"))
print(ipaddress.ip_network("10.0.0.0/30").hosts().__next__(), list(ipaddress.ip_network("192.168.0.0/30")), ipaddress.ip_address("::1").is_loopback, ipaddress.IPv4Address("1.2.3.4") + 1)
cp = configparser.ConfigParser(); cp.read_string("[a]\nx = 1\ny = ${x}\n[b]\nz: on\n")
print(cp.sections(), cp["a"]["x"], cp.getboolean("b", "z"), dict(cp["a"]), cp.get("a", "y"))
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "hello" * 10); z.writestr("d/b.txt", b"bin")
with zipfile.ZipFile(io.BytesIO(b.getvalue())) as z:
    print(z.namelist(), z.read("a.txt")[:10], [i.file_size for i in z.infolist()], z.getinfo("d/b.txt").compress_type)
print(gzip.decompress(gzip.compress(b"abc" * 5)), zlib.crc32(b"abc"), zlib.adler32(b"abc"), len(zlib.decompress(zlib.compress(b"a" * 100))))
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d)
    (p / "sub").mkdir(); (p / "sub" / "f.txt").write_text("x"); (p / "g.py").write_text("y")
    print(sorted(x.name for x in p.rglob("*")), sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, "**", "*"), recursive=True)))
    shutil.copytree(p / "sub", p / "copy"); shutil.make_archive(str(p / "arch"), "zip", p / "sub")
    print(sorted(os.listdir(d)), (p / "copy" / "f.txt").read_text(), p.joinpath("g.py").suffix, p.joinpath("a.tar.gz").suffixes, (p / "g.py").stat().st_size)
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.month_name[3], calendar.weekday(2024, 1, 1), calendar.month(2024, 2).splitlines()[0])
d = datetime.datetime(2024, 2, 29, 13, 5, 7, 123456)
print(d.isoformat(), d.strftime("%A %d %B %Y %I:%M%p %j %U %a %b"), d + datetime.timedelta(days=1, hours=12), d.replace(year=2025, day=28).weekday(), datetime.date.fromisoformat("2024-03-01") - d.date())
print(datetime.datetime.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M"), datetime.datetime.fromisoformat("2024-03-05T14:07:09+01:00").utcoffset(), d.timestamp() if False else "", datetime.timedelta(seconds=-1.5))
D = decimal.Decimal
print(D("1.10") + D("2.205"), D(1) / D(7), D("2").sqrt(), round(D("2.675"), 2), D("1e3").normalize(), decimal.getcontext().prec, D("0.1").quantize(D("1"), rounding=decimal.ROUND_HALF_UP))
c = collections.Counter("abracadabra")
print(c.most_common(2), collections.OrderedDict.fromkeys("abc"), collections.deque(range(5), maxlen=3), collections.ChainMap({"a": 1}, {"b": 2})["b"], collections.namedtuple("P", "x y", defaults=[0])(1))
print(list(itertools.pairwise("abcd")), list(itertools.batched(range(5), 2)), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.combinations_with_replacement("ab", 2)))
print(functools.reduce(operator.mul, range(1, 6)), functools.lru_cache()(lambda x: x * 2)(3), functools.partial(int, base=2)("101"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "me@host you@there"), re.findall(r"\d+(?=px)", "10px 20em 30px"), re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"[a-z]+\d?", "abc1") is not None)
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)
print(P(1, 2), P(1) < P(2), dataclasses.asdict(P(3, 4)), dataclasses.replace(P(1), y=9), [f.name for f in dataclasses.fields(P)])
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.RED, Color(2), Color["GREEN"].value, list(Color), Perm.R | Perm.W, repr(Perm(6)), Perm.R in Perm(6), enum.auto)
print(typing.get_type_hints(lambda: None), typing.Optional[int], typing.List[str], typing.get_origin(list[int]), typing.get_args(dict[str, int]))
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=__import__("sys").stdout, force=True)
logging.getLogger("x").info("hello %s", "there"); logging.getLogger("x").debug("hidden")
print(struct.pack(">hIq", -2, 7, 1), struct.calcsize("@ihq"), binascii.hexlify(b"\x01\xff", "-"), math.comb(5, 2), math.isqrt(99), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)))
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3), random.gauss(0, 1))
print(json.dumps({"b": [1, {"c": None}], "a": 1.0}, sort_keys=True, separators=(",", ":")), json.loads("[1, 2.5e1, \"\\u00e9\"]"), json.dumps("é"), json.dumps(float("inf")))
