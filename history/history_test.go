// This file tests sessions, persistence, the three query kinds and two
// concurrent writers.

package history

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"adder/install"
)

func inputs(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%d/%d:%s", e.Session, e.Line, e.Input))
	}
	return out
}

func mustOpen(t *testing.T, path string) *Store {
	t.Helper()
	s, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenUsesJupyterDataDir(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(install.Env{Home: "/nonexistent", JupyterData: dir})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "adder", FileName); s.Path() != want {
		t.Errorf("path %q, want %q", s.Path(), want)
	}
}

func TestSessionsPersist(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h", FileName)
	a := mustOpen(t, path)
	if a.Session() != 1 {
		t.Fatalf("first session %d", a.Session())
	}
	a.StoreInput(1, "x = 1")
	a.StoreInput(2, "x + 1")
	a.StoreOutput(2, "2")
	b := mustOpen(t, path)
	if b.Session() != 2 {
		t.Fatalf("second session %d", b.Session())
	}
	b.StoreInput(1, "print(x)")

	got, _ := b.Tail(10)
	if want := []string{"1/1:x = 1", "1/2:x + 1", "2/1:print(x)"}; !reflect.DeepEqual(inputs(got), want) {
		t.Errorf("tail = %v, want %v", inputs(got), want)
	}
	got, _ = b.Tail(2)
	if want := []string{"1/2:x + 1", "2/1:print(x)"}; !reflect.DeepEqual(inputs(got), want) {
		t.Errorf("tail 2 = %v, want %v", inputs(got), want)
	}
	// The previous session, relative and absolute, with outputs.
	for _, sess := range []int{-1, 1} {
		got, _ = b.Range(sess, 1, 0)
		if want := []string{"1/1:x = 1", "1/2:x + 1"}; !reflect.DeepEqual(inputs(got), want) {
			t.Errorf("range(%d) = %v, want %v", sess, inputs(got), want)
		}
	}
	got, _ = b.Range(1, 2, 3)
	if len(got) != 1 || !reflect.DeepEqual(got[0].Reply(true), []any{1, 2, []any{"x + 1", "2"}}) {
		t.Errorf("range 1 [2,3) with output = %v", got)
	}
	if r := got[0].Reply(false); !reflect.DeepEqual(r, []any{1, 2, "x + 1"}) {
		t.Errorf("reply without output = %v", r)
	}
	// The current session (0) comes from memory, labelled with its real
	// number (IPython says 0, which a client cannot ask for again).
	got, _ = b.Range(0, 1, 0)
	if want := []string{"2/1:print(x)"}; !reflect.DeepEqual(inputs(got), want) {
		t.Errorf("range(0) = %v, want %v", inputs(got), want)
	}
	got, _ = a.Range(0, -1, 0)
	if want := []string{"1/2:x + 1"}; !reflect.DeepEqual(inputs(got), want) {
		t.Errorf("range(0, -1) = %v, want %v", inputs(got), want)
	}
	if r := got[0].Reply(true); !reflect.DeepEqual(r, []any{1, 2, []any{"x + 1", "2"}}) {
		t.Errorf("current session reply = %v", r)
	}
}

func TestSearch(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	a := mustOpen(t, path)
	for i, src := range []string{"import os", "os.getcwd()", "x = 1", "import os", "print('[a]')"} {
		a.StoreInput(i+1, src)
	}
	cases := []struct {
		pattern string
		n       int
		unique  bool
		want    []string
	}{
		{"import*", 0, false, []string{"1/1:import os", "1/4:import os"}},
		{"import*", 0, true, []string{"1/4:import os"}},
		{"*os*", 2, false, []string{"1/2:os.getcwd()", "1/4:import os"}},
		{"?", 0, false, nil},
		{"", 1, false, []string{"1/5:print('[a]')"}},
		{"x = [0-9]", 0, false, []string{"1/3:x = 1"}},
		{"*[^a-z ]*", 0, false, []string{"1/2:os.getcwd()", "1/3:x = 1", "1/5:print('[a]')"}},
		{"IMPORT*", 0, false, nil},
	}
	for _, c := range cases {
		got, err := a.Search(c.pattern, c.n, c.unique)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(inputs(got), c.want) {
			t.Errorf("search(%q, %d, %v) = %v, want %v", c.pattern, c.n, c.unique, inputs(got), c.want)
		}
	}
}

// TestConcurrentWriters runs two sessions appending large inputs at once:
// no record may be lost or torn, and the sessions get distinct numbers.
func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	const perWriter = 200
	big := strings.Repeat("y", 20000) // well past PIPE_BUF
	var wg sync.WaitGroup
	stores := make([]*Store, 2)
	for w := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := OpenFile(path)
			if err != nil {
				t.Error(err)
				return
			}
			stores[w] = s
			for i := 1; i <= perWriter; i++ {
				if err := s.StoreInput(i, fmt.Sprintf("%d %s", i, big)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	if stores[0].Session() == stores[1].Session() {
		t.Fatalf("both writers got session %d", stores[0].Session())
	}
	all, err := stores[0].Search("*", 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2*perWriter {
		t.Fatalf("read %d entries, want %d", len(all), 2*perWriter)
	}
	for _, e := range all {
		if e.Input != fmt.Sprintf("%d %s", e.Line, big) {
			t.Fatalf("entry %d/%d damaged", e.Session, e.Line)
		}
	}
}
