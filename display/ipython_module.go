// This file registers the IPython display API with the interpreter: the
// Go module _adder_display (formatting, publishing, ids, base64, code
// highlighting) and the Python-level modules IPython, IPython.display,
// IPython.core.display, IPython.core.display_functions, IPython.lib.display
// and IPython.core.getipython, whose code is ipython_display.py and
// ipython_lib_display.py (run with the interpreter's exec when first
// imported).

package display

import (
	"crypto/rand"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"

	"adder/interp/py"
)

// A Publisher sends display output to the frontend; the kernel implements
// it on its iopub writer. Calls come from the interpreter's goroutine.
type Publisher interface {
	// PublishDisplayData sends display_data, or update_display_data when
	// update is set (transient then holds the display_id).
	PublishDisplayData(data, metadata, transient map[string]any, update bool)
	// ClearOutput sends clear_output.
	ClearOutput(wait bool)
}

// An ErrorPublisher is a Publisher that also shows the exception of a
// failing formatter (a _repr_*_ method that raised) the way ipykernel
// does: as an error message on iopub, the cell going on. Without it the
// traceback goes to sys.stderr.
type ErrorPublisher interface {
	Publisher
	PublishError(ename, evalue string, traceback []string)
}

// publisher receives the output of display() and friends; nil means no
// frontend (adder run), where display() prints text/plain to sys.stdout.
var publisher Publisher

// SetPublisher installs the publisher for the session's display calls
// (one interpreter per process, so it is package state).
func SetPublisher(p Publisher) { publisher = p }

// capturing, when set, receives display output instead of the publisher:
// IPython.utils.capture's capture_output (behind %%capture) collects one
// dict of publish's arguments per call, as IPython's capturing display
// publisher does.
var capturing *py.List

//go:embed ipython_display.py
var ipythonDisplaySource string

//go:embed ipython_lib_display.py
var ipythonLibDisplaySource string

//go:embed ipython_capture.py
var ipythonCaptureSource string

//go:embed ipython_magic.py
var ipythonMagicSource string

//go:embed ipython_autoreload.py
var ipythonAutoreloadSource string

// ipythonPackageSource is the IPython package: get_ipython and the most
// used names, as `from IPython import display, get_ipython` expects.
const ipythonPackageSource = `
__path__ = []
version_info = (8, 5, 0, "")
__version__ = "8.5.0"

class ZMQInteractiveShell:
    """The shell object of adder's kernel, as get_ipython() returns it."""

    def __repr__(self):
        return "<ipykernel.zmqshell.ZMQInteractiveShell object>"

    def run_line_magic(self, name, line):
        raise NotImplementedError("adder has no IPython magics: %%%s" % name)

    def run_cell_magic(self, name, line, cell):
        raise NotImplementedError("adder has no IPython magics: %%%%%s" % name)

ZMQInteractiveShell.__module__ = "ipykernel.zmqshell"
_shell = ZMQInteractiveShell()

def get_ipython():
    """The running shell: adder's kernel."""
    import builtins
    shell = getattr(builtins, "get_ipython", None)
    return shell() if shell is not None else _shell
`

// ipythonInteractiveShellSource is IPython.core.interactiveshell: its
// InteractiveShell is the class the running shell derives from, found
// when asked (module __getattr__), so that the usual recipe
// InteractiveShell.ast_node_interactivity = 'all' changes that shell.
const ipythonInteractiveShellSource = `
def __getattr__(name):
    if name != 'InteractiveShell':
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from IPython import get_ipython
    for klass in type(get_ipython()).__mro__:
        if klass.__name__ == 'InteractiveShell':
            return klass
    class InteractiveShell:
        ast_node_interactivity = 'last_expr'
    InteractiveShell.__module__ = __name__
    globals()['InteractiveShell'] = InteractiveShell
    return InteractiveShell
`

// ipythonSubmodules are created, in this order, when IPython is first
// imported: the import system only looks up top-level names among Go
// modules, so IPython puts its submodules into sys.modules itself.
var ipythonSubmodules = []struct{ name, source string }{
	{"IPython.core", "__path__ = []\n"},
	{"IPython.core.display", ipythonDisplaySource},
	{"IPython.core.display_functions", "from IPython.core.display import display, update_display, clear_output, publish_display_data, DisplayHandle\n"},
	{"IPython.lib", "__path__ = []\n"},
	{"IPython.lib.display", ipythonLibDisplaySource},
	{"IPython.display", "from IPython.core.display import *\nfrom IPython.lib.display import *\n"},
	{"IPython.core.getipython", "from IPython import get_ipython\n"},
	{"IPython.core.magic", ipythonMagicSource},
	{"IPython.core.interactiveshell", ipythonInteractiveShellSource},
	{"IPython.extensions", "__path__ = []\n"},
	{"IPython.extensions.autoreload", ipythonAutoreloadSource},
	{"IPython.utils", "__path__ = []\n"},
	{"IPython.utils.capture", ipythonCaptureSource},
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_adder_display", Doc: "Display support for IPython.display (adder).",
		Init: initAdderDisplay})
	py.RegisterModule(&py.ModuleDef{Name: "IPython", Doc: "adder's IPython compatibility package.",
		Init: initIPython})
}

