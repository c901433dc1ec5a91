// This file holds the magics that set up a notebook's environment:
// %automagic, %config, %load_ext and friends, %matplotlib, %pip and
// %conda, and %who_ls. They do what IPython's do where adder can, and say
// plainly why where it cannot (there is no pip for adder's interpreter).

package shell

import (
	"fmt"
	"sort"
	"strings"

	"adder/interp/py"
)

func init() {
	magics["automagic"] = &magic{line: lineAutomagic, doc: "Turn automagic (magics without the % prefix) on or off: %automagic [on|off|1|0]; no argument toggles it."}
	magics["config"] = &magic{line: lineConfig, doc: "Set a configuration value: %config Class.trait = value. It lands in get_ipython().config[Class][trait]."}
	magics["load_ext"] = &magic{line: lineLoadExt, doc: "Load an IPython extension: import the module and call its load_ipython_extension(ip)."}
	magics["reload_ext"] = &magic{line: lineReloadExt, doc: "Reload an IPython extension: unload it, reload the module, load it again."}
	magics["unload_ext"] = &magic{line: lineUnloadExt, doc: "Unload an IPython extension: call its unload_ipython_extension(ip)."}
	magics["matplotlib"] = &magic{line: lineMatplotlib, doc: "Set up matplotlib for the notebook (%matplotlib inline); needs an importable matplotlib."}
	magics["pip"] = &magic{line: packageManager("pip"), doc: "pip installs packages for CPython; adder cannot run it (see the message)."}
	magics["conda"] = &magic{line: packageManager("conda"), doc: "conda installs packages for CPython; adder cannot run it (see the message)."}
	magics["who_ls"] = &magic{line: lineWhoLs, doc: "Return a sorted list of the interactive variables (optionally only of the given types)."}
	magics["javascript"] = &magic{cell: displayMagic("application/javascript", "Javascript"), doc: "Run the cell as JavaScript in the frontend."}
	magics["js"] = &magic{cell: displayMagic("application/javascript", "Javascript"), doc: "Run the cell as JavaScript in the frontend (%%javascript)."}
	magics["svg"] = &magic{cell: displayMagic("image/svg+xml", "SVG"), doc: "Render the cell as SVG."}
	magics["file"] = &magic{cell: cellWritefile, doc: "Write the cell body to a file, as %%writefile."}
}

func lineAutomagic(sh *Shell, args string) (py.Value, error) {
	switch strings.ToLower(strings.TrimSpace(args)) {
	case "":
		sh.automagicOff = !sh.automagicOff
	case "on", "1", "true":
		sh.automagicOff = false
	case "off", "0", "false":
		sh.automagicOff = true
	default:
		return py.Value{}, UsageError("%%automagic takes on, off, 1 or 0, not %s", strings.TrimSpace(args))
	}
	sh.printOut("\n" + automagicState(sh) + "\n")
	return py.None, nil
}

// automagicState is IPython's sentence on automagic.
func automagicState(sh *Shell) string {
	if sh.automagicOff {
		return "Automagic is OFF, % prefix IS needed for line magics."
	}
	return "Automagic is ON, % prefix IS NOT needed for line magics."
}

func lineConfig(sh *Shell, args string) (py.Value, error) {
	cfg, err := py.GetAttr(sh.ipython, "config")
	if err != nil {
		return py.Value{}, err
	}
	args = strings.TrimSpace(args)
	if args == "" {
		var names []string
		err := py.Iterate(cfg, func(k py.Value) error {
			if s, ok := py.AsStr(k); ok {
				names = append(names, s)
			}
			return nil
		})
		if err != nil {
			return py.Value{}, err
		}
		sort.Strings(names)
		sh.printOut("Available objects for config:\n    " + strings.Join(names, "\n    ") + "\n")
		return py.None, nil
	}
	target, expr, ok := strings.Cut(args, "=")
	class, trait, dotted := strings.Cut(strings.TrimSpace(target), ".")
	if !ok || !dotted || class == "" || trait == "" {
		if found, _ := py.Contains(cfg, py.StrValue(args)); found {
			v, err := py.GetItem(cfg, py.StrValue(args))
			if err != nil {
				return py.Value{}, err
			}
			r, err := py.ReprString(v)
			if err != nil {
				return py.Value{}, err
			}
			sh.printOut(r + "\n")
			return py.None, nil
		}
		return py.Value{}, UsageError("Invalid config statement: %s", pyRepr(args))
	}
	r, err := sh.runner()
	if err != nil {
		return py.Value{}, err
	}
	code, err := r.Compile(strings.TrimSpace(expr), "<config>", "eval")
	if err != nil {
		return py.Value{}, err
	}
	val, err := r.Run(code)
	if err != nil {
		return py.Value{}, err
	}
	// The config makes a section on first use, as traitlets' Config does.
	section, err := py.GetItem(cfg, py.StrValue(class))
	if err != nil {
		return py.Value{}, err
	}
	trait = strings.TrimSpace(trait)
	if err := py.SetItem(section, py.StrValue(trait), val); err != nil {
		return py.Value{}, err
	}
	// The shell itself is live configurable: its settings apply at once.
	if class == "InteractiveShell" || class == "ZMQInteractiveShell" {
		return py.None, py.SetAttr(sh.ipython, trait, val)
	}
	return py.None, nil
}

