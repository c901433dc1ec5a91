// This file benchmarks the protocol path with the fake session, in process:
//
//	go test -run XXX -bench . ./kernel/
//
// For whole kernels (adder or ipykernel, start-up included) use
// cmd/adder-bench.

package kernel

import (
	"strings"
	"testing"

	"adder/messaging"
)

func BenchmarkExecuteRoundTrip(b *testing.B) {
	h := start(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := h.c.Execute(h.ctx, messaging.ExecuteRequestContent{Code: "print x"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHundredThousandLines(b *testing.B) {
	h := start(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, msgs, err := h.c.Execute(h.ctx, messaging.ExecuteRequestContent{Code: "lines 100000"})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, m := range msgs {
			var s messaging.StreamContent
			if m.Header.MsgType == messaging.Stream && m.DecodeContent(&s) == nil {
				n += strings.Count(s.Text, "\n")
			}
		}
		if n != 100000 {
			b.Fatalf("%d lines", n)
		}
	}
}