// initIPython runs the package source, then creates the submodules and
// binds each as an attribute of its parent (IPython.display, IPython.core).
func initIPython(m *py.Module) error {
	if err := runModuleSource(m, "IPython", ipythonPackageSource); err != nil {
		return err
	}
	t := py.Current()
	if t == nil {
		return py.Errorf(py.ImportErrorType, "cannot initialise IPython outside a running interpreter")
	}
	mods := map[string]*py.Module{"IPython": m}
	for _, sub := range ipythonSubmodules {
		mod := py.NewModule(sub.name)
		dot := strings.LastIndexByte(sub.name, '.')
		parent, last := sub.name[:dot], sub.name[dot+1:]
		t.Modules.SetStr(sub.name, py.ObjectValue(mod))
		if err := runModuleSource(mod, sub.name, sub.source); err != nil {
			t.Modules.DelStr(sub.name)
			return err
		}
		mods[sub.name] = mod
		mods[parent].Dict.SetStr(last, py.ObjectValue(mod))
	}
	return nil
}

// runModuleSource runs Python source in a module's namespace.
func runModuleSource(mod *py.Module, name, src string) error {
	return py.ExecSource(mod.Dict, "<adder "+name+">", src)
}

// initAdderDisplay fills the _adder_display module.
func initAdderDisplay(m *py.Module) error {
	py.AddFunc(m.Dict, "publish", adder_display_publish)
	py.AddFunc(m.Dict, "clear_output", adder_display_clear_output)
	py.AddFunc(m.Dict, "format", adder_display_format)
	py.AddFunc(m.Dict, "capture", adder_display_capture)
	py.AddFunc(m.Dict, "new_id", adder_display_new_id)
	py.AddFunc(m.Dict, "b64encode", adder_display_b64encode)
	py.AddFunc(m.Dict, "read_file", adder_display_read_file)
	py.AddFunc(m.Dict, "code_html", adder_display_code_html)
	py.AddFunc(m.Dict, "code_latex", adder_display_code_latex)
	py.AddFunc(m.Dict, "guess_language", adder_display_guess_language)
	return nil
}

// adder_display_publish is publish(data, metadata, transient, update).
func adder_display_publish(args []py.Value, kwnames []string) (py.Value, error) {
	var data, metadata, transient, update py.Value
	if err := py.UnpackArgs("publish", args, kwnames, "data", &data, "metadata?", &metadata,
		"transient?", &transient, "update?", &update); err != nil {
		return py.Value{}, err
	}
	d, err := jsonMap(data, "data")
	if err != nil {
		return py.Value{}, err
	}
	md, err := jsonMap(metadata, "metadata")
	if err != nil {
		return py.Value{}, err
	}
	tr, err := jsonMap(transient, "transient")
	if err != nil {
		return py.Value{}, err
	}
	up := false
	if update.IsValid() {
		if up, err = py.Truth(update); err != nil {
			return py.Value{}, err
		}
	}
	if capturing != nil {
		out := py.NewDict()
		out.SetStr("data", data)
		out.SetStr("metadata", FromJSON(md))
		out.SetStr("transient", FromJSON(tr))
		out.SetStr("update", py.Bool(up))
		capturing.Append(py.ObjectValue(out))
		return py.None, nil
	}
	if publisher != nil {
		publisher.PublishDisplayData(d, md, tr, up)
		return py.None, nil
	}
	// No frontend: show the text, as a terminal IPython would.
	if text, ok := d["text/plain"].(string); ok {
		if out := py.SysAttr("stdout"); out.IsValid() && !out.IsNone() {
			if err := py.WriteTo(out, text+"\n"); err != nil {
				return py.Value{}, err
			}
		}
	}
	return py.None, nil
}

// jsonMap converts an optional dict argument to Go JSON data.
func jsonMap(v py.Value, what string) (map[string]any, error) {
	if !v.IsValid() || v.IsNone() {
		return map[string]any{}, nil
	}
	x, err := ToJSON(v)
	if err != nil {
		return nil, err
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s must be a dict, not %s", what, v.Type().Name)
	}
	return m, nil
}

// adder_display_clear_output is clear_output(wait).
func adder_display_clear_output(args []py.Value, kwnames []string) (py.Value, error) {
	var wait py.Value
	if err := py.UnpackArgs("clear_output", args, kwnames, "wait?", &wait); err != nil {
		return py.Value{}, err
	}
	w := false
	if wait.IsValid() {
		var err error
		if w, err = py.Truth(wait); err != nil {
			return py.Value{}, err
		}
	}
	switch {
	case capturing != nil:
		capturing.Items = capturing.Items[:0]
	case publisher != nil:
		publisher.ClearOutput(w)
	}
	return py.None, nil
}

