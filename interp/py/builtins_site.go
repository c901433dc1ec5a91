// This file adds the names CPython's site module puts in builtins: exit
// and quit (Quitter objects) and the copyright/credits/license printers.

package py

type quitter struct{ name string }

func (q *quitter) Type() *Type { return QuitterType }

// QuitterType is the type of exit and quit.
var QuitterType = newBuiltinType("Quitter", ObjectType, 0)

type printer struct{ name, text string }

func (p *printer) Type() *Type { return PrinterType }

// PrinterType is the type of copyright, credits and license.
var PrinterType = newBuiltinType("_Printer", ObjectType, 0)

func init() {
	QuitterType.Dict.SetStr("__module__", StrValue("_sitebuiltins"))
	QuitterType.Repr = func(v Value) (Value, error) {
		return StrValue("Use " + v.obj.(*quitter).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	QuitterType.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		if err := ArgRange(fn.obj.(*quitter).name, args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		return Value{}, NewException(SystemExitType, args...)
	}
	PrinterType.Dict.SetStr("__module__", StrValue("_sitebuiltins"))
	PrinterType.Repr = func(v Value) (Value, error) { return StrValue(v.obj.(*printer).text), nil }
	PrinterType.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		return None, WriteTo(SysAttr("stdout"), fn.obj.(*printer).text+"\n")
	}
	BuiltinsDict.SetStr("exit", ObjectValue(&quitter{"exit"}))
	BuiltinsDict.SetStr("quit", ObjectValue(&quitter{"quit"}))
	BuiltinsDict.SetStr("copyright", ObjectValue(&printer{"copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."}))
	BuiltinsDict.SetStr("credits", ObjectValue(&printer{"credits", "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information."}))
	BuiltinsDict.SetStr("license", ObjectValue(&printer{"license", "Type license() to see the full license text"}))
}
