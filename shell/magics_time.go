// This file implements %time, %%time, %timeit and %%timeit with IPython's
// output formats: "CPU times: user 2 µs, sys: 0 ns, total: 2 µs" /
// "Wall time: 4.05 µs", and "X µs ± Y ns per loop (mean ± std. dev. of R
// runs, N loops each)" with automatic choice of N.

package shell

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	"adder/interp/py"
	"adder/interp/syntax"
)

func init() {
	magics["time"] = &magic{line: lineTime, cell: cellTime, doc: timeDoc}
	magics["timeit"] = &magic{line: lineTimeit, cell: cellTimeit, doc: timeitDoc}
}

const timeDoc = `Time the execution of a Python statement or expression.

%time STATEMENT times one run of the statement on the line; %%time times
the whole cell. CPU (user and system) and wall-clock times are printed.
The value of an expression, or of a cell's last expression, is returned.`

const timeitDoc = `Time the execution of a Python statement or expression.

Usage, in line mode:
  %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement
or in cell mode:
  %%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code
  code

Options:
-n<N>: run the statement N times in a loop; chosen automatically when
absent (the first power of ten taking at least 0.2 s).
-r<R>: repeat the loop R times (default 7) and report mean and standard
deviation of the per-loop time.
-t, -c: accepted for compatibility; the wall clock is always used.
-p<P>: significant digits of the report (default 3).
-q: print nothing.
-o: return a TimeitResult for later use.`

