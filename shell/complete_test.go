// This file tests Complete on a namespace built from py objects: names,
// attributes, dict keys, modules, magics, paths, positions and metadata.

package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"adder/interp/py"
)

// testShell builds a namespace: ints, a str, a dict, a module, a class and
// an instance of it, and a builtin function.
func testShell(t testing.TB) *Shell {
	t.Helper()
	g := py.NewDict()
	g.SetStr("foo_bar", py.Int(1))
	g.SetStr("foo_baz", py.StrValue("s"))
	g.SetStr("_private", py.Int(2))
	d := py.NewDict()
	d.SetStr("abc", py.Int(1))
	d.SetStr("abd", py.Int(2))
	d.SetItem(py.Int(5), py.Int(3))
	g.SetStr("d", py.ObjectValue(d))
	m := py.NewModule("mymod")
	m.Dict.SetStr("path", py.ObjectValue(py.NewModule("mymod.path")))
	m.Dict.SetStr("pardir", py.StrValue(".."))
	m.Dict.SetStr("pathconf", py.NewBuiltin("pathconf", func([]py.Value, []string) (py.Value, error) { return py.None, nil }))
	g.SetStr("mymod", py.ObjectValue(m))
	ns := py.NewDict()
	ns.SetStr("x", py.Int(1))
	ns.SetStr("meth", py.NewBuiltin("meth", func([]py.Value, []string) (py.Value, error) { return py.None, nil }))
	cls, err := py.NewClass(py.TypeType, "A", []*py.Type{py.ObjectType}, ns)
	if err != nil {
		t.Fatal(err)
	}
	g.SetStr("A", py.ObjectValue(cls))
	return &Shell{Globals: g}
}

func texts(r CompleteResult) []string { return r.Matches }

func TestCompleteNames(t *testing.T) {
	sh := testShell(t)
	r := sh.Complete("foo_", 4)
	if want := []string{"foo_bar", "foo_baz"}; !reflect.DeepEqual(texts(r), want) || r.CursorStart != 0 || r.CursorEnd != 4 {
		t.Errorf("foo_ -> %v [%d,%d], want %v [0,4]", texts(r), r.CursorStart, r.CursorEnd, want)
	}
	r = sh.Complete("x = le", 6)
	if len(r.Matches) == 0 || r.Matches[0] != "len" || r.CursorStart != 4 {
		t.Errorf("x = le -> %v start %d", r.Matches, r.CursorStart)
	}
	types := r.Metadata["_jupyter_types_experimental"].([]any)
	if ty := types[0].(map[string]any); ty["type"] != "function" || ty["signature"] != "(obj, /)" || ty["start"] != 4 {
		t.Errorf("len metadata %v", ty)
	}
	r = sh.Complete("whi", 3)
	if !reflect.DeepEqual(texts(r), []string{"while"}) {
		t.Errorf("whi -> %v", texts(r))
	}
	r = sh.Complete("_pr", 3)
	if !reflect.DeepEqual(texts(r), []string{"_private"}) {
		t.Errorf("_pr -> %v", texts(r))
	}
	// Underscore names stay hidden without a typed underscore.
	for _, m := range sh.Complete("", 0).Matches {
		if m[0] == '_' {
			t.Errorf("empty prefix offered %q", m)
		}
	}
	// A name assigned earlier in the cell completes before it runs.
	code := "new_name = 3\nnew_"
	r = sh.Complete(code, len(code))
	if !reflect.DeepEqual(texts(r), []string{"new_name"}) {
		t.Errorf("cell-local name -> %v", texts(r))
	}
}

func TestCompleteCursorMidLineAndUnicode(t *testing.T) {
	sh := testShell(t)
	// Cursor after "foo_b" in the middle of a line; é counts as one code point.
	code := "é = 1; foo_b + 2"
	r := sh.Complete(code, 12)
	if !reflect.DeepEqual(texts(r), []string{"foo_bar", "foo_baz"}) || r.CursorStart != 7 || r.CursorEnd != 12 {
		t.Errorf("mid-line -> %v [%d,%d], want [7,12]", texts(r), r.CursorStart, r.CursorEnd)
	}
	sh.Globals.SetStr("éclair", py.Int(1))
	r = sh.Complete("print(écl", 9)
	if !reflect.DeepEqual(texts(r), []string{"éclair"}) || r.CursorStart != 6 {
		t.Errorf("unicode name -> %v start %d", texts(r), r.CursorStart)
	}
	// Out-of-range cursors are clamped; empty code works.
	if r := sh.Complete("", 10); r.CursorEnd != 0 {
		t.Errorf("empty code cursor_end %d", r.CursorEnd)
	}
	if r := sh.Complete("foo_", -3); r.CursorStart != 0 || r.CursorEnd != 0 {
		t.Errorf("negative cursor -> [%d,%d]", r.CursorStart, r.CursorEnd)
	}
}

