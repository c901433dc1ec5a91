// This file implements _adder_http, the Go half of urllib.request: HTTP
// and HTTPS requests on net/http (redirects followed as urllib does),
// with the body drained by a goroutine so reads honour interrupts and
// timeouts.

package stdlib

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"

	"adder/interp/py"
)

type httpResp struct {
	body   *pipeBuf
	cancel context.CancelFunc
}

var (
	httpResps = map[int]*httpResp{}
	nextResp  = 1
)

// netError converts a transport error into the OSError CPython's socket
// layer raises (the Python side wraps it in URLError).
func netError(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return osError(errno)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return py.Errorf(py.OSErrorType, "[Errno -2] Name or service not known")
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return py.Errorf(py.TimeoutErrorType, "timed out")
	}
	return py.Errorf(py.OSErrorType, "%s", err.Error())
}

// httpFetch(method, url, headers [(k, v)], body or None, timeout or None)
// -> (handle, status, reason, headers [(k, v)], final url)
func httpFetch(args []py.Value, kw []string) (py.Value, error) {
	if len(args) != 5 {
		return py.Value{}, py.Errorf(py.TypeErrorType, "fetch() takes 5 arguments")
	}
	method, _ := py.AsStr(args[0])
	rawURL, _ := py.AsStr(args[1])
	var body io.Reader
	if !args[3].IsNone() {
		b, err := zBytesArg("data", args[3])
		if err != nil {
			return py.Value{}, err
		}
		body = bytes.NewReader(b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	timeout := timeoutArg(args[4])
	req, err := http.NewRequestWithContext(ctx, method, rawURL, body)
	if err != nil {
		cancel()
		return py.Value{}, py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	if l, ok := args[2].Object().(*py.List); ok {
		for _, it := range l.Items {
			var pair []py.Value
			if err := py.Iterate(it, func(v py.Value) error { pair = append(pair, v); return nil }); err != nil || len(pair) != 2 {
				continue
			}
			k, _ := py.AsStr(pair[0])
			v, _ := py.AsStr(pair[1])
			if http.CanonicalHeaderKey(k) == "Host" {
				req.Host = v
				continue
			}
			req.Header.Add(k, v)
		}
	}
	client := &http.Client{}
	if timeout >= 0 {
		client.Transport = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: timeout}).DialContext,
			TLSHandshakeTimeout:   timeout,
			ResponseHeaderTimeout: timeout,
		}
	}
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan struct{})
	var res result
	go func() {
		res.resp, res.err = client.Do(req)
		close(done)
	}()
	if _, err := waitChan(done, -1); err != nil {
		cancel()
		return py.Value{}, err
	}
	if res.err != nil {
		cancel()
		var ue *url.Error
		if errors.As(res.err, &ue) && ue.Timeout() {
			return py.Value{}, py.Errorf(py.TimeoutErrorType, "timed out")
		}
		return py.Value{}, netError(res.err)
	}
	resp := res.resp
	h := &httpResp{body: newPipeBuf(), cancel: cancel}
	go func() {
		_, _ = io.Copy(h.body, resp.Body)
		resp.Body.Close()
		h.body.finish()
	}()
	id := nextResp
	nextResp++
	httpResps[id] = h
	var hdrs []py.Value
	for k, vs := range resp.Header {
		for _, v := range vs {
			hdrs = append(hdrs, py.NewTuple(py.StrValue(k), py.StrValue(v)))
		}
	}
	// The reason phrase is the server's own (resp.Status is "404 Not
	// Here" as sent), as http.client reports it; Go's table is only a
	// stand-in for a status line without one.
	reason := strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode))
	reason = strings.TrimPrefix(reason, " ")
	if resp.Status == "" {
		reason = http.StatusText(resp.StatusCode)
	}
	return py.NewTuple(py.Int(int64(id)), py.Int(int64(resp.StatusCode)), py.StrValue(reason),
		py.ObjectValue(py.NewList(hdrs)), py.StrValue(resp.Request.URL.String())), nil
}

var httpFuncs = map[string]py.Func{
	"fetch": httpFetch,
	// read(handle, n, line) -> bytes (n < 0: to the end)
	"read": func(args []py.Value, kw []string) (py.Value, error) {
		h, ok := httpResps[int(args[0].AsInt())]
		if !ok {
			return py.NewBytes(""), nil
		}
		for {
			out, ok, ch := h.body.take(int(args[1].AsInt()), args[2].AsBool())
			if ok {
				return py.NewBytes(string(out)), nil
			}
			if _, err := waitChan(ch, -1); err != nil {
				return py.Value{}, err
			}
		}
	},
	"close": func(args []py.Value, kw []string) (py.Value, error) {
		id := int(args[0].AsInt())
		if h, ok := httpResps[id]; ok {
			h.cancel()
			delete(httpResps, id)
		}
		return py.None, nil
	},
}

func init() {
	registerGoModule("_adder_http", "HTTP requests for urllib.request (adder).", func(d *py.Dict) {
		for name, fn := range httpFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