// FormatTime formats a duration in seconds as IPython's _format_time: "1min
// 3s" past a minute, else three significant digits in s, ms, µs or ns.
func FormatTime(seconds float64, precision int) string {
	if seconds >= 60 {
		var parts []string
		left := seconds
		for _, u := range []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			v := math.Trunc(left / u.length)
			if v > 0 {
				left = math.Mod(left, u.length)
				parts = append(parts, strconv.FormatFloat(v, 'f', 0, 64)+u.suffix)
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if seconds > 0 {
		order = min(-int(math.Floor(math.Floor(math.Log10(seconds))/3)), 3)
	}
	return formatG(seconds*scale[order], precision) + " " + units[order]
}

// formatG is Python's "%.*g".
func formatG(v float64, precision int) string {
	if precision <= 0 {
		precision = 1
	}
	return strconv.FormatFloat(v, 'g', precision, 64)
}

// cpuTimes returns the process's user and system CPU seconds.
func cpuTimes() (user, sys float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return float64(ru.Utime.Sec) + float64(ru.Utime.Usec)/1e6, float64(ru.Stime.Sec) + float64(ru.Stime.Usec)/1e6
}

func (sh *Shell) runner() (Runner, error) {
	if sh.Runner == nil {
		return nil, UsageError("this session cannot run code from magics")
	}
	return sh.Runner, nil
}

// splitLastExpr splits src into statements and a final expression (so
// %%time can return the cell's value); expr is "" when the last statement
// is not an expression on lines of its own.
func splitLastExpr(src string) (stmts, expr string) {
	mod, err := syntax.Parse("<timed>", []byte(src), syntax.Exec, syntax.AllowTopLevelAwait)
	if err != nil {
		return src, ""
	}
	m, ok := mod.(*syntax.Module)
	if !ok || len(m.Body) == 0 {
		return src, ""
	}
	last, ok := m.Body[len(m.Body)-1].(*syntax.ExprStmt)
	if !ok || last.ColOffset != 0 {
		return src, ""
	}
	lines := splitLines(src)
	if len(m.Body) > 1 {
		if prev := m.Body[len(m.Body)-2]; stmtEndLine(prev) >= last.Lineno {
			return src, ""
		}
	}
	return strings.Join(lines[:last.Lineno-1], ""), strings.Join(lines[last.Lineno-1:], "")
}

func stmtEndLine(s syntax.Stmt) int { return s.GetPos().EndLineno }

func lineTime(sh *Shell, args string) (py.Value, error) {
	return sh.timeOnce(args)
}

func cellTime(sh *Shell, args, body string) (py.Value, error) {
	return sh.timeOnce(body)
}

// timeOnce runs src once and prints CPU and wall times.
func (sh *Shell) timeOnce(src string) (py.Value, error) {
	r, err := sh.runner()
	if err != nil {
		return py.Value{}, err
	}
	if c, err := r.Compile(src, "<timed eval>", "eval"); err == nil {
		return sh.timed(func() (py.Value, error) { return r.Run(c) })
	}
	stmts, expr := splitLastExpr(src)
	cs, err := r.Compile(stmts, "<timed exec>", "exec")
	if err != nil {
		return py.Value{}, err
	}
	var ce Code
	if expr != "" {
		if ce, err = r.Compile(expr, "<timed eval>", "eval"); err != nil {
			return py.Value{}, err
		}
	}
	return sh.timed(func() (py.Value, error) {
		if _, err := r.Run(cs); err != nil {
			return py.Value{}, err
		}
		if ce != nil {
			return r.Run(ce)
		}
		return py.None, nil
	})
}

func (sh *Shell) timed(run func() (py.Value, error)) (py.Value, error) {
	wall := time.Now()
	u0, s0 := cpuTimes()
	v, err := run()
	u1, s1 := cpuTimes()
	w := time.Since(wall).Seconds()
	if err != nil {
		return py.Value{}, err
	}
	u, s := u1-u0, s1-s0
	sh.printOut(fmt.Sprintf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
		FormatTime(u, 3), FormatTime(s, 3), FormatTime(u+s, 3), FormatTime(w, 3)))
	return v, nil
}

// timeitOptions are %timeit's parsed flags.
type timeitOptions struct {
	number, repeat, precision int
	quiet, result             bool
	stmt                      string
}

// parseTimeitArgs reads leading -n/-r/-p/-q/-o/-t/-c options (getopt
// style: "-n10" or "-n 10", flags may be combined) and returns the rest.
func parseTimeitArgs(args string) (timeitOptions, error) {
	o := timeitOptions{repeat: 7, precision: 3}
	rest := strings.TrimLeft(args, " \t")
	for strings.HasPrefix(rest, "-") && len(rest) > 1 && rest[1] != ' ' {
		word, after, _ := strings.Cut(rest, " ")
		if word == "--" {
			rest = after
			break
		}
		flags := word[1:]
		for len(flags) > 0 {
			f := flags[0]
			flags = flags[1:]
			switch f {
			case 'q':
				o.quiet = true
			case 'o':
				o.result = true
			case 't', 'c':
			case 'n', 'r', 'p':
				val := flags
				if val == "" {
					val, after, _ = strings.Cut(strings.TrimLeft(after, " \t"), " ")
				}
				flags = ""
				n, err := strconv.Atoi(val)
				if err != nil {
					return o, UsageError("option -%c requires an integer argument, got %q", f, val)
				}
				switch f {
				case 'n':
					o.number = n
				case 'r':
					o.repeat = n
				case 'p':
					o.precision = n
				}
			default:
				return o, UsageError("option -%c not recognized", f)
			}
		}
		rest = strings.TrimLeft(after, " \t")
	}
	o.stmt = rest
	return o, nil
}

func lineTimeit(sh *Shell, args string) (py.Value, error) {
	o, err := parseTimeitArgs(args)
	if err != nil {
		return py.Value{}, err
	}
	return sh.timeit(o, "pass", o.stmt)
}

func cellTimeit(sh *Shell, args, body string) (py.Value, error) {
	o, err := parseTimeitArgs(args)
	if err != nil {
		return py.Value{}, err
	}
	setup := o.stmt
	if strings.TrimSpace(setup) == "" {
		setup = "pass"
	}
	return sh.timeit(o, setup, body)
}

// timerFuncName is the global the timing function is defined under while
// it is compiled; it is removed right after.
const timerFuncName = "__adder_timeit_inner"

// timeit times stmt after setup: a Python function runs the loop (as
// IPython's Timer does), so per-iteration cost is the statement's alone.
func (sh *Shell) timeit(o timeitOptions, setup, stmt string) (py.Value, error) {
	r, err := sh.runner()
	if err != nil {
		return py.Value{}, err
	}
	if strings.TrimSpace(stmt) == "" {
		return py.None, nil
	}
	src := "def " + timerFuncName + "(_it, _timer):\n" + indent(setup, "    ") +
		"    _t0 = _timer()\n    for _i in _it:\n" + indent(stmt, "        ") +
		"    _t1 = _timer()\n    return _t1 - _t0\n"
	t0 := time.Now()
	code, err := r.Compile(src, "<magic-timeit>", "exec")
	if err != nil {
		return py.Value{}, err
	}
	if _, err := r.Run(code); err != nil {
		return py.Value{}, err
	}
	compileTime := time.Since(t0).Seconds()
	inner, ok := sh.Globals.GetStr(timerFuncName)
	sh.Globals.DelStr(timerFuncName)
	if !ok {
		return py.Value{}, UsageError("timeit: the timing function was not defined")
	}
	start := time.Now()
	timer := py.NewBuiltin("perf_counter", func([]py.Value, []string) (py.Value, error) {
		return py.Float(time.Since(start).Seconds()), nil
	})
	rangeFn, _ := py.BuiltinsDict.GetStr("range")
	runOnce := func(number int) (float64, error) {
		it, err := py.Call(rangeFn, []py.Value{py.Int(int64(number))}, nil)
		if err != nil {
			return 0, err
		}
		v, err := py.Call(inner, []py.Value{it, timer}, nil)
		if err != nil {
			return 0, err
		}
		return py.FloatOf(v)
	}
	number := o.number
	if number == 0 {
		for i := 0; i < 10; i++ {
			number = int(math.Pow10(i))
			t, err := runOnce(number)
			if err != nil {
				return py.Value{}, err
			}
			if t >= 0.2 {
				break
			}
		}
	}
	repeat := max(o.repeat, 1)
	runs := make([]float64, repeat)
	for i := range runs {
		if runs[i], err = runOnce(number); err != nil {
			return py.Value{}, err
		}
	}
	res := newTimeitResult(number, repeat, runs, compileTime, o.precision)
	if !o.quiet {
		var b strings.Builder
		if res.worst > 4*res.best && res.best > 0 && res.worst > 1e-6 {
			fmt.Fprintf(&b, "The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.\n", res.worst/res.best)
		}
		b.WriteString(res.String() + "\n")
		if compileTime > 0.1 {
			fmt.Fprintf(&b, "Compiler time: %.2f s\n", compileTime)
		}
		sh.printOut(b.String())
	}
	if o.result {
		return res.value()
	}
	return py.None, nil
}

// indent prefixes every line of src, which ends with a newline after.
func indent(src, prefix string) string {
	var b strings.Builder
	for _, l := range splitLines(strings.TrimRight(src, "\n") + "\n") {
		b.WriteString(prefix + l)
	}
	return b.String()
}

// timeitResult is IPython's TimeitResult.
type timeitResult struct {
	loops, repeat int
	best, worst   float64
	allRuns       []float64
	timings       []float64
	compileTime   float64
	precision     int
}

func newTimeitResult(loops, repeat int, runs []float64, compileTime float64, precision int) *timeitResult {
	r := &timeitResult{loops: loops, repeat: repeat, allRuns: runs, compileTime: compileTime, precision: precision}
	r.best, r.worst = math.Inf(1), math.Inf(-1)
	for _, t := range runs {
		r.best = min(r.best, t/float64(loops))
		r.worst = max(r.worst, t/float64(loops))
		r.timings = append(r.timings, t/float64(loops))
	}
	return r
}

func (r *timeitResult) average() float64 {
	s := 0.0
	for _, t := range r.timings {
		s += t
	}
	return s / float64(len(r.timings))
}

func (r *timeitResult) stdev() float64 {
	m := r.average()
	s := 0.0
	for _, t := range r.timings {
		s += (t - m) * (t - m)
	}
	return math.Sqrt(s / float64(len(r.timings)))
}

// String is IPython's report line.
func (r *timeitResult) String() string {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	return fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of %d run%s, %s loop%s each)",
		FormatTime(r.average(), r.precision), FormatTime(r.stdev(), r.precision),
		r.repeat, plural(r.repeat), thousands(r.loops), plural(r.loops))
}

