// Package install writes, finds and removes adder's Jupyter kernelspec: the
// kernel.json and logos that tell Jupyter clients how to start adder. The
// directories are resolved the way jupyter_core resolves them, so that
// `jupyter kernelspec list` finds what `adder install` writes.
package install

import (
	"os"
	"path/filepath"
	"strings"
)

// This file resolves Jupyter's data directories.

// Env is the part of the process environment that decides where kernelspecs
// live. Tests fill it by hand; FromEnv reads the real one.
type Env struct {
	Home          string
	JupyterData   string // JUPYTER_DATA_DIR
	JupyterPath   string // JUPYTER_PATH, os.PathListSeparator-separated
	XDGDataHome   string // XDG_DATA_HOME
	VirtualEnv    string // VIRTUAL_ENV
	CondaPrefix   string // CONDA_PREFIX
	SystemPrefix  string // where --sys-prefix installs when no environment is active
	SystemDataDir []string
}

// FromEnv reads the environment variables jupyter_core consults.
func FromEnv() Env {
	home, _ := os.UserHomeDir()
	return Env{
		Home:          home,
		JupyterData:   os.Getenv("JUPYTER_DATA_DIR"),
		JupyterPath:   os.Getenv("JUPYTER_PATH"),
		XDGDataHome:   os.Getenv("XDG_DATA_HOME"),
		VirtualEnv:    os.Getenv("VIRTUAL_ENV"),
		CondaPrefix:   os.Getenv("CONDA_PREFIX"),
		SystemPrefix:  "/usr/local",
		SystemDataDir: []string{"/usr/local/share/jupyter", "/usr/share/jupyter"},
	}
}

// UserDataDir is jupyter_core's jupyter_data_dir() on Linux.
func (e Env) UserDataDir() string {
	if e.JupyterData != "" {
		return e.JupyterData
	}
	xdg := e.XDGDataHome
	if xdg == "" {
		xdg = filepath.Join(e.Home, ".local", "share")
	}
	return filepath.Join(xdg, "jupyter")
}

// SysPrefixDataDir is the data directory of the active Python environment,
// or of the system prefix when none is active.
func (e Env) SysPrefixDataDir() string {
	prefix := e.SystemPrefix
	switch {
	case e.VirtualEnv != "":
		prefix = e.VirtualEnv
	case e.CondaPrefix != "":
		prefix = e.CondaPrefix
	}
	return PrefixDataDir(prefix)
}

// PrefixDataDir is the Jupyter data directory under an installation prefix.
func PrefixDataDir(prefix string) string {
	return filepath.Join(prefix, "share", "jupyter")
}

// SearchPath lists the data directories in jupyter_core's order of
// precedence: JUPYTER_PATH, the user's directory, the environment's, then
// the system's.
func (e Env) SearchPath() []string {
	var dirs []string
	for _, d := range strings.Split(e.JupyterPath, string(os.PathListSeparator)) {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	dirs = append(dirs, e.UserDataDir())
	if e.VirtualEnv != "" || e.CondaPrefix != "" {
		dirs = append(dirs, e.SysPrefixDataDir())
	}
	dirs = append(dirs, e.SystemDataDir...)
	return dedupe(dirs)
}

func dedupe(dirs []string) []string {
	seen := map[string]bool{}
	out := dirs[:0]
	for _, d := range dirs {
		c := filepath.Clean(d)
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
