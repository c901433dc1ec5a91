// This file tests the server sockets and their guards with real TCP
// connections on 127.0.0.1.

package zmtp

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"net"
	"testing"
	"time"
)

func quiet() Options {
	return Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

func TestRouterRoundTrip(t *testing.T) {
	r, err := ListenRouter("tcp", "127.0.0.1:0", quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	c, err := Dial("tcp", r.Addr(), Dealer, []byte("client-A"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Send([][]byte{[]byte("hello"), []byte("world")}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	m, err := r.Recv(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if string(m[0]) != "client-A" || string(m[1]) != "hello" || string(m[2]) != "world" {
		t.Fatalf("got %q", m)
	}
	if err := r.Send([][]byte{[]byte("client-A"), []byte("reply")}); err != nil {
		t.Fatal(err)
	}
	got, err := c.Recv()
	if err != nil || len(got) != 1 || string(got[0]) != "reply" {
		t.Fatalf("got %q, %v", got, err)
	}
	if err := r.Send([][]byte{[]byte("nobody"), []byte("x")}); err != ErrNoPeer {
		t.Fatalf("send to unknown identity: %v", err)
	}
}

func TestEchoReq(t *testing.T) {
	e, err := ListenEcho("tcp", "127.0.0.1:0", quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close(time.Second)
	c, err := Dial("tcp", e.Addr(), Req, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := 0; i < 3; i++ {
		ping := []byte(fmt.Sprintf("ping %d", i))
		if err := c.Send([][]byte{ping}); err != nil {
			t.Fatal(err)
		}
		got, err := c.Recv()
		if err != nil || len(got) != 1 || !bytes.Equal(got[0], ping) {
			t.Fatalf("got %q, %v", got, err)
		}
	}
}

// TestSilentConnDoesNotBlock: a TCP peer that never handshakes must not
// stop others from connecting.
func TestSilentConnDoesNotBlock(t *testing.T) {
	r, err := ListenRouter("tcp", "127.0.0.1:0", quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	silent, err := net.Dial("tcp", r.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	start := time.Now()
	c, err := Dial("tcp", r.Addr(), Dealer, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if d := time.Since(start); d > time.Second {
		t.Fatalf("dial took %v behind a silent connection", d)
	}
}

// TestHandshakeDeadline: the silent connection is closed by the server.
func TestHandshakeDeadline(t *testing.T) {
	o := quiet()
	o.HandshakeTimeout = 200 * time.Millisecond
	r, err := ListenRouter("tcp", "127.0.0.1:0", o)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	silent, err := net.Dial("tcp", r.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	silent.SetReadDeadline(time.Now().Add(3 * time.Second))
	buf := make([]byte, 256)
	for {
		_, err := silent.Read(buf)
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("server did not close the silent conn: %v", err)
		}
	}
}

// TestHugeFrameRefused: a frame header announcing 1 TiB drops that
// connection without allocating; the socket keeps serving.
func TestHugeFrameRefused(t *testing.T) {
	r, err := ListenRouter("tcp", "127.0.0.1:0", quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	bad, err := Dial("tcp", r.Addr(), Dealer, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	hdr := make([]byte, 9)
	hdr[0] = 0x02 // long frame
	binary.BigEndian.PutUint64(hdr[1:], 1<<40)
	if _, err := bad.Raw().Write(hdr); err != nil {
		t.Fatal(err)
	}
	bad.Raw().SetReadDeadline(time.Now().Add(3 * time.Second))
	if _, err := bad.Raw().Read(make([]byte, 1)); err != io.EOF {
		t.Fatalf("connection not closed after a 1 TiB header: %v", err)
	}
	good, err := Dial("tcp", r.Addr(), Dealer, []byte("good"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer good.Close()
	good.Send([][]byte{[]byte("still alive")})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	m, err := r.Recv(ctx)
	if err != nil || string(m[1]) != "still alive" {
		t.Fatalf("got %q, %v", m, err)
	}
}

// TestBadReadyMetadata: a READY command with a truncated property must not
// panic the process.
func TestBadReadyMetadata(t *testing.T) {
	md := map[string]string{}
	for _, b := range [][]byte{{5, 'a'}, {1, 'a', 0, 0, 0, 9, 'x'}, {200}} {
		if err := parseMetadata(b, md); err == nil {
			t.Errorf("parseMetadata(%q) accepted", b)
		}
	}
	if err := parseMetadata([]byte("\x0bSocket-Type\x00\x00\x00\x06DEALER"), md); err != nil || md["Socket-Type"] != "DEALER" {
		t.Fatalf("good metadata: %v %v", err, md)
	}
}

// TestStalledSubscriberDropped: a subscriber that never reads is dropped
// while a reading one gets every one of a 50,000-message burst.
func TestStalledSubscriberDropped(t *testing.T) {
	o := quiet()
	o.StallTimeout = 500 * time.Millisecond
	o.QueueLen = 1024
	pub, err := ListenPublisher("tcp", "127.0.0.1:0", o)
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close(time.Second)
	stuck, err := Dial("tcp", pub.Addr(), Sub, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	reader, err := Dial("tcp", pub.Addr(), Sub, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	waitFor(t, func() bool { return pub.Subscribers() == 2 })

	const n = 50000
	got := make(chan int, 1)
	go func() {
		count := 0
		for {
			m, err := reader.Recv()
			if err != nil {
				got <- -count
				return
			}
			if string(m[0]) == "end" {
				got <- count
				return
			}
			count++
		}
	}()
	payload := bytes.Repeat([]byte("x"), 200)
	for i := 0; i < n; i++ {
		pub.Publish([][]byte{[]byte("topic"), payload})
	}
	pub.Publish([][]byte{[]byte("end")})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := pub.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-got:
		if c != n {
			t.Fatalf("reader got %d of %d messages", c, n)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("reader did not finish")
	}
	if s := pub.Subscribers(); s != 1 {
		t.Fatalf("stalled subscriber not dropped: %d subscribers", s)
	}
}

// TestRouterStalledPeer: a DEALER that never reads replies does not block
// replies to another peer.
func TestRouterStalledPeer(t *testing.T) {
	o := quiet()
	o.QueueLen = 64
	o.StallTimeout = 300 * time.Millisecond
	r, err := ListenRouter("tcp", "127.0.0.1:0", o)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	stuck, err := Dial("tcp", r.Addr(), Dealer, []byte("stuck"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	live, err := Dial("tcp", r.Addr(), Dealer, []byte("live"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	stuck.Send([][]byte{[]byte("hi")})
	live.Send([][]byte{[]byte("hi")})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	for i := 0; i < 2; i++ {
		if _, err := r.Recv(ctx); err != nil {
			t.Fatal(err)
		}
	}
	big := bytes.Repeat([]byte("y"), 64<<10)
	start := time.Now()
	for i := 0; i < 2000; i++ {
		r.Send([][]byte{[]byte("stuck"), big})
	}
	if err := r.Send([][]byte{[]byte("live"), []byte("for you")}); err != nil {
		t.Fatal(err)
	}
	live.SetReadDeadline(time.Now().Add(3 * time.Second))
	m, err := live.Recv()
	if err != nil || string(m[0]) != "for you" {
		t.Fatalf("live peer: %q %v", m, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("reply to live peer took %v", d)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
