// This file tests ZMTP frame encoding and command handling.

package zmtp

import (
	"bufio"
	"bytes"
	"slices"
	"testing"
	"time"
)

func TestFrameRoundTrip(t *testing.T) {
	msg := [][]byte{[]byte("id"), {}, bytes.Repeat([]byte("z"), 300), []byte("last")}
	buf := encodeMsg(msg)
	// short frame: flag, size; long frame: flag|LONG, 8-byte size
	if buf[0] != flagMore || buf[1] != 2 || buf[6] != flagMore|flagLong {
		t.Fatalf("headers % x", buf[:16])
	}
	buf = append(buf, encodeCommand("PING", []byte{0, 10, 'c', 'x'})...)
	r := bufio.NewReader(bytes.NewReader(buf))
	got, cmd, err := readMsg(r, 1<<20)
	if err != nil || cmd != "" || !slices.EqualFunc(got, msg, bytes.Equal) {
		t.Fatalf("got %q %q %v", got, cmd, err)
	}
	got, cmd, err = readMsg(r, 1<<20)
	if err != nil || cmd != "PING" || string(got[0]) != "\x00\x0acx" {
		t.Fatalf("command %q %q %v", got, cmd, err)
	}
	if p := pongFor(got[0]); !bytes.Equal(p, []byte{flagCommand, 7, 4, 'P', 'O', 'N', 'G', 'c', 'x'}) {
		t.Fatalf("pong % x", p)
	}
	if _, _, err := readMsg(bufio.NewReader(bytes.NewReader([]byte{flagCommand, 1, 9})), 1<<20); err != errBadCommand {
		t.Fatalf("bad command: %v", err)
	}
}

// TestServerAnswersPing: a ZMTP PING on a ROUTER connection gets a PONG.
func TestServerAnswersPing(t *testing.T) {
	r, err := ListenRouter("tcp", "127.0.0.1:0", quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close(time.Second)
	c, err := Dial("tcp", r.Addr(), Dealer, nil, quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.write(encodeCommand("PING", []byte{0, 1, 'k'})); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	_, cmd, err := readMsg(c.br, 1<<20)
	if err != nil || cmd != "PONG" {
		t.Fatalf("got %q %v", cmd, err)
	}
}
