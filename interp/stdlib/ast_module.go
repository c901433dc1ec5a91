// This file implements _adder_ast, the Go half of ast.parse: adder's own
// parser (interp/syntax) parses the source and its CPython-format dump
// (with positions) is what ast.py turns into node objects.

package stdlib

import (
	"adder/interp/py"
	"adder/interp/syntax"
)

func init() {
	registerGoModule("_adder_ast", "Parsing for ast (adder).", func(d *py.Dict) {
		// dump(source, filename, mode, type_comments) -> ast.dump text with
		// attributes; raises SyntaxError as compile() would.
		py.AddFunc(d, "dump", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 4 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "dump() takes 4 arguments")
			}
			var src []byte
			if s, ok := py.AsStr(args[0]); ok {
				src = []byte(s)
			} else if b, ok := py.AsBytes(args[0]); ok {
				src = []byte(b)
			} else {
				return py.Value{}, py.Errorf(py.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
			}
			filename, _ := py.AsStr(args[1])
			mode, _ := py.AsStr(args[2])
			pm := syntax.Exec
			switch mode {
			case "exec":
			case "eval":
				pm = syntax.Eval
			case "single":
				pm = syntax.Single
			default:
				return py.Value{}, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
			}
			var flags syntax.Flags
			if args[3].AsBool() {
				flags |= syntax.TypeComments
			}
			mod, err := syntax.Parse(filename, src, pm, flags)
			if err != nil {
				return py.Value{}, py.SyntaxErrorFrom(err)
			}
			return py.StrValue(syntax.Dump(mod, true)), nil
		})
	})
}
