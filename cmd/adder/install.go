package main

// This file implements "adder install", "adder uninstall" and
// "adder kernelspec".

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"adder/install"
)

func init() {
	register(&command{
		name:    "install",
		usage:   "install [--user|--sys-prefix|--prefix DIR] [--name NAME] [--display-name TEXT]",
		summary: "install the Jupyter kernelspec",
		help: `Writes kernel.json and logos so that Jupyter clients can start adder.
  --user          the user's Jupyter data directory (the default):
                  $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter
  --sys-prefix    the active virtualenv or conda environment, else /usr/local
  --prefix DIR    DIR/share/jupyter (add that directory to JUPYTER_PATH)
  --name NAME     the kernel's name, as in "jupyter console --kernel NAME" (default adder)
  --display-name  the name shown in launchers (default "Python 3 (adder)")`,
		run: runInstall,
	})
	register(&command{
		name:    "uninstall",
		usage:   "uninstall [--user|--sys-prefix|--prefix DIR] [--name NAME]",
		summary: "remove the Jupyter kernelspec",
		run:     runUninstall,
	})
	register(&command{
		name:    "kernelspec",
		usage:   "kernelspec [--name NAME]",
		summary: "print where the kernelspec is installed",
		run:     runKernelspec,
	})
}

// location holds the flags that choose a data directory.
type location struct {
	user, sysPrefix bool
	prefix, name    string
}

func (l *location) bind(fs *flag.FlagSet) {
	fs.BoolVar(&l.user, "user", false, "the user's Jupyter data directory (default)")
	fs.BoolVar(&l.sysPrefix, "sys-prefix", false, "the active Python environment's data directory")
	fs.StringVar(&l.prefix, "prefix", "", "install under `DIR`/share/jupyter")
	fs.StringVar(&l.name, "name", install.DefaultName, "kernelspec `NAME`")
}

func (l *location) dataDir(env install.Env) (string, error) {
	chosen := 0
	for _, b := range []bool{l.user, l.sysPrefix, l.prefix != ""} {
		if b {
			chosen++
		}
	}
	if chosen > 1 {
		return "", errors.New("choose only one of --user, --sys-prefix and --prefix")
	}
	switch {
	case l.prefix != "":
		abs, err := filepath.Abs(l.prefix)
		if err != nil {
			return "", err
		}
		return install.PrefixDataDir(abs), nil
	case l.sysPrefix:
		return env.SysPrefixDataDir(), nil
	default:
		return env.UserDataDir(), nil
	}
}

func newFlagSet(name string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("adder "+name, flag.ContinueOnError)
	fs.SetOutput(out)
	return fs
}

func runInstall(args []string) int {
	fs := newFlagSet("install", os.Stderr)
	var loc location
	loc.bind(fs)
	display := fs.String("display-name", install.DefaultDisplayName, "the name shown in launchers")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dataDir, err := loc.dataDir(install.FromEnv())
	if err != nil {
		fmt.Fprintln(os.Stderr, "adder install:", err)
		return 2
	}
	self, err := os.Executable()
	if err == nil {
		self, err = filepath.EvalSymlinks(self)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "adder install: cannot find the adder binary:", err)
		return 1
	}
	dir, err := install.Install(dataDir, loc.name, install.NewSpec(self, *display))
	if err != nil {
		fmt.Fprintln(os.Stderr, "adder install:", err)
		return 1
	}
	fmt.Printf("Installed kernelspec %s in %s\n", loc.name, dir)
	return 0
}

func runUninstall(args []string) int {
	fs := newFlagSet("uninstall", os.Stderr)
	var loc location
	loc.bind(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dataDir, err := loc.dataDir(install.FromEnv())
	if err != nil {
		fmt.Fprintln(os.Stderr, "adder uninstall:", err)
		return 2
	}
	dir, err := install.Uninstall(dataDir, loc.name)
	if errors.Is(err, install.ErrNotInstalled) {
		fmt.Fprintf(os.Stderr, "adder uninstall: no kernelspec %s in %s\n", loc.name, filepath.Dir(dir))
		return 1
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "adder uninstall:", err)
		return 1
	}
	fmt.Printf("Removed %s\n", dir)
	return 0
}

func runKernelspec(args []string) int {
	fs := newFlagSet("kernelspec", os.Stderr)
	name := fs.String("name", install.DefaultName, "kernelspec `NAME`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	found := install.Find(install.FromEnv(), *name)
	if len(found) == 0 {
		fmt.Fprintf(os.Stderr, "adder kernelspec: %s is not installed (run \"adder install\")\n", *name)
		return 1
	}
	for i, dir := range found {
		note := ""
		if i > 0 {
			note = "  (shadowed)"
		}
		fmt.Printf("%s%s\n", dir, note)
	}
	return 0
}