// builtinExtensions are the extensions IPython ships: `%load_ext
// autoreload` loads IPython.extensions.autoreload.
var builtinExtensions = map[string]bool{"autoreload": true}

// extensionModule imports an extension's module.
func extensionModule(name string) (py.Value, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return py.Value{}, UsageError("Missing module name.")
	}
	if builtinExtensions[name] {
		name = "IPython.extensions." + name
	}
	return py.Current().ImportModule(name)
}

// callExtensionHook calls module.fn(get_ipython()) and reports whether
// the module has fn.
func (sh *Shell) callExtensionHook(mod py.Value, fn string) (bool, error) {
	hook, err := py.GetAttrOpt(mod, fn)
	if err != nil || hook.IsNil() {
		return false, err
	}
	_, err = py.Call(hook, []py.Value{sh.ipython}, nil)
	return true, err
}

func lineLoadExt(sh *Shell, args string) (py.Value, error) {
	name := strings.TrimSpace(args)
	if sh.loadedExts[name] {
		sh.printOut(fmt.Sprintf("The %s extension is already loaded. To reload it, use:\n  %%reload_ext %s\n", name, name))
		return py.None, nil
	}
	mod, err := extensionModule(name)
	if err != nil {
		return py.Value{}, err
	}
	ok, err := sh.callExtensionHook(mod, "load_ipython_extension")
	if err != nil {
		return py.Value{}, err
	}
	if !ok {
		sh.printOut(fmt.Sprintf("The %s module is not an IPython extension.\n", name))
		return py.None, nil
	}
	if sh.loadedExts == nil {
		sh.loadedExts = map[string]bool{}
	}
	sh.loadedExts[name] = true
	return py.None, nil
}

func lineUnloadExt(sh *Shell, args string) (py.Value, error) {
	name := strings.TrimSpace(args)
	if !sh.loadedExts[name] {
		sh.printOut(fmt.Sprintf("The %s extension is not loaded.\n", name))
		return py.None, nil
	}
	mod, err := extensionModule(name)
	if err != nil {
		return py.Value{}, err
	}
	ok, err := sh.callExtensionHook(mod, "unload_ipython_extension")
	if err != nil {
		return py.Value{}, err
	}
	if !ok {
		sh.printOut(fmt.Sprintf("The %s extension doesn't define how to unload it.\n", name))
		return py.None, nil
	}
	delete(sh.loadedExts, name)
	return py.None, nil
}

func lineReloadExt(sh *Shell, args string) (py.Value, error) {
	name := strings.TrimSpace(args)
	if sh.loadedExts[name] {
		mod, err := extensionModule(name)
		if err != nil {
			return py.Value{}, err
		}
		if _, err := sh.callExtensionHook(mod, "unload_ipython_extension"); err != nil {
			return py.Value{}, err
		}
		delete(sh.loadedExts, name)
		importlib, err := py.Current().ImportModule("importlib")
		if err != nil {
			return py.Value{}, err
		}
		if _, err := py.CallMethod(importlib, "reload", mod); err != nil {
			return py.Value{}, err
		}
	}
	return lineLoadExt(sh, name)
}

// lineMatplotlib sets up matplotlib as %matplotlib inline would. adder
// has no matplotlib of its own, so this is where a notebook that needs
// it learns so, with the error IPython gives when it is not installed.
func lineMatplotlib(sh *Shell, args string) (py.Value, error) {
	if _, err := py.Current().ImportModule("matplotlib"); err != nil {
		return py.Value{}, err
	}
	return py.None, nil
}

// packageManager answers %pip and %conda: they install into CPython,
// which adder does not use, so running them would report success for
// packages adder still cannot import.
func packageManager(name string) func(sh *Shell, args string) (py.Value, error) {
	return func(sh *Shell, args string) (py.Value, error) {
		return py.Value{}, UsageError("%%%s is not available in adder: adder runs its own Python interpreter, not CPython, "+
			"so packages installed with %s are not importable here, and C extension modules (numpy, pandas, ...) "+
			"cannot be loaded at all. Pure-Python packages can be used by adding their directory to sys.path.", name, name)
	}
}

func lineWhoLs(sh *Shell, args string) (py.Value, error) {
	names := sh.whoNames(args)
	items := make([]py.Value, len(names))
	for i, n := range names {
		items[i] = py.StrValue(n)
	}
	return py.ListValue(items), nil
}
