package history

// This file checks that a new session's number comes from the tail of a
// long history file: after many records, and with the last session
// record far from the end.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSessionNumberFromLongFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	var b strings.Builder
	for s := 1; s <= 40; s++ {
		fmt.Fprintf(&b, `{"t":"session","s":%d}`+"\n", s)
		for n := 1; n <= 50; n++ {
			fmt.Fprintf(&b, `{"t":"in","s":%d,"n":%d,"src":"x = %d"}`+"\n", s, n, n)
		}
	}
	// A long last session: its session record is more than one window
	// from the end. An older kernel still writing lands after it.
	for n := 1; n <= 20000; n++ {
		fmt.Fprintf(&b, `{"t":"in","s":40,"n":%d,"src":"y = %d"}`+"\n", n, n)
	}
	b.WriteString(`{"t":"in","s":39,"n":51,"src":"late"}` + "\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Session() != 41 {
		t.Errorf("session %d, want 41", s.Session())
	}
	s2, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Session() != 42 {
		t.Errorf("second session %d, want 42", s2.Session())
	}
}
