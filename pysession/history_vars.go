package pysession

// This file keeps IPython's history variables in the user namespace: In,
// Out, _, __, ___, _i, _ii, _iii, _iN and _N.

import (
	"fmt"

	"adder/interp/py"
)

// historyVars holds the objects In and Out name, so that rebinding the
// names in user code does not stop the history from being kept.
type historyVars struct {
	globals *py.Dict
	in      *py.List
	out     *py.Dict
}

func (h *historyVars) install(globals *py.Dict) error {
	h.globals = globals
	h.in = py.NewList([]py.Value{py.StrValue("")})
	h.out = py.NewDict()
	globals.SetStr("In", py.ObjectValue(h.in))
	globals.SetStr("Out", py.ObjectValue(h.out))
	for _, name := range []string{"_", "__", "___", "_i", "_ii", "_iii"} {
		globals.SetStr(name, py.StrValue(""))
	}
	return nil
}

// storeInput records cell n's (transformed) source before it runs, as
// IPython does: In[n], _iN, and the _i/_ii/_iii shift.
func (h *historyVars) storeInput(n int, src string) error {
	for len(h.in.Items) < n {
		h.in.Append(py.StrValue(""))
	}
	s := py.StrValue(src)
	if len(h.in.Items) == n {
		h.in.Append(s)
	} else {
		h.in.Items[n] = s
	}
	h.shift("_iii", "_ii", "_i")
	// _i is the previous input; the current one is _iN.
	if n > 1 {
		h.globals.SetStr("_i", h.in.Items[n-1])
	}
	h.globals.SetStr(fmt.Sprintf("_i%d", n), s)
	return nil
}

// storeOutput records Out[n] and _N and shifts _, __ and ___.
func (h *historyVars) storeOutput(n int, v py.Value) error {
	if err := h.out.SetItem(py.Int(int64(n)), v); err != nil {
		return err
	}
	h.globals.SetStr(fmt.Sprintf("_%d", n), v)
	h.shift("___", "__", "_")
	h.globals.SetStr("_", v)
	return nil
}

// shift moves each name's value to the name before it: shift(a, b, c)
// does a = b; b = c.
func (h *historyVars) shift(names ...string) {
	for i := 0; i+1 < len(names); i++ {
		if v, ok := h.globals.GetStr(names[i+1]); ok {
			h.globals.SetStr(names[i], v)
		}
	}
}
