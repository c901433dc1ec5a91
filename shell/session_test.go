// This file runs transformed cells through a real interp.Session: magics'
// output formats, get_ipython, UsageError, shell escapes, the pager payload
// and inspection of cell-defined functions.

package shell

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"adder/interp"
	"adder/interp/py"
)

type sessionFixture struct {
	s     *interp.Session
	sh    *Shell
	out   *bytes.Buffer
	pages []map[string]any
	disp  []map[string]any
	next  []string
}

func newSession(t *testing.T) *sessionFixture {
	t.Helper()
	f := &sessionFixture{out: &bytes.Buffer{}}
	f.s = interp.NewSession(interp.Options{Stdout: f.out, Stderr: f.out})
	var sh *Shell
	err := f.s.Do(func() (err error) {
		sh, err = New(f.s)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sh.Page = func(p map[string]any) { f.pages = append(f.pages, p) }
	sh.Display = func(d map[string]any) { f.disp = append(f.disp, d) }
	sh.SetNextInput = func(s string) { f.next = append(f.next, s) }
	f.sh = sh
	return f
}

// run executes an IPython cell and returns what it printed; a UsageError
// comes back as its stderr text.
func (f *sessionFixture) run(t *testing.T, cell string) (string, py.Value) {
	t.Helper()
	f.out.Reset()
	v, err := f.s.ExecCell(TransformCell(cell))
	if err != nil {
		if msg, ok := IsUsageError(err); ok {
			return f.out.String() + msg, py.Value{}
		}
		t.Fatalf("cell %q: %v", cell, err)
	}
	return f.out.String(), v
}

func TestMagicsTimeFormats(t *testing.T) {
	f := newSession(t)
	f.run(t, "def f(a, b=2):\n    'Doc of f.'\n    return a + b\n")
	out, v := f.run(t, "%time f(1)")
	if !regexp.MustCompile(`^CPU times: user [0-9.]+ (ns|µs|ms|s), sys: [0-9.]+ (ns|µs|ms|s), total: [0-9.]+ (ns|µs|ms|s)\nWall time: [0-9.]+ (ns|µs|ms|s)\n$`).MatchString(out) {
		t.Errorf("%%time output %q", out)
	}
	if n, _ := py.IndexInt64(v); n != 3 {
		t.Errorf("%%time value %v, want 3", v)
	}
	out, _ = f.run(t, "%timeit -n 10 -r 3 f(1)")
	// On a busy machine IPython's variance warning may come first.
	if !regexp.MustCompile(`^(The slowest run took [0-9.]+ times longer than the fastest\. This could mean that an intermediate result is being cached\.\n)?[0-9.]+ (ns|µs|ms) ± [0-9.]+ (ns|µs|ms) per loop \(mean ± std\. dev\. of 3 runs, 10 loops each\)\n$`).MatchString(out) {
		t.Errorf("%%timeit output %q", out)
	}
	out, _ = f.run(t, "%%timeit -n 1 -r 1 y = 2\nf(y)")
	if !strings.HasSuffix(out, "per loop (mean ± std. dev. of 1 run, 1 loop each)\n") {
		t.Errorf("%%%%timeit output %q", out)
	}
	out, _ = f.run(t, "r = %timeit -o -q -n 5 -r 2 f(2)\nprint(r.loops, r.repeat, len(r.all_runs))")
	if out != "5 2 2\n" {
		t.Errorf("%%timeit -o gave %q", out)
	}
	out, _ = f.run(t, "%%time\nz = 4\nz * 2")
	if !strings.HasPrefix(out, "CPU times: ") {
		t.Errorf("%%%%time output %q", out)
	}
}

func TestMagicsNamespace(t *testing.T) {
	f := newSession(t)
	f.run(t, "x = 5\nname = 'adder'\nitems = [1, 2, 3]\n")
	if out, _ := f.run(t, "%who"); out != "items\t name\t x\t \n" {
		t.Errorf("%%who = %q", out)
	}
	if out, _ := f.run(t, "%who int"); out != "x\t \n" {
		t.Errorf("%%who int = %q", out)
	}
	want := "Variable   Type    Data/Info\n" +
		"----------------------------\n" +
		"items      list    n=3\n" +
		"name       str     adder\n" +
		"x          int     5\n"
	if out, _ := f.run(t, "%whos"); out != want {
		t.Errorf("%%whos =\n%s\nwant\n%s", out, want)
	}
	f.run(t, "%reset -f")
	if out, _ := f.run(t, "%who"); out != "Interactive namespace is empty.\n" {
		t.Errorf("after reset %%who = %q", out)
	}
	if _, ok := f.sh.Globals.GetStr("get_ipython"); ok {
		t.Log("get_ipython lives in builtins, not globals")
	}
	if out, _ := f.run(t, "get_ipython().run_line_magic('who', '')"); out != "Interactive namespace is empty.\n" {
		t.Errorf("explicit call = %q", out)
	}
}

func TestMagicsEnvCwdFiles(t *testing.T) {
	f := newSession(t)
	dir := t.TempDir()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if out, _ := f.run(t, "%cd "+dir); strings.TrimSpace(out) != dir {
		t.Errorf("%%cd printed %q", out)
	}
	if _, v := f.run(t, "%pwd"); mustStr(v) != dir {
		t.Errorf("%%pwd = %v", v)
	}
	if out, _ := f.run(t, "%%writefile prog.py\nimport sys\nresult = 6 * 7\nprint('ran', result)\n"); out != "Writing prog.py\n" {
		t.Errorf("writefile printed %q", out)
	}
	if out, _ := f.run(t, "%%writefile prog.py\nresult = 6 * 7\nprint('ran', result)\n"); out != "Overwriting prog.py\n" {
		t.Errorf("second writefile printed %q", out)
	}
	if out, _ := f.run(t, "%run prog.py\nprint(result)"); out != "ran 42\n42\n" {
		t.Errorf("%%run printed %q", out)
	}
	f.run(t, "%load prog.py")
	if len(f.next) != 1 || f.next[0] != "# %load prog.py\nresult = 6 * 7\nprint('ran', result)\n" {
		t.Errorf("%%load next input %q", f.next)
	}
	if out, _ := f.run(t, "%env ADDER_TEST_VAR=hello"); out != "env: ADDER_TEST_VAR=hello\n" {
		t.Errorf("%%env set printed %q", out)
	}
	if _, v := f.run(t, "%env ADDER_TEST_VAR"); mustStr(v) != "hello" {
		t.Errorf("%%env get = %v", v)
	}
	os.Unsetenv("ADDER_TEST_VAR")
	if _, err := os.Stat(filepath.Join(dir, "prog.py")); err != nil {
		t.Error(err)
	}
}

func mustStr(v py.Value) string {
	s, _ := py.AsStr(v)
	return s
}

func TestShellEscapes(t *testing.T) {
	f := newSession(t)
	f.run(t, "x = 5")
	// The command runs on a terminal, as under IPython: "\n" arrives as "\r\n".
	if out, _ := f.run(t, "!echo $x {x+1} '$$x'"); out != "5 6 $x\r\n" {
		t.Errorf("!echo printed %q", out)
	}
	if out, _ := f.run(t, "lines = !printf 'a\\nb\\n'\nprint(lines)"); out != "['a', 'b']\n" {
		t.Errorf("getoutput gave %q", out)
	}
	if out, _ := f.run(t, "!exit 3\nprint(_exit_code)"); out != "3\n" {
		t.Errorf("exit code %q", out)
	}
}

func TestUsageErrors(t *testing.T) {
	f := newSession(t)
	for cell, want := range map[string]string{
		"%foo":         "UsageError: Line magic function `%foo` not found.\n",
		"%%foo\nbody":  "UsageError: Cell magic `%%foo` not found.\n",
		"%writefile x": "UsageError: Line magic function `%writefile` not found (But cell magic `%%writefile` exists, did you mean that instead?).\n",
		"%timeit -z 1": "UsageError: option -z not recognized\n",
	} {
		if out, _ := f.run(t, cell); out != want {
			t.Errorf("%q printed %q, want %q", cell, out, want)
		}
	}
}

func TestHelpAndDisplay(t *testing.T) {
	f := newSession(t)
	f.run(t, "def g(a, *, k=1):\n    return a\n")
	f.run(t, "g?")
	if len(f.pages) != 1 {
		t.Fatalf("pages %v", f.pages)
	}
	p := f.pages[0]
	text := p["data"].(map[string]any)["text/plain"].(string)
	if p["source"] != "page" || p["start"] != 0 || !strings.Contains(text, "Signature:") || !strings.Contains(text, "k\x1b[0m\x1b[0;34m=\x1b[0m\x1b[0;36m1") || !strings.Contains(text, "<no docstring>") {
		t.Errorf("page payload %q", p)
	}
	f.run(t, "g??")
	if text := f.pages[1]["data"].(map[string]any)["text/plain"].(string); !strings.Contains(text, "Source:") || !strings.Contains(text, "return") {
		t.Errorf("g?? payload %q", text)
	}
	if out, _ := f.run(t, "nosuch?"); out != "Object `nosuch` not found.\n" {
		t.Errorf("nosuch? printed %q", out)
	}
	f.run(t, "%%html\n<b>hi</b>\n")
	if len(f.disp) != 1 || f.disp[0]["text/html"] != "<b>hi</b>\n" || f.disp[0]["text/plain"] != "<IPython.core.display.HTML object>" {
		t.Errorf("html display %v", f.disp)
	}
	f.run(t, "%%markdown\n# T\n")
	f.run(t, "%%latex\n$x$\n")
	if len(f.disp) != 3 || f.disp[1]["text/markdown"] != "# T\n" || f.disp[2]["text/latex"] != "$x$\n" {
		t.Errorf("markdown/latex display %v", f.disp)
	}
	if out, _ := f.run(t, "%lsmagic"); !strings.Contains(out, "%timeit") || !strings.Contains(out, "%%writefile") {
		t.Errorf("lsmagic %q", out)
	}
	// Inspect through the API: a cell function, with source at detail 1.
	r := f.sh.Inspect("g(1, ", 5, 1)
	if !r.Found || !strings.Contains(r.Data["text/plain"].(string), "\x1b[0;32mreturn\x1b[0m") {
		t.Errorf("inspect g detail 1: %v", r)
	}
	if r := f.sh.Inspect("", 0, 0); r.Found {
		t.Errorf("empty code found %v", r)
	}
	if r := f.sh.Inspect("nosuch", 3, 0); r.Found {
		t.Errorf("unknown name found %v", r)
	}
}

func TestInspectClasses(t *testing.T) {
	f := newSession(t)
	f.run(t, "class A:\n    'A class.'\n    def __init__(self, a, b=2):\n        pass\nclass B(A):\n    pass\nclass C:\n    pass\n")
	cases := map[string]string{
		"A":   "\x1b[0;31mInit signature:\x1b[0m \x1b[0mA\x1b[0m\x1b[0;34m(\x1b[0m\x1b[0ma\x1b[0m\x1b[0;34m,\x1b[0m \x1b[0mb\x1b[0m\x1b[0;34m=\x1b[0m\x1b[0;36m2\x1b[0m\x1b[0;34m)\x1b[0m\x1b[0;34m\x1b[0m\x1b[0;34m\x1b[0m\x1b[0m\n",
		"C":   "\x1b[0;31mInit signature:\x1b[0m \x1b[0mC\x1b[0m\x1b[0;34m(\x1b[0m\x1b[0;34m)\x1b[0m\x1b[0;34m\x1b[0m\x1b[0;34m\x1b[0m\x1b[0m\n",
		"zip": "\x1b[0;31mInit signature:\x1b[0m \x1b[0mzip\x1b[0m\x1b[0;34m(\x1b[0m\x1b[0mself\x1b[0m\x1b[0;34m,\x1b[0m \x1b[0;34m/\x1b[0m\x1b[0;34m,\x1b[0m \x1b[0;34m*\x1b[0m\x1b[0margs\x1b[0m\x1b[0;34m,\x1b[0m \x1b[0;34m**\x1b[0m\x1b[0mkwargs\x1b[0m\x1b[0;34m)\x1b[0m\x1b[0;34m\x1b[0m\x1b[0;34m\x1b[0m\x1b[0m\n",
	}
	for name, first := range cases {
		r := f.sh.Inspect(name, len(name), 0)
		text, _ := r.Data["text/plain"].(string)
		if !strings.HasPrefix(text, first) {
			t.Errorf("%s? starts\n %q\nwant\n %q", name, text, first)
		}
		if !strings.Contains(text, "\x1b[0;31mType:\x1b[0m           type\n") {
			t.Errorf("%s? has no Type line: %q", name, text)
		}
	}
	if text := f.sh.Inspect("A", 1, 0).Data["text/plain"].(string); !strings.Contains(text, "Docstring:\x1b[0m      A class.\n") {
		t.Errorf("A? docstring: %q", text)
	}
}

func TestHelp(t *testing.T) {
	f := newSession(t)
	f.run(t, "def f(x, y=1):\n    'Add things.'\n    return x\nclass A:\n    'A class.'\n    def m(self, a):\n        'Method m.'\n")
	out, _ := f.run(t, "help(f)")
	if want := "Help on function f in module __main__:\n\nf(x, y=1)\n    Add things.\n\n"; out != want {
		t.Errorf("help(f) = %q, want %q", out, want)
	}
	out, _ = f.run(t, "help(len)")
	if !strings.HasPrefix(out, "Help on built-in function len in module builtins:\n\nlen(obj, /)\n    ") {
		t.Errorf("help(len) = %q", out)
	}
	out, _ = f.run(t, "help(A)")
	want := "Help on class A in module __main__:\n\nclass A(builtins.object)\n |  A class.\n |\n |  Methods defined here:\n |\n |  m(self, a)\n |      Method m.\n |\n" +
		" |  ----------------------------------------------------------------------\n |  Data descriptors defined here:\n |\n |  __dict__\n |      dictionary for instance variables\n |\n |  __weakref__\n |      list of weak references to the object\n\n"
	if out != want {
		t.Errorf("help(A) =\n%q\nwant\n%q", out, want)
	}
}

func TestSignatures(t *testing.T) {
	f := newSession(t)
	f.run(t, "def g(a, b=1, /, c=2, *args, d, e='x', **kw): pass\ndef h(p: int, q: str = 'a') -> bool: pass\nclass K:\n    def m(self, z, *, w=0): pass\nk = K()\n")
	cases := map[string]string{"g": "(a, b=1, /, c=2, *args, d, e='x', **kw)", "h": "(p: int, q: str = 'a') -> bool", "k.m": "(z, *, w=0)"}
	for name, want := range cases {
		v, ok := f.sh.evalDotted(name)
		if !ok {
			t.Fatalf("%s not found", name)
		}
		if got := signatureOf(v); got != want {
			t.Errorf("signature of %s = %q, want %q", name, got, want)
		}
	}
	r := f.sh.Complete("k.", 2)
	types := r.Metadata["_jupyter_types_experimental"].([]any)
	if len(r.Matches) != 1 || r.Matches[0] != "m" || types[0].(map[string]any)["signature"] != "(z, *, w=0)" {
		t.Errorf("k. -> %v %v", r.Matches, types)
	}
}
