// This file profiles one program when ADDER_PROFILE names it (skipped
// otherwise): ADDER_PROFILE=prog.py go test -run TestProfileProgram ./interp/
// writes /tmp/adder-cpu.prof for go tool pprof.

package interp

import (
	"io"
	"os"
	"runtime/pprof"
	"testing"
)

func TestProfileProgram(t *testing.T) {
	path := os.Getenv("ADDER_PROFILE")
	if path == "" {
		t.Skip("set ADDER_PROFILE=program.py to profile")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create("/tmp/adder-cpu.prof")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{Stdout: io.Discard})
	err = s.ExecFile(path, string(src))
	pprof.StopCPUProfile()
	if err != nil {
		t.Fatal(err)
	}
}
