// This file checks Shell.Transform's automagic against IPython 8.5's
// transform_cell (testdata/automagic.json, from scripts/gen_shell_goldens.py)
// and runs the aliases, script and environment magics in a real session.

package shell

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"adder/interp/py"
)

func TestAutomagicGoldens(t *testing.T) {
	var g struct {
		Names []string
		Cases []struct{ Code, Python string }
	}
	loadJSON(t, "automagic.json", &g)
	if len(g.Cases) < 30 {
		t.Fatalf("only %d cases", len(g.Cases))
	}
	sh := &Shell{Globals: py.NewDict()}
	sh.initAliases()
	for _, n := range g.Names {
		sh.Globals.SetStr(n, py.None)
	}
	for _, c := range g.Cases {
		if got := sh.Transform(c.Code); got != c.Python {
			t.Errorf("Transform(%q)\n got  %q\n want %q", c.Code, got, c.Python)
		}
	}
	sh.automagicOff = true
	if got := sh.Transform("pwd"); got != "pwd\n" {
		t.Errorf("with automagic off, Transform(pwd) = %q", got)
	}
}

// runMagicCell runs a cell through Shell.Transform, as the kernel does.
func (f *sessionFixture) runMagicCell(t *testing.T, cell string) (string, error) {
	t.Helper()
	out, _, err := f.runMagicValue(t, cell)
	return out, err
}

func (f *sessionFixture) runMagicValue(t *testing.T, cell string) (string, py.Value, error) {
	t.Helper()
	f.out.Reset()
	v, err := f.s.ExecCell(f.sh.Transform(cell))
	return f.out.String(), v, err
}