// adder_display_capture is capture(outputs): publish into the list
// outputs from now on, or (None) to the publisher again. It returns the
// list capturing before, so captures nest.
func adder_display_capture(args []py.Value, kwnames []string) (py.Value, error) {
	var target py.Value
	if err := py.UnpackArgs("capture", args, kwnames, "outputs", &target); err != nil {
		return py.Value{}, err
	}
	prev := py.None
	if capturing != nil {
		prev = py.ObjectValue(capturing)
	}
	if target.IsNone() {
		capturing = nil
		return prev, nil
	}
	l, ok := target.Object().(*py.List)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "capture() needs a list or None, not %s", py.TypeName(target))
	}
	capturing = l
	return prev, nil
}

// adder_display_format is format(obj, include, exclude) -> (data, metadata).
func adder_display_format(args []py.Value, kwnames []string) (py.Value, error) {
	var obj, include, exclude py.Value
	if err := py.UnpackArgs("format", args, kwnames, "obj", &obj, "include?", &include, "exclude?", &exclude); err != nil {
		return py.Value{}, err
	}
	inc, err := stringList(include)
	if err != nil {
		return py.Value{}, err
	}
	exc, err := stringList(exclude)
	if err != nil {
		return py.Value{}, err
	}
	data, md, err := Mimebundle(obj, inc, exc)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(FromJSON(data), FromJSON(md)), nil
}

// stringList converts None or an iterable of str.
func stringList(v py.Value) ([]string, error) {
	if !v.IsValid() || v.IsNone() {
		return nil, nil
	}
	items, err := py.ToSlice(v)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(items))
	for _, x := range items {
		s, ok := py.AsStr(x)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "mime types must be str, not %s", x.Type().Name)
		}
		out = append(out, s)
	}
	return out, nil
}

// adder_display_new_id returns a new random display id (32 hex digits).
func adder_display_new_id(args []py.Value, kwnames []string) (py.Value, error) {
	if err := py.ArgRange("new_id", args, kwnames, 0, 0); err != nil {
		return py.Value{}, err
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	return py.StrValue(hex.EncodeToString(b[:])), nil
}

// adder_display_b64encode returns the base64 text of bytes (or of a str's
// UTF-8).
func adder_display_b64encode(args []py.Value, kwnames []string) (py.Value, error) {
	if err := py.ArgRange("b64encode", args, kwnames, 1, 1); err != nil {
		return py.Value{}, err
	}
	if b, ok := bytesOf(args[0]); ok {
		return py.StrValue(base64.StdEncoding.EncodeToString([]byte(b))), nil
	}
	if s, ok := py.AsStr(args[0]); ok {
		return py.StrValue(base64.StdEncoding.EncodeToString([]byte(s))), nil
	}
	return py.Value{}, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
}

// adder_display_read_file is read_file(path, binary): the file's bytes, or
// its text decoded as UTF-8, for display objects built from filename=.
func adder_display_read_file(args []py.Value, kwnames []string) (py.Value, error) {
	var path, binary py.Value
	if err := py.UnpackArgs("read_file", args, kwnames, "path", &path, "binary?", &binary); err != nil {
		return py.Value{}, err
	}
	p, ok := py.AsStr(path)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "path must be str, not %s", path.Type().Name)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		if os.IsNotExist(err) {
			return py.Value{}, py.Errorf(py.FileNotFoundErrorType, "[Errno 2] No such file or directory: %s", py.StrRepr(p))
		}
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	if binary.IsValid() {
		if b, err := py.Truth(binary); err != nil {
			return py.Value{}, err
		} else if b {
			return py.NewBytes(string(data)), nil
		}
	}
	return py.StrValue(strings.ToValidUTF8(string(data), "\uFFFD")), nil
}

// FromJSON converts Go JSON data (as ToJSON makes, or encoding/json
// decodes) to Python values; map keys keep their sorted order only when
// the map came from encoding/json, so Go maps are converted in key order.
func FromJSON(x any) py.Value {
	switch x := x.(type) {
	case nil:
		return py.None
	case bool:
		return py.Bool(x)
	case int:
		return py.Int(int64(x))
	case int64:
		return py.Int(x)
	case float64:
		return py.Float(x)
	case *big.Int:
		return py.MakeBigInt(x)
	case string:
		return py.StrValue(x)
	case []any:
		items := make([]py.Value, len(x))
		for i, y := range x {
			items[i] = FromJSON(y)
		}
		return py.ListValue(items)
	case []string:
		items := make([]py.Value, len(x))
		for i, y := range x {
			items[i] = py.StrValue(y)
		}
		return py.ListValue(items)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d := py.NewDict()
		for _, k := range keys {
			d.SetStr(k, FromJSON(x[k]))
		}
		return py.ObjectValue(d)
	}
	return py.StrValue(fmt.Sprint(x))
}
