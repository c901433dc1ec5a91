package install

// This file writes, finds and removes kernelspec directories.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// DefaultName is the kernelspec directory name, what `--kernel adder` selects.
const DefaultName = "adder"

// DefaultDisplayName is what Jupyter's launcher shows.
const DefaultDisplayName = "Python 3 (adder)"

// Spec is the content of kernel.json.
type Spec struct {
	Argv          []string       `json:"argv"`
	DisplayName   string         `json:"display_name"`
	Language      string         `json:"language"`
	InterruptMode string         `json:"interrupt_mode"`
	Env           map[string]any `json:"env,omitempty"`
	Metadata      map[string]any `json:"metadata"`
}

// NewSpec describes a kernel started as `BINARY kernel -f {connection_file}`.
func NewSpec(binary, displayName string) Spec {
	if displayName == "" {
		displayName = DefaultDisplayName
	}
	return Spec{
		Argv:          []string{binary, "kernel", "-f", "{connection_file}"},
		DisplayName:   displayName,
		Language:      "python",
		InterruptMode: "message",
		Metadata:      map[string]any{"debugger": false},
	}
}

var validName = regexp.MustCompile(`^[a-zA-Z0-9._-]+$`)

// Install writes the kernelspec NAME under dataDir/kernels, replacing one
// that is there, and returns its directory.
func Install(dataDir, name string, spec Spec) (string, error) {
	if !validName.MatchString(name) {
		return "", fmt.Errorf("invalid kernel name %q: use letters, digits, '.', '_' and '-'", name)
	}
	dir := filepath.Join(dataDir, "kernels", name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create kernelspec directory: %w", err)
	}
	data, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode kernel.json: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, "kernel.json"), append(data, '\n')); err != nil {
		return "", err
	}
	for _, size := range []int{32, 64} {
		png, err := Logo(size)
		if err != nil {
			return "", err
		}
		name := fmt.Sprintf("logo-%dx%d.png", size, size)
		if err := writeFileAtomic(filepath.Join(dir, name), png); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// writeFileAtomic replaces path in one rename, so a client listing
// kernelspecs meanwhile never reads half a kernel.json.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// Find returns the kernelspec directories named NAME along the search path,
// the one Jupyter would use first.
func Find(env Env, name string) []string {
	var found []string
	for _, d := range env.SearchPath() {
		dir := filepath.Join(d, "kernels", name)
		if _, err := os.Stat(filepath.Join(dir, "kernel.json")); err == nil {
			found = append(found, dir)
		}
	}
	return found
}

// ReadSpec reads the kernel.json in a kernelspec directory.
func ReadSpec(dir string) (Spec, error) {
	var s Spec
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return s, fmt.Errorf("%s: %w", filepath.Join(dir, "kernel.json"), err)
	}
	return s, nil
}

// ErrNotInstalled is returned by Uninstall when no kernelspec was found.
var ErrNotInstalled = errors.New("kernelspec not installed")

// Uninstall removes the kernelspec NAME from dataDir.
func Uninstall(dataDir, name string) (string, error) {
	dir := filepath.Join(dataDir, "kernels", name)
	if _, err := os.Stat(filepath.Join(dir, "kernel.json")); errors.Is(err, fs.ErrNotExist) {
		return dir, ErrNotInstalled
	}
	if err := os.RemoveAll(dir); err != nil {
		return dir, fmt.Errorf("remove %s: %w", dir, err)
	}
	return dir, nil
}