// thousands writes n with comma separators, like format(n, ",").
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// value builds the TimeitResult object %timeit -o returns.
func (r *timeitResult) value() (py.Value, error) {
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("IPython.core.magics.execution"))
	// Declare the dunders before the class exists so its repr/str slots
	// dispatch to them; AddMethods then fills in the Go methods.
	ns.SetStr("__repr__", py.None)
	ns.SetStr("__str__", py.None)
	cls, err := py.NewClass(py.TypeType, "TimeitResult", []*py.Type{py.ObjectType}, ns)
	if err != nil {
		return py.Value{}, err
	}
	text := r.String()
	py.AddMethods(cls, []py.MethodDef{
		{Name: "__repr__", Fn: func(py.Value, []py.Value, []string) (py.Value, error) {
			return py.StrValue("<TimeitResult : " + text + ">"), nil
		}},
		{Name: "__str__", Fn: func(py.Value, []py.Value, []string) (py.Value, error) { return py.StrValue(text), nil }},
	})
	obj, err := py.Call(py.ObjectValue(cls), nil, nil)
	if err != nil {
		return py.Value{}, err
	}
	floats := func(xs []float64) py.Value {
		out := make([]py.Value, len(xs))
		for i, x := range xs {
			out[i] = py.Float(x)
		}
		return py.ListValue(out)
	}
	for name, v := range map[string]py.Value{
		"loops": py.Int(int64(r.loops)), "repeat": py.Int(int64(r.repeat)),
		"best": py.Float(r.best), "worst": py.Float(r.worst),
		"all_runs": floats(r.allRuns), "timings": floats(r.timings),
		"compile_time": py.Float(r.compileTime), "average": py.Float(r.average()),
		"stdev": py.Float(r.stdev()),
	} {
		if err := py.SetAttr(obj, name, v); err != nil {
			return py.Value{}, err
		}
	}
	return obj, nil
}
