// This file tests urllib.request's HTTP path against a local server (the
// differential programs cannot reach one from both interpreters).

package stdlib_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"adder/interp"
)

func TestURLOpenHTTP(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Seen-Agent", r.UserAgent())
		fmt.Fprint(w, "line one\nline two\n")
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s %s %s", r.Method, r.Header.Get("Content-Type"), r.Header.Get("X-Token"), b)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hello", http.StatusFound)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "nothing here", http.StatusNotFound)
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		// A reason phrase of the server's own, which Go's server would
		// replace: write the response by hand.
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Errorf("hijack: %v", err)
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 418 Short And Stout\r\nContent-Length: 3\r\nConnection: close\r\n\r\ntea")
		buf.Flush()
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	prog := strings.ReplaceAll(`
import urllib.request, urllib.error, urllib.parse, json
with urllib.request.urlopen("BASE/hello") as r:
    print(r.status, r.reason, r.getcode(), r.headers.get_content_charset(), r.getheader("X-Seen-Agent"))
    print(r.readline(), r.read())
r = urllib.request.urlopen("BASE/old")
print(r.geturl().endswith("/hello"), [l for l in r])
data = urllib.parse.urlencode({"q": "a b"}).encode()
print(urllib.request.urlopen("BASE/echo", data=data).read())
req = urllib.request.Request("BASE/echo", data=b"{}", headers={"Content-Type": "application/json", "X-Token": "t"}, method="PUT")
print(urllib.request.urlopen(req).read())
try:
    urllib.request.urlopen("BASE/missing")
except urllib.error.HTTPError as e:
    print(e.code, e.reason, str(e), e.read())
try:
    urllib.request.urlopen("BASE/teapot")
except urllib.error.HTTPError as e:
    print(e.code, e.reason, str(e), e.read())
import http.client
host, port = "BASE"[len("http://"):].split(":")
conn = http.client.HTTPConnection(host, int(port))
conn.request("POST", "/echo", body="x=1", headers={"X-Token": "hc", "Content-Type": "text/plain"})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
`, "BASE", srv.URL)
	var out, errb bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb})
	if err := s.ExecFile("<urlopen>", prog); err != nil {
		t.Fatalf("program failed: %v\n%s", err, errb.String())
	}
	want := `200 OK 200 utf-8 Python-urllib/3.12
b'line one\n' b'line two\n'
True [b'line one\n', b'line two\n']
b'POST application/x-www-form-urlencoded  q=a+b'
b'PUT application/json t {}'
404 Not Found HTTP Error 404: Not Found b'nothing here\n'
418 Short And Stout HTTP Error 418: Short And Stout b'tea'
200 OK b'POST text/plain hc x=1'
`
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}
