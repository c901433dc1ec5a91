// This file fuzzes the frame guard and reader: no byte stream may panic,
// and a valid stream of small frames is never refused.

package zmtp

import (
	"bufio"
	"bytes"
	"testing"
)

func FuzzGuardAndRead(f *testing.F) {
	f.Add(encodeMsg([][]byte{[]byte("a"), bytes.Repeat([]byte("b"), 300)}))
	f.Add([]byte{2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Add(encodeCommand("PING", []byte{0, 1}))
	f.Fuzz(func(t *testing.T, stream []byte) {
		g := &guardConn{maxFrame: 1 << 16, maxMessage: 1 << 17}
		g.scan(stream) // must not panic
		if len(stream) < 1<<15 {
			r := bufio.NewReader(bytes.NewReader(stream))
			for i := 0; i < 100; i++ {
				if _, _, err := readMsg(r, 1<<16); err != nil {
					break
				}
			}
		}
	})
}

func TestGuardAcceptsValidStream(t *testing.T) {
	var stream []byte
	for i := 0; i < 50; i++ {
		stream = append(stream, encodeMsg([][]byte{bytes.Repeat([]byte{'x'}, i*37), {}, []byte("end")})...)
	}
	g := &guardConn{maxFrame: 1 << 16, maxMessage: 1 << 17}
	// Feed it in odd-sized pieces, as reads would arrive.
	for len(stream) > 0 {
		n := min(len(stream), 13)
		if err := g.scan(stream[:n]); err != nil {
			t.Fatal(err)
		}
		stream = stream[n:]
	}
	if g.state != stFlags || g.msgTotal != 0 {
		t.Fatalf("guard out of step: state %d total %d", g.state, g.msgTotal)
	}
	big := &guardConn{maxFrame: 100, maxMessage: 150}
	if err := big.scan(encodeMsg([][]byte{make([]byte, 101)})); err == nil {
		t.Fatal("oversized frame accepted")
	}
	multi := &guardConn{maxFrame: 100, maxMessage: 150}
	if err := multi.scan(encodeMsg([][]byte{make([]byte, 90), make([]byte, 90)})); err == nil {
		t.Fatal("oversized message accepted")
	}
}
