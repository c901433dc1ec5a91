package display

import (
	"strings"
	"testing"

	"adder/interp/py"
)

// newTestClass makes a class with the given Go methods and returns an
// instance.
func newTestClass(t *testing.T, name string, methods map[string]py.MethodFunc) py.Value {
	t.Helper()
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("__main__"))
	cls, err := py.NewClass(py.TypeType, name, []*py.Type{py.ObjectType}, ns)
	if err != nil {
		t.Fatal(err)
	}
	var defs []py.MethodDef
	for n, fn := range methods {
		defs = append(defs, py.MethodDef{Name: n, Fn: fn})
	}
	py.AddMethods(cls, defs)
	inst, err := py.Call(py.ObjectValue(cls), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

func constMethod(v py.Value) py.MethodFunc {
	return func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) { return v, nil }
}

func TestMimebundleReprMethods(t *testing.T) {
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	var warnings []string
	defer func(old func(string)) { FormatterWarning = old }(FormatterWarning)
	FormatterWarning = func(s string) { warnings = append(warnings, s) }

	obj := newTestClass(t, "Rich", map[string]py.MethodFunc{
		"_repr_html_":     constMethod(py.StrValue("<b>x</b>")),
		"_repr_markdown_": constMethod(py.None),
		"_repr_latex_": func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Value{}, py.Errorf(py.ValueErrorType, "no latex")
		},
		"_repr_json_": constMethod(py.NewTuple(py.ListValue([]py.Value{py.Int(1)}), py.None)),
	})
	data, md, err := Mimebundle(obj, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := data["text/plain"].(string); !strings.HasPrefix(s, "<__main__.Rich at 0x") || data["text/html"] != "<b>x</b>" {
		t.Errorf("data %v", data)
	}
	if _, ok := data["text/markdown"]; ok {
		t.Error("None result kept")
	}
	if _, ok := data["text/latex"]; ok {
		t.Error("raising method kept")
	}
	if j, ok := data["application/json"].([]any); !ok || len(j) != 1 || j[0] != int64(1) {
		t.Errorf("json %#v", data["application/json"])
	}
	if len(md) != 0 {
		t.Errorf("metadata %v", md)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "ValueError: no latex") {
		t.Errorf("warnings %q", warnings)
	}
	// include/exclude
	data, _, _ = Mimebundle(obj, []string{"text/html"}, nil)
	if len(data) != 1 || data["text/html"] == nil {
		t.Errorf("include: %v", data)
	}
	data, _, _ = Mimebundle(obj, nil, []string{"text/html"})
	if _, ok := data["text/html"]; ok || data["text/plain"] == nil {
		t.Errorf("exclude: %v", data)
	}
}

func TestMimebundleMimebundleMethod(t *testing.T) {
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	bundle := py.NewDict()
	bundle.SetStr("text/plain", py.StrValue("custom"))
	bundle.SetStr("text/html", py.StrValue("<i>c</i>"))
	meta := py.NewDict()
	inner := py.NewDict()
	inner.SetStr("isolated", py.True)
	meta.SetStr("text/html", py.ObjectValue(inner))
	obj := newTestClass(t, "Bundled", map[string]py.MethodFunc{
		"_repr_mimebundle_": func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(kwnames) != 2 || kwnames[0] != "include" {
				t.Errorf("called with %v", kwnames)
			}
			return py.NewTuple(py.ObjectValue(bundle), py.ObjectValue(meta)), nil
		},
		"_repr_html_": constMethod(py.StrValue("not used")),
	})
	data, md, err := Mimebundle(obj, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if data["text/plain"] != "custom" || data["text/html"] != "<i>c</i>" {
		t.Errorf("data %v", data)
	}
	if m, ok := md["text/html"].(map[string]any); !ok || m["isolated"] != true {
		t.Errorf("metadata %v", md)
	}
}

func TestMimebundleObject(t *testing.T) {
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	obj, err := py.Call(py.ObjectValue(py.ObjectType), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _, err := Mimebundle(obj, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := data["text/plain"].(string)
	if !strings.HasPrefix(s, "<object at 0x") || !strings.HasSuffix(s, ">") {
		t.Errorf("text/plain %q", s)
	}
	inst := newTestClass(t, "Plain", nil)
	data, _, _ = Mimebundle(inst, nil, nil)
	if s, _ := data["text/plain"].(string); !strings.HasPrefix(s, "<__main__.Plain at 0x") {
		t.Errorf("instance text/plain %q", s)
	}
	data, _, _ = Mimebundle(py.ObjectValue(py.IntType), nil, nil)
	if data["text/plain"] != "int" {
		t.Errorf("type text/plain %q", data["text/plain"])
	}
}
