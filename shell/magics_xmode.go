// This file holds %xmode, which switches how tracebacks of cell errors
// are shown (display's exception reporting mode: Plain, Context, Verbose,
// Minimal), with IPython's messages, and the InteractiveTB object of
// get_ipython() that does the same from Python (set_mode, mode).

package shell

import (
	"fmt"
	"strings"

	"adder/display"
	"adder/interp/py"
)

func init() {
	magics["xmode"] = &magic{line: lineXmode, doc: "Switch modes for the exception handlers: Plain, Context, Verbose or Minimal; without an argument, cycle through them."}
}

func lineXmode(sh *Shell, args string) (py.Value, error) {
	arg := strings.TrimSpace(args)
	if arg == "--show" || arg == "--hide" {
		// IPython toggles showing __tracebackhide__ frames; adder never
		// hides frames, so there is nothing to switch.
		return py.None, nil
	}
	m := display.CurrentTracebackMode().Next()
	if arg != "" {
		var ok bool
		if m, ok = display.ParseTracebackMode(arg); !ok {
			// IPython warns (a UserWarning on stderr) and keeps the mode.
			names := make([]string, 0, 4)
			for _, n := range display.ModeNames() {
				names = append(names, "'"+n+"'")
			}
			sh.printErr(fmt.Sprintf("UserWarning: Error changing user exception modes.\nUnrecognized mode in FormattedTB: <%s>\nValid modes: [%s]\n",
				strings.ToUpper(arg[:1])+strings.ToLower(arg[1:]), strings.Join(names, ", ")))
			return py.None, nil
		}
	}
	display.SetTracebackMode(m)
	sh.printOut("Exception reporting mode: " + m.String() + "\n")
	return py.None, nil
}

// installInteractiveTB sets get_ipython().InteractiveTB: an object with
// IPython's AutoFormattedTB interface for the mode (mode, valid_modes,
// set_mode(mode=None), plain(), context(), verbose(), minimal()).
func installInteractiveTB(obj py.Value) error {
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("IPython.core.ultratb"))
	cls, err := py.NewClass(py.TypeType, "AutoFormattedTB", []*py.Type{py.ObjectType}, ns)
	if err != nil {
		return fmt.Errorf("shell: creating AutoFormattedTB: %w", err)
	}
	py.AddGetters(cls, []py.Getter{
		{Name: "mode", Get: func(py.Value) (py.Value, error) {
			return py.StrValue(display.CurrentTracebackMode().String()), nil
		}},
		{Name: "valid_modes", Get: func(py.Value) (py.Value, error) {
			var items []py.Value
			for _, n := range display.ModeNames() {
				items = append(items, py.StrValue(n))
			}
			return py.ListValue(items), nil
		}},
	})
	setTo := func(m display.TracebackMode) py.MethodDef {
		name := strings.ToLower(m.String())
		return py.MethodDef{Name: name, Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			if err := py.ArgRange(name, args, kw, 0, 0); err != nil {
				return py.Value{}, err
			}
			display.SetTracebackMode(m)
			return py.None, nil
		}}
	}
	py.AddMethods(cls, []py.MethodDef{
		{Name: "set_mode", Fn: tbSetMode},
		setTo(display.ModePlain), setTo(display.ModeContext), setTo(display.ModeVerbose), setTo(display.ModeMinimal),
	})
	tb, err := py.Call(py.ObjectValue(cls), nil, nil)
	if err != nil {
		return err
	}
	return py.SetAttr(obj, "InteractiveTB", tb)
}

// tbSetMode is InteractiveTB.set_mode(mode=None): no mode cycles; an
// unknown one raises IPython's ValueError. Unlike %xmode, the name is
// taken as given (IPython capitalizes only in the magic).
func tbSetMode(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
	var mode py.Value
	switch {
	case len(args) == 1 && len(kw) == 0:
		mode = args[0]
	case len(args) == 1 && len(kw) == 1 && kw[0] == "mode":
		mode = args[0]
	case len(args) == 0:
	default:
		if err := py.ArgRange("set_mode", args, kw, 0, 1); err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.Errorf(py.TypeErrorType, "set_mode() got an unexpected keyword argument '%s'", kw[0])
	}
	name := ""
	if mode.IsValid() && !mode.IsNone() {
		s, ok := py.AsStr(mode)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeErrorType, "mode must be a str, not %s", py.TypeName(mode))
		}
		name = s
	}
	if name == "" {
		display.SetTracebackMode(display.CurrentTracebackMode().Next())
		return py.None, nil
	}
	for _, m := range []display.TracebackMode{display.ModePlain, display.ModeContext, display.ModeVerbose, display.ModeMinimal} {
		if m.String() == name {
			display.SetTracebackMode(m)
			return py.None, nil
		}
	}
	names := make([]string, 0, 4)
	for _, n := range display.ModeNames() {
		names = append(names, "'"+n+"'")
	}
	return py.Value{}, py.Errorf(py.ValueErrorType, "Unrecognized mode in FormattedTB: <%s>\nValid modes: [%s]", name, strings.Join(names, ", "))
}
