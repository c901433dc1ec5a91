// This file tests headers, dates, reply types and connection files.

package messaging

import (
	"regexp"
	"testing"
	"time"
)

func TestNewHeader(t *testing.T) {
	a, b := NewHeader(ExecuteReply), NewHeader(ExecuteReply)
	if a.MsgID == b.MsgID {
		t.Fatal("msg_id repeated")
	}
	if a.Session != ProcessSession || a.Version != "5.3" || a.Username == "" || a.MsgType != ExecuteReply {
		t.Fatalf("header %+v", a)
	}
	// jupyter_client parses ISO 8601 with microseconds and a zone.
	re := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$`)
	if !re.MatchString(a.Date) {
		t.Fatalf("date %q", a.Date)
	}
	ts := time.Date(2024, 1, 2, 3, 4, 5, 6000, time.UTC)
	if got := FormatDate(ts); got != "2024-01-02T03:04:05.000006Z" {
		t.Fatalf("FormatDate = %q", got)
	}
}

func TestReplyType(t *testing.T) {
	for in, want := range map[string]string{
		ExecuteRequest: ExecuteReply, KernelInfoRequest: KernelInfoReply, "odd": "odd_reply", "_request": "_request_reply",
	} {
		if got := ReplyType(in); got != want {
			t.Errorf("ReplyType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConnectionInfo(t *testing.T) {
	c, err := ParseConnectionInfo([]byte(`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003,
		"control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "abc",
		"transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "adder"}`))
	if err != nil {
		t.Fatal(err)
	}
	if n, a := c.Addr(c.ShellPort); n != "tcp" || a != "127.0.0.1:5001" {
		t.Fatalf("tcp addr %s %s", n, a)
	}
	c, err = ParseConnectionInfo([]byte(`{"transport": "ipc", "ip": "/tmp/kernel-x", "hb_port": 7}`))
	if err != nil {
		t.Fatal(err)
	}
	if n, a := c.Addr(c.HBPort); n != "unix" || a != "/tmp/kernel-x-7" {
		t.Fatalf("ipc addr %s %s", n, a)
	}
	c, _ = ParseConnectionInfo([]byte(`{"ip": "::1", "shell_port": 1}`))
	if _, a := c.Addr(1); a != "[::1]:1" || c.SignatureScheme != "hmac-sha256" || c.Transport != "tcp" {
		t.Fatalf("defaults %+v %s", c, a)
	}
	if _, err := ParseConnectionInfo([]byte(`{"transport": "udp"}`)); err == nil {
		t.Fatal("udp accepted")
	}
	if _, err := ParseConnectionInfo([]byte(`{`)); err == nil {
		t.Fatal("bad JSON accepted")
	}
	if _, err := NewSigner("hmac-md5", "k"); err == nil {
		t.Fatal("unsupported scheme accepted")
	}
}

func TestExecuteFlags(t *testing.T) {
	f := false
	for _, tc := range []struct {
		c                  ExecuteRequestContent
		store, stdin, stop bool
	}{
		{ExecuteRequestContent{}, true, true, true},
		{ExecuteRequestContent{Silent: true}, false, true, true},
		{ExecuteRequestContent{StoreHistory: &f, AllowStdin: &f, StopOnError: &f}, false, false, false},
	} {
		s, i, p := tc.c.Flags()
		if s != tc.store || i != tc.stdin || p != tc.stop {
			t.Errorf("%+v: %v %v %v", tc.c, s, i, p)
		}
	}
}
