// This file registers _adder_re, the Go half of the re module: compile a
// pattern into a program object, run it (match, search, fullmatch), and
// scan for all non-overlapping matches. Match and Pattern objects are
// Python classes in lib/re/__init__.py built from the spans returned here.

package stdlib

import (
	"unicode/utf8"

	"adder/interp/py"
)

// reProgram is a compiled pattern as the Python half holds it.
type reProgram struct {
	prog    *reProg
	ngroups int
	isBytes bool
}

var reProgramType = newGoType("_adder_re", "Program")

func (p *reProgram) Type() *py.Type { return reProgramType }

// runeCache remembers the code points of the last subject string, since
// the Python half calls in repeatedly on the same string (finditer, sub).
var runeCache struct {
	s     string
	bytes bool
	r     []rune
}

// subjectRunes returns the code points of a str, or the bytes of a
// bytes-like object as runes 0-255.
func subjectRunes(v py.Value) ([]rune, bool, bool) {
	if s, ok := py.AsStr(v); ok {
		if runeCache.s == s && !runeCache.bytes && runeCache.r != nil {
			return runeCache.r, false, true
		}
		r := make([]rune, 0, utf8.RuneCountInString(s))
		for _, c := range s {
			r = append(r, c)
		}
		runeCache.s, runeCache.bytes, runeCache.r = s, false, r
		return r, false, true
	}
	if b, ok := py.AsBytes(v); ok {
		if runeCache.s == b && runeCache.bytes && runeCache.r != nil {
			return runeCache.r, true, true
		}
		r := make([]rune, len(b))
		for i := 0; i < len(b); i++ {
			r[i] = rune(b[i])
		}
		runeCache.s, runeCache.bytes, runeCache.r = b, true, r
		return r, true, true
	}
	return nil, false, false
}

func spansValue(caps []int, lastIndex int) py.Value {
	items := make([]py.Value, len(caps))
	for i, c := range caps {
		items[i] = py.Int(int64(c))
	}
	return py.NewTuple(py.NewTuple(items...), py.Int(int64(lastIndex)))
}

func argProgram(v py.Value) (*reProgram, error) {
	p, ok := v.Object().(*reProgram)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "expected a compiled program")
	}
	return p, nil
}

func intArg(v py.Value, def int) int {
	if v.IsInt() {
		return int(v.AsInt())
	}
	return def
}

func init() {
	registerGoModule("_adder_re", "Regular expression engine for re (adder).", func(d *py.Dict) {
		// compile(pattern, flags) -> (program, flags, ngroups, {name: index})
		// or ('error', msg, pos) for a bad pattern.
		py.AddFunc(d, "compile", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 2 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "compile(pattern, flags)")
			}
			src, isBytes, ok := subjectRunes(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "first argument must be string or compiled pattern")
			}
			src = append([]rune(nil), src...)
			flags := intArg(args[1], 0)
			pp, err := parseRegex(src, flags, isBytes)
			if err != nil {
				e := err.(*reError)
				pos := py.Value(py.None)
				if e.pos >= 0 {
					pos = py.Int(int64(e.pos))
				}
				return py.NewTuple(py.StrValue("error"), py.StrValue(e.msg), pos), nil
			}
			c := &reCompiler{}
			prog := c.prog(pp.root)
			if c.tooBig {
				return py.NewTuple(py.StrValue("error"), py.StrValue("pattern too large"), py.None), nil
			}
			names := py.NewDict()
			for name, idx := range pp.names {
				_ = names.SetItem(py.StrValue(name), py.Int(int64(idx)))
			}
			obj := &reProgram{prog: prog, ngroups: pp.ngroups, isBytes: isBytes}
			return py.NewTuple(py.ObjectValue(obj), py.Int(int64(pp.flags)), py.Int(int64(pp.ngroups)), py.ObjectValue(names)), nil
		})
		// match(program, string, pos, endpos, mode, must_advance) -> (spans, lastindex) or None
		py.AddFunc(d, "match", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 6 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "match() takes 6 arguments")
			}
			p, err := argProgram(args[0])
			if err != nil {
				return py.Value{}, err
			}
			in, _, ok := subjectRunes(args[1])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '%s'", args[1].Type().Name)
			}
			pos, endpos := intArg(args[2], 0), intArg(args[3], len(in))
			caps, last := execRegex(p.prog, p.ngroups, in, pos, endpos, reMode(intArg(args[4], 0)), args[5].AsBool())
			if caps == nil {
				return py.None, nil
			}
			return spansValue(caps, last), nil
		})
		// scan(program, string, pos, endpos, limit) -> [(spans, lastindex), ...]
		// all non-overlapping matches, an empty match never at the end of
		// the previous empty match (limit 0: no limit).
		py.AddFunc(d, "scan", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 5 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "scan() takes 5 arguments")
			}
			p, err := argProgram(args[0])
			if err != nil {
				return py.Value{}, err
			}
			in, _, ok := subjectRunes(args[1])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '%s'", args[1].Type().Name)
			}
			pos, endpos := intArg(args[2], 0), intArg(args[3], len(in))
			if endpos > len(in) {
				endpos = len(in)
			}
			limit := intArg(args[4], 0)
			var out []py.Value
			must := false
			for pos <= endpos && (limit <= 0 || len(out) < limit) {
				caps, last := execRegex(p.prog, p.ngroups, in, pos, endpos, modeSearch, must)
				if caps == nil {
					break
				}
				out = append(out, spansValue(caps, last))
				must = caps[0] == caps[1]
				pos = caps[1]
			}
			return py.ListValue(out), nil
		})
	})
}
