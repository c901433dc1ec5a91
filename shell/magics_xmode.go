// This file holds %xmode, which switches how tracebacks of cell errors
// are shown (display's exception reporting mode: Plain, Context, Verbose,
// Minimal), with IPython's messages.

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
