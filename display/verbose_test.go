package display

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"adder/interp"
	"adder/interp/py"
)

// TestTextRepr compares textRepr with pydoc.text.repr (testdata/
// textrepr.json, from CPython 3.12) for the same values.
func TestTextRepr(t *testing.T) {
	data, err := os.ReadFile("testdata/textrepr.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Expr, Repr string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &out})
	for _, c := range cases {
		v, err := s.Eval(c.Expr)
		if err != nil {
			t.Errorf("%s: %v", c.Expr, err)
			continue
		}
		var got string
		s.Do(func() error {
			got = textRepr(v, 6)
			return nil
		})
		if got != c.Repr {
			t.Errorf("%s: %q, want %q", c.Expr, got, c.Repr)
		}
	}
	if len(cases) < 20 {
		t.Errorf("only %d cases", len(cases))
	}
}

// TestVerboseRunsNoUserCode checks that gathering Verbose's values calls
// no property, __getattribute__ or user function, and shows what it can.
func TestVerboseRunsNoUserCode(t *testing.T) {
	defer SetTracebackMode(CurrentTracebackMode())
	SetTracebackMode(ModeVerbose)
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &out})
	_, err := s.ExecCell(`class Spy:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
class Prop:
    @property
    def p(self):
        print('property')
        return 1
def f(x):
    print('call')
    return x
spy, prop, n = Spy(), Prop(), 2
spy.a + prop.p + f(n) + len([n]) + missing`)
	if err == nil {
		t.Fatal("no error")
	}
	out.Reset()
	var d *Exception
	s.Do(func() error {
		d = FromPy(py.AsException(err), CellSource(s.Source))
		return nil
	})
	if out.Len() != 0 {
		t.Errorf("user code ran: %q", out.String())
	}
	got := d.Frames[0].Vars // the cell; the last frame is Spy.__getattribute__
	var names []string
	for _, v := range got {
		names = append(names, v[0]+"="+v[1])
	}
	want := "n=2 len([n])=1 [n]=[2]"
	if g := strings.Join(names, " "); !strings.Contains(g, want) || strings.Contains(g, "spy.a") || strings.Contains(g, "prop.p") || strings.Contains(g, "f(n)") {
		t.Errorf("vars %q, want %q and no spy.a, prop.p, f(n)", g, want)
	}
}