func TestCompleteAttributes(t *testing.T) {
	sh := testShell(t)
	r := sh.Complete("mymod.pa", 8)
	if want := []string{"pardir", "path", "pathconf"}; !reflect.DeepEqual(texts(r), want) || r.CursorStart != 6 {
		t.Fatalf("mymod.pa -> %v start %d", texts(r), r.CursorStart)
	}
	kinds := map[string]string{}
	for _, ty := range r.Metadata["_jupyter_types_experimental"].([]any) {
		m := ty.(map[string]any)
		kinds[m["text"].(string)] = m["type"].(string)
	}
	if want := map[string]string{"pardir": "instance", "path": "module", "pathconf": "function"}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	r = sh.Complete("A.", 2)
	if want := []string{"meth", "x"}; !reflect.DeepEqual(texts(r), want) {
		t.Errorf("A. -> %v, want %v", texts(r), want)
	}
	r = sh.Complete("A.__do", 6)
	if !reflect.DeepEqual(texts(r), []string{"__doc__"}) {
		t.Errorf("A.__do -> %v", texts(r))
	}
	if r := sh.Complete("nosuch.x", 8); len(r.Matches) != 0 {
		t.Errorf("unknown base -> %v", r.Matches)
	}
	if r := sh.Complete("1.5", 3); len(r.Matches) != 0 {
		t.Errorf("float literal -> %v", r.Matches)
	}
	// Calls and subscripts are never evaluated.
	if r := sh.Complete("len(d).", 7); len(r.Matches) != 0 {
		t.Errorf("call result completed: %v", r.Matches)
	}
}

func TestCompleteDictKeys(t *testing.T) {
	sh := testShell(t)
	r := sh.Complete(`d["a`, 4)
	if want := []string{"abc", "abd"}; !reflect.DeepEqual(texts(r), want) || r.CursorStart != 3 {
		t.Errorf(`d["a -> %v start %d`, texts(r), r.CursorStart)
	}
	r = sh.Complete(`x = d[`, 6)
	got := texts(r)
	if len(got) < 3 || !reflect.DeepEqual(got[:3], []string{"'abc'", "'abd'", "5"}) {
		t.Errorf("d[ -> %v", got)
	}
}

func TestCompleteMagicsAndModules(t *testing.T) {
	sh := testShell(t)
	r := sh.Complete("%ti", 3)
	if want := []string{"%time", "%%time", "%timeit", "%%timeit"}; !reflect.DeepEqual(texts(r), want) || r.CursorStart != 0 {
		t.Errorf("%%ti -> %v", texts(r))
	}
	if ty := r.Metadata["_jupyter_types_experimental"].([]any)[0].(map[string]any)["type"]; ty != "magic" {
		t.Errorf("magic type %v", ty)
	}
	r = sh.Complete("%%ti", 4)
	if want := []string{"%%time", "%%timeit"}; !reflect.DeepEqual(texts(r), want) {
		t.Errorf("%%%%ti -> %v", texts(r))
	}
	sh.ModuleNames = func() []string { return []string{"mypkg", "mypkg.sub", "other"} }
	r = sh.Complete("import myp", 10)
	if !reflect.DeepEqual(texts(r), []string{"mypkg"}) || r.CursorStart != 7 {
		t.Errorf("import myp -> %v start %d", texts(r), r.CursorStart)
	}
	r = sh.Complete("from mypkg.s", 12)
	if !reflect.DeepEqual(texts(r), []string{"sub"}) || r.CursorStart != 11 {
		t.Errorf("from mypkg.s -> %v start %d", texts(r), r.CursorStart)
	}
}

func TestCompletePaths(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "data.csv"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "datadir"), 0o755)
	os.WriteFile(filepath.Join(dir, ".hidden"), nil, 0o644)
	sh := testShell(t)
	code := fmt.Sprintf("open('%s/da", dir)
	r := sh.Complete(code, len([]rune(code)))
	want := []string{dir + "/data.csv", dir + "/datadir/"}
	got := texts(r)
	sort.Strings(got)
	if !reflect.DeepEqual(got, want) || r.CursorStart != 6 {
		t.Errorf("path -> %v start %d, want %v start 6", got, r.CursorStart, want)
	}
	if ty := r.Metadata["_jupyter_types_experimental"].([]any)[0].(map[string]any)["type"]; ty != "path" {
		t.Errorf("path type %v", ty)
	}
}

// BenchmarkComplete10k measures completion with 10,000 names in the
// namespace (the target is a median under 5 ms).
func BenchmarkComplete10k(b *testing.B) {
	sh := testShell(b)
	for i := 0; i < 10000; i++ {
		sh.Globals.SetStr(fmt.Sprintf("name_%05d", i), py.Int(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := sh.Complete("x = name_01", 11)
		if len(r.Matches) != 1000 {
			b.Fatalf("%d matches", len(r.Matches))
		}
	}
}

// TestCompleteInfersFromTheCell covers names bound by the cell being typed,
// which has not run: their attributes come from reading its code.
func TestCompleteInfersFromTheCell(t *testing.T) {
	sh := testShell(t)
	cases := []struct {
		code string
		want []string
	}{
		{"class Point:\n    def norm(self): pass\n    def nudge(self): pass\np = Point()\np.no", []string{"norm"}},
		{"class P:\n    scale = 2\n    def __init__(self):\n        self.x = 1\n        self.xs = []\np = P()\np.x", []string{"x", "xs"}},
		{"class P:\n    def __init__(self):\n        self.x = 1\nP.", nil}, // instance attributes are not the class's
		{"class Base:\n    def area(self): pass\nclass Sq(Base):\n    def side(self): pass\ns = Sq()\ns.", []string{"area", "side"}},
		{"s = 'text'\ns.upp", []string{"upper"}},
		{"items = [1, 2]\nitems.app", []string{"append"}},
		{"p = Unknown()\np.x", nil},
		{"p = Point(\np.no", nil}, // the earlier lines do not parse
	}
	for _, c := range cases {
		got := texts(sh.Complete(c.code, len([]rune(c.code))))
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q -> %v, want %v", c.code, got, c.want)
		}
	}
}
