// This file supports _repr_pretty_(p, cycle) methods: p is a recorder
// object with IPython's printer API (text, breakable, break_, begin_group,
// end_group, group as a context manager, pretty, indent, dedent); the
// calls it records are then replayed into the Go printer.

package display

import (
	"sync"

	"adder/interp/py"
)

// A ppOp is one recorded printer call.
type ppOp struct {
	kind string // text, breakable, break, begin, end, pretty, indent
	s    string
	n    int
	obj  py.Value
}

// recorders maps a live recorder object (by id) to its recorded calls and
// the closing texts of groups opened with group().
var recorders = map[int64]*recording{}

type recording struct {
	ops    []ppOp
	groups []ppOp // open group() contexts: dedent and close text
}

var (
	recorderOnce sync.Once
	recorderType *py.Type
	recorderErr  error
)

// recorderClass creates the recorder class once.
func recorderClass() (*py.Type, error) {
	recorderOnce.Do(func() {
		ns := py.NewDict()
		ns.SetStr("__module__", py.StrValue("IPython.lib.pretty"))
		recorderType, recorderErr = py.NewClass(py.TypeType, "RepresentationPrinter", []*py.Type{py.ObjectType}, ns)
		if recorderErr != nil {
			return
		}
		py.AddMethods(recorderType, []py.MethodDef{
			{Name: "text", Fn: recText},
			{Name: "breakable", Fn: recBreakable},
			{Name: "break_", Fn: recBreak},
			{Name: "begin_group", Fn: recBeginGroup},
			{Name: "end_group", Fn: recEndGroup},
			{Name: "group", Fn: recGroup},
			{Name: "pretty", Fn: recPretty},
			{Name: "indent", Fn: recIndent},
			{Name: "dedent", Fn: recDedent},
			{Name: "__enter__", Fn: recEnter},
			{Name: "__exit__", Fn: recExit},
		})
	})
	return recorderType, recorderErr
}

func recordingOf(self py.Value) (*recording, error) {
	r, ok := recorders[py.ID(self)]
	if !ok {
		return nil, py.Errorf(py.RuntimeErrorType, "the pretty printer is no longer active")
	}
	return r, nil
}

func recText(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	var obj py.Value
	if err := py.UnpackArgs("text", args, kwnames, "obj", &obj); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "text", s: strArg(obj)})
}

func recBreakable(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	sep := py.StrValue(" ")
	if err := py.UnpackArgs("breakable", args, kwnames, "sep?", &sep); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "breakable", s: strArg(sep)})
}

func recBreak(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	return recAdd(self, ppOp{kind: "break"})
}

func recBeginGroup(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	indent, open := py.Int(0), py.StrValue("")
	if err := py.UnpackArgs("begin_group", args, kwnames, "indent?", &indent, "open?", &open); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "begin", n: intArg(indent), s: strArg(open)})
}

func recEndGroup(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	dedent, closeV := py.Int(0), py.StrValue("")
	if err := py.UnpackArgs("end_group", args, kwnames, "dedent?", &dedent, "close?", &closeV); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "end", n: intArg(dedent), s: strArg(closeV)})
}

// recGroup is group(indent=0, open="", close=""): it begins a group and
// returns the printer itself as the context manager that ends it.
func recGroup(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	indent, open, closeV := py.Int(0), py.StrValue(""), py.StrValue("")
	if err := py.UnpackArgs("group", args, kwnames, "indent?", &indent, "open?", &open, "close?", &closeV); err != nil {
		return py.Value{}, err
	}
	r, err := recordingOf(self)
	if err != nil {
		return py.Value{}, err
	}
	r.groups = append(r.groups, ppOp{kind: "end", n: intArg(indent), s: strArg(closeV)})
	r.ops = append(r.ops, ppOp{kind: "begin", n: intArg(indent), s: strArg(open)})
	return self, nil
}

func recEnter(self py.Value, args []py.Value, kwnames []string) (py.Value, error) { return self, nil }

func recExit(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	r, err := recordingOf(self)
	if err != nil {
		return py.Value{}, err
	}
	if len(r.groups) > 0 {
		r.ops = append(r.ops, r.groups[len(r.groups)-1])
		r.groups = r.groups[:len(r.groups)-1]
	}
	return py.False, nil
}

func recPretty(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	var obj py.Value
	if err := py.UnpackArgs("pretty", args, kwnames, "obj", &obj); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "pretty", obj: obj})
}

func recIndent(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	var n py.Value
	if err := py.UnpackArgs("indent", args, kwnames, "indent", &n); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "indent", n: intArg(n)})
}

func recDedent(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	var n py.Value
	if err := py.UnpackArgs("dedent", args, kwnames, "dedent", &n); err != nil {
		return py.Value{}, err
	}
	return recAdd(self, ppOp{kind: "indent", n: -intArg(n)})
}

func recAdd(self py.Value, op ppOp) (py.Value, error) {
	r, err := recordingOf(self)
	if err != nil {
		return py.Value{}, err
	}
	r.ops = append(r.ops, op)
	return py.None, nil
}

func strArg(v py.Value) string {
	if s, ok := py.AsStr(v); ok {
		return s
	}
	s, err := py.StrString(v)
	if err != nil {
		return ""
	}
	return s
}

func intArg(v py.Value) int {
	if v.IsInt() {
		return int(v.AsInt())
	}
	return 0
}

// callReprPretty calls meth(p, cycle) with a recorder and replays what it
// recorded. It reports false when the recorder cannot be made.
func (p *prettyPrinter) callReprPretty(meth py.Value, cycle bool) bool {
	cls, err := recorderClass()
	if err != nil {
		return false
	}
	rec, err := py.Call(py.ObjectValue(cls), nil, nil)
	if err != nil {
		return false
	}
	id := py.ID(rec)
	r := &recording{}
	recorders[id] = r
	_, err = py.Call(meth, []py.Value{rec, py.Bool(cycle)}, nil)
	delete(recorders, id)
	if err != nil {
		if p.err == nil {
			p.err = err
		}
		return true
	}
	for _, op := range r.ops {
		switch op.kind {
		case "text":
			p.text(op.s)
		case "breakable":
			p.breakable(op.s)
		case "break":
			p.hardBreak()
		case "begin":
			p.beginGroup(op.n, op.s)
		case "end":
			if len(p.groupStack) > 1 {
				p.endGroup(op.n, op.s)
			}
		case "pretty":
			p.pretty(op.obj)
		case "indent":
			p.indentation += op.n
		}
	}
	return true
}
