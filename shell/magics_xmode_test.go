package shell

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"adder/display"
)

// TestXmodeMagic runs the %xmode calls recorded from ipykernel
// (display/testdata/xmode/cycle.json) and compares what they print.
func TestXmodeMagic(t *testing.T) {
	defer display.SetTracebackMode(display.CurrentTracebackMode())
	display.SetTracebackMode(display.ModeContext)
	data, err := os.ReadFile("../display/testdata/xmode/cycle.json")
	if err != nil {
		t.Fatal(err)
	}
	var steps []struct {
		Arg    string `json:"arg"`
		Stdout string `json:"stdout"`
		Stderr string `json:"stderr"`
	}
	if err := json.Unmarshal(data, &steps); err != nil {
		t.Fatal(err)
	}
	f := newSession(t)
	for _, s := range steps {
		got, _ := f.run(t, strings.TrimSpace("%xmode "+s.Arg))
		want := s.Stdout
		if s.Stderr != "" {
			// IPython's warning names its own source file and line; adder
			// prints the warning's text.
			i := strings.Index(s.Stderr, "UserWarning: ")
			j := strings.Index(s.Stderr, "\n  warn(")
			want = s.Stderr[i:j] + "\n"
		}
		if got != want {
			t.Errorf("%%xmode %s: %q, want %q", s.Arg, got, want)
		}
	}
	if m := display.CurrentTracebackMode(); m != display.ModeContext {
		t.Errorf("mode after the calls: %v", m)
	}
}

// TestInteractiveTB drives the mode through get_ipython().InteractiveTB.
func TestInteractiveTB(t *testing.T) {
	defer display.SetTracebackMode(display.CurrentTracebackMode())
	display.SetTracebackMode(display.ModeContext)
	f := newSession(t)
	if err := f.s.Do(func() error { return installInteractiveTB(f.sh.ipython) }); err != nil {
		t.Fatal(err)
	}
	got, _ := f.run(t, `tb = get_ipython().InteractiveTB
tb.set_mode(mode='Minimal')
print(tb.mode)
tb.set_mode()
print(tb.mode, tb.valid_modes)
tb.verbose()
print(tb.mode)
try:
    tb.set_mode('plain')
except ValueError as e:
    print(e)
print(tb.mode)`)
	want := "Minimal\nPlain ['Plain', 'Context', 'Verbose', 'Minimal']\nVerbose\n" +
		"Unrecognized mode in FormattedTB: <plain>\nValid modes: ['Plain', 'Context', 'Verbose', 'Minimal']\nVerbose\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if m := display.CurrentTracebackMode(); m != display.ModeVerbose {
		t.Errorf("mode %v, want Verbose", m)
	}
}