func TestAliasesAndAutomagicRun(t *testing.T) {
	f := newSession(t)
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("alpha\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := f.runMagicCell(t, "cat a.txt")
	if err != nil || strings.ReplaceAll(out, "\r\n", "\n") != "alpha\n" {
		t.Errorf("cat alias: %q %v", out, err)
	}
	if out, err = f.runMagicCell(t, "mkdir sub"); err != nil {
		t.Fatalf("mkdir alias: %q %v", out, err)
	}
	if st, err := os.Stat(filepath.Join(dir, "sub")); err != nil || !st.IsDir() {
		t.Errorf("mkdir alias made nothing: %v", err)
	}
	_, v, err := f.runMagicValue(t, "pwd")
	if s, _ := py.AsStr(v); err != nil || s != dir {
		t.Errorf("automagic pwd = %v, %v; want %q", v, err, dir)
	}
	// An alias with %s takes one argument each; too few is a UsageError.
	f.run(t, "%alias show echo [%s] and %s")
	out, err = f.runMagicCell(t, "show a b c")
	if err != nil || strings.TrimSpace(out) != "[a] and b c" {
		t.Errorf("alias with %%s: %q %v", out, err)
	}
	_, err = f.runMagicCell(t, "show a")
	if msg, ok := IsUsageError(err); !ok || msg != "UsageError: Alias <show> requires 2 arguments, 1 given.\n" {
		t.Errorf("short alias call: %v", err)
	}
	// A variable of the same name shadows the alias.
	f.run(t, "cat = 'meow'")
	if got := f.sh.Transform("cat a.txt"); got != "cat a.txt\n" {
		t.Errorf("shadowed alias transformed to %q", got)
	}
	out, _ = f.run(t, "%unalias show")
	if out != "" || f.sh.isLineMagic("show") {
		t.Errorf("unalias: %q, still defined: %v", out, f.sh.isLineMagic("show"))
	}
	out, _ = f.run(t, "x = %sx echo one; echo two\nprint(x)")
	if out != "['one', 'two']\n" {
		t.Errorf("%%sx: %q", out)
	}
}

func TestScriptMagics(t *testing.T) {
	f := newSession(t)
	out, _ := f.run(t, "%%bash\necho out\necho err >&2\nfor i in 1 2; do echo $i; done\n")
	if out != "out\nerr\n1\n2\n" && out != "out\n1\n2\nerr\n" && out != "err\nout\n1\n2\n" {
		t.Errorf("%%%%bash output %q", out)
	}
	out, _ = f.run(t, "%%script --out o --err e sh\necho captured\necho problem >&2\n")
	if out != "" {
		t.Errorf("--out/--err still printed %q", out)
	}
	out, _ = f.run(t, "print(repr(o), repr(e))")
	if out != "'captured\\n' 'problem\\n'\n" {
		t.Errorf("captured %q", out)
	}
	f.out.Reset()
	_, err := f.s.ExecCell(TransformCell("%%sh\necho before\nexit 3\n"))
	e := py.AsException(err)
	if e == nil || e.Type().Name != "CalledProcessError" {
		t.Fatalf("exit 3: %v", err)
	}
	var text string
	f.s.Do(func() error { text, _ = py.StrString(e.Value()); return nil })
	if text != "Command 'b'echo before\\nexit 3\\n'' returned non-zero exit status 3." {
		t.Errorf("CalledProcessError text %q", text)
	}
	out, _ = f.run(t, "%%sh --no-raise-error\nexit 4\n")
	if out != "" {
		t.Errorf("--no-raise-error printed %q", out)
	}
	out, _ = f.run(t, "%%script no-such-program-adder\nx\n")
	if out != "Couldn't find program: 'no-such-program-adder'\n" {
		t.Errorf("missing program: %q", out)
	}
}

func TestEnvironmentMagics(t *testing.T) {
	f := newSession(t)
	out, _ := f.run(t, "%pip install requests")
	if !strings.HasPrefix(out, "UsageError: %pip is not available in adder") {
		t.Errorf("%%pip: %q", out)
	}
	f.out.Reset()
	_, err := f.s.ExecCell(TransformCell("%matplotlib inline"))
	if e := py.AsException(err); e == nil || e.Type().Name != "ModuleNotFoundError" {
		t.Errorf("%%matplotlib without matplotlib: %v", err)
	}
	f.run(t, "%config InlineBackend.figure_format = 'retina'")
	out, _ = f.run(t, "print(get_ipython().config['InlineBackend']['figure_format'])")
	if out != "retina\n" {
		t.Errorf("%%config stored %q", out)
	}
	dir := t.TempDir()
	ext := "loaded = []\ndef load_ipython_extension(ip):\n    loaded.append(ip is get_ipython())\ndef unload_ipython_extension(ip):\n    loaded.append('bye')\n"
	if err := os.WriteFile(filepath.Join(dir, "adder_test_ext.py"), []byte(ext), 0o644); err != nil {
		t.Fatal(err)
	}
	f.run(t, "import sys\nsys.path.insert(0, "+pyRepr(dir)+")")
	f.run(t, "%load_ext adder_test_ext")
	out, _ = f.run(t, "%load_ext adder_test_ext")
	if out != "The adder_test_ext extension is already loaded. To reload it, use:\n  %reload_ext adder_test_ext\n" {
		t.Errorf("second load_ext: %q", out)
	}
	f.run(t, "%unload_ext adder_test_ext")
	out, _ = f.run(t, "import adder_test_ext\nprint(adder_test_ext.loaded)")
	if out != "[True, 'bye']\n" {
		t.Errorf("extension hooks ran: %q", out)
	}
	out, _ = f.run(t, "%load_ext json")
	if out != "The json module is not an IPython extension.\n" {
		t.Errorf("load_ext of a plain module: %q", out)
	}
	f.run(t, "alpha = 1\nbeta = 'x'")
	_, v := f.run(t, "%who_ls")
	var r string
	f.s.Do(func() error { r, _ = py.ReprString(v); return nil })
	if !strings.Contains(r, "'alpha', 'beta'") {
		t.Errorf("%%who_ls = %s", r)
	}
	out, _ = f.run(t, "%automagic off")
	if out != "\nAutomagic is OFF, % prefix IS needed for line magics.\n" || f.sh.Automagic() {
		t.Errorf("%%automagic off: %q", out)
	}
}

func TestCaptureMagic(t *testing.T) {
	f := newSession(t)
	out, _ := f.run(t, "%%capture cap\nprint('hidden')\nimport sys\nprint('oops', file=sys.stderr)\nfrom IPython.display import display, HTML\ndisplay(HTML('<b>x</b>'))\n40 + 2\n")
	if out != "" || len(f.disp) != 0 {
		t.Errorf("%%%%capture let through %q and %d displays", out, len(f.disp))
	}
	out, _ = f.run(t, "print(repr(cap.stdout), repr(cap.stderr), len(cap.outputs))\nprint(cap.outputs[0].data['text/html'], cap.outputs[1].data['text/plain'])")
	if out != "'hidden\\n' 'oops\\n' 2\n<b>x</b> 42\n" {
		t.Errorf("captured: %q", out)
	}
	out, _ = f.run(t, "print(str(cap) == cap.stdout)")
	if out != "True\n" {
		t.Errorf("str(CapturedIO): %q", out)
	}
	out, _ = f.run(t, "%%capture --no-stdout\nprint('shown')\n")
	if out != "shown\n" {
		t.Errorf("--no-stdout: %q", out)
	}
	// An exception still propagates, with the streams restored.
	f.out.Reset()
	_, err := f.s.ExecCell(TransformCell("%%capture\nprint('gone')\n1/0\n"))
	if e := py.AsException(err); e == nil || e.Type().Name != "ZeroDivisionError" {
		t.Errorf("exception through %%%%capture: %v", err)
	}
	out, _ = f.run(t, "print('back')")
	if out != "back\n" {
		t.Errorf("stdout after a failed capture: %q", out)
	}
}

func TestHistoryGoldens(t *testing.T) {
	var g struct {
		Cells []string
		Cases []struct{ Args, Output string }
	}
	loadJSON(t, "history.json", &g)
	t.Chdir("/")
	f := newSession(t)
	f.run(t, "Out = {}")
	for i, cell := range g.Cells {
		n := i + 1
		f.sh.RecordInput(n, cell)
		f.sh.SetExecutionCount(n)
		_, v := f.run(t, cell)
		if v.IsValid() && !v.IsNone() {
			f.s.Do(func() error {
				out, _ := f.sh.Globals.GetStr("Out")
				return py.SetItem(out, py.Int(int64(n)), v)
			})
		}
	}
	if len(g.Cases) < 10 {
		t.Fatalf("only %d cases", len(g.Cases))
	}
	for _, c := range g.Cases {
		out, _ := f.run(t, "%history "+c.Args)
		if out != c.Output {
			t.Errorf("%%history %s\n got  %q\n want %q", c.Args, out, c.Output)
		}
	}
	file := filepath.Join(t.TempDir(), "h.py")
	f.run(t, "%history -f "+file+" 1-2")
	if data, err := os.ReadFile(file); err != nil || string(data) != "x = 1\n%pwd\n" {
		t.Errorf("%%history -f wrote %q, %v", data, err)
	}
}

func TestRunPassesArgvAndKeepsThreads(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	prog := "import sys, threading, time\nseen = list(sys.argv)\nstop = threading.Event()\nth = threading.Thread(target=stop.wait, daemon=True)\nth.start()\n"
	if err := os.WriteFile(filepath.Join(dir, "g.py"), []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	f := newSession(t)
	out, _ := f.run(t, "import sys\nbefore = list(sys.argv)\n%run g a 'b c'\nprint(seen, sys.argv == before, th.is_alive())\nstop.set()")
	if out != "['g.py', 'a', 'b c'] True True\n" {
		t.Errorf("%%run: %q", out)
	}
	out, _ = f.run(t, "%cd -")
	if out != "UsageError: %cd -: No previous directory to change to.\n" {
		t.Errorf("%%cd - first: %q", out)
	}
}

func TestMagicArgumentsExpandVariables(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	f := newSession(t)
	if err := os.Mkdir(filepath.Join(dir, "sub dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	f.run(t, "x = 5\nname = 'sub dir'")
	out, _ := f.run(t, "%env V=$x")
	if out != "env: V=5\n" {
		t.Errorf("%%env V=$x: %q", out)
	}
	f.run(t, "%cd -q {name}")
	if wd, _ := os.Getwd(); filepath.Base(wd) != "sub dir" {
		t.Errorf("%%cd {name} went to %s", wd)
	}
	// %time takes code: $ and braces are left alone.
	f.run(t, "%time y = {x}")
	out, _ = f.run(t, "print(y)")
	if out != "{5}\n" {
		t.Errorf("%%time expanded its code: y printed %q", out)
	}
}

func TestConfigObject(t *testing.T) {
	f := newSession(t)
	f.run(t, "%config InlineBackend.figure_format = 'retina'")
	out, _ := f.run(t, "c = get_ipython().config\nprint(c.InlineBackend.figure_format, c['InlineBackend']['figure_format'], 'IPKernelApp' in c)\nc.Demo.answer = 42\nprint(c['Demo'], isinstance(c, dict))")
	if out != "retina retina True\n{'answer': 42} True\n" {
		t.Errorf("config: %q", out)
	}
}

func TestAliasMagic(t *testing.T) {
	f := newSession(t)
	out, _ := f.run(t, "%alias_magic t timeit")
	if out != "Created `%t` as an alias for `%timeit`.\nCreated `%%t` as an alias for `%%timeit`.\n" {
		t.Errorf("alias_magic output %q", out)
	}
	out, _ = f.run(t, "%alias_magic -l say sx -p 'echo hi'")
	if out != "Created `%say` as an alias for `%sx echo hi`.\n" {
		t.Errorf("alias_magic -p output %q", out)
	}
	_, v := f.run(t, "%say there")
	var r string
	f.s.Do(func() error { r, _ = py.ReprString(v); return nil })
	if r != "['hi there']" {
		t.Errorf("%%say there = %s", r)
	}
	out, _ = f.run(t, "%alias_magic x nosuchmagic")
	if out != "UsageError: No line or cell magic with name `nosuchmagic` found.\n" {
		t.Errorf("unknown target: %q", out)
	}
}
