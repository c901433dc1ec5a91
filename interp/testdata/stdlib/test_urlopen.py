import urllib.request, urllib.error, urllib.response, os, tempfile, json

d = tempfile.mkdtemp()
path = os.path.join(d, "data.json")
with open(path, "w") as f:
    json.dump({"a": [1, 2, 3]}, f)
with urllib.request.urlopen("file://" + path) as r:
    print(r.headers["Content-type"], r.headers["content-length"], r.geturl() == "file://" + path, r.status)
    print(json.load(r))
with urllib.request.urlopen("data:text/plain;charset=utf-8,hello%20world") as r:
    print(r.read(), r.headers.get_content_charset(), r.info()["Content-type"])
print(urllib.request.urlopen("data:;base64,SGVsbG8=").read())
fn, hdrs = urllib.request.urlretrieve("data:,copied%21", os.path.join(d, "copy.txt"))
print(open(fn).read(), hdrs["Content-length"])
try:
    urllib.request.urlopen("file://" + os.path.join(d, "missing"))
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__, e.reason.errno)
try:
    urllib.request.urlopen("gopher2://x")
except urllib.error.URLError as e:
    print("URLError", e)
try:
    urllib.request.urlopen("http://127.0.0.1:9/", timeout=5)
except urllib.error.URLError as e:
    print("URLError", e)
try:
    urllib.request.Request("no-scheme")
except ValueError as e:
    print("ValueError", e)

req = urllib.request.Request("http://example.com/api?x=1#frag", data=b"payload", headers={"X-Token": "abc", "content-TYPE": "text/plain"})
print(req.full_url, req.type, req.host, req.selector, req.get_method(), req.data, req.fragment)
print(sorted(req.header_items()), req.has_header("X-token"), req.get_header("Content-type"))
req.add_header("accept", "*/*")
req.remove_header("X-token")
print(sorted(req.headers), urllib.request.Request("https://h/p", method="PUT").get_method())
err = urllib.error.HTTPError("http://h/x", 404, "Not Found", {"a": "b"}, None)
print(str(err), repr(err), err.code, err.reason, err.headers, err.getcode(), err.geturl(), isinstance(err, OSError))
print(str(urllib.error.URLError("boom")), urllib.error.URLError("x").reason)
print(urllib.request.pathname2url("/a b/c"), urllib.request.url2pathname("/a%20b"))
