// This file implements _adder_zoneinfo, the Go half of zoneinfo: time
// zones from the system's IANA database through time.LoadLocation, read
// as "offset in force at this instant" queries that zoneinfo.py turns
// into tzinfo answers (with PEP 495 folds).

package stdlib

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"adder/interp/py"
)

var (
	zoneMu    sync.Mutex
	zoneCache = map[string]*time.Location{}
)

// zoneDirs are searched by available(); LoadLocation has its own list.
var zoneDirs = []string{"/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo"}

func loadZone(key string) (*time.Location, bool) {
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if loc, ok := zoneCache[key]; ok {
		return loc, true
	}
	if key == "" || strings.HasPrefix(key, "/") || strings.Contains(key, "..") || key == "Local" {
		return nil, false
	}
	loc, err := time.LoadLocation(key)
	if err != nil {
		return nil, false
	}
	zoneCache[key] = loc
	return loc, true
}

var zoneinfoFuncs = map[string]py.Func{
	// exists(key) -> bool
	"exists": func(args []py.Value, kw []string) (py.Value, error) {
		key, _ := py.AsStr(args[0])
		_, ok := loadZone(key)
		return py.Bool(ok), nil
	},
	// at(key, unix_seconds) -> (utc offset seconds, is_dst, abbreviation)
	"at": func(args []py.Value, kw []string) (py.Value, error) {
		key, _ := py.AsStr(args[0])
		loc, ok := loadZone(key)
		if !ok {
			return py.Value{}, py.Errorf(py.KeyErrorType, "No time zone found with key %s", key)
		}
		secs := args[1].AsInt()
		t := time.Unix(secs, 0).In(loc)
		name, off := t.Zone()
		return py.NewTuple(py.Int(int64(off)), py.Bool(t.IsDST()), py.StrValue(name)), nil
	},
	// available() -> sorted list of zone keys found on disk
	"available": func(args []py.Value, kw []string) (py.Value, error) {
		seen := map[string]bool{}
		for _, dir := range zoneDirs {
			_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(dir, p)
				if strings.HasPrefix(rel, "posix/") || strings.HasPrefix(rel, "right/") ||
					strings.Contains(rel, ".") || rel == "posixrules" || rel == "localtime" || rel == "Factory" {
					return nil
				}
				f, err := os.Open(p)
				if err != nil {
					return nil
				}
				magic := make([]byte, 4)
				n, _ := f.Read(magic)
				f.Close()
				if n == 4 && string(magic) == "TZif" {
					seen[rel] = true
				}
				return nil
			})
		}
		names := make([]string, 0, len(seen))
		for k := range seen {
			names = append(names, k)
		}
		sort.Strings(names)
		items := make([]py.Value, len(names))
		for i, n := range names {
			items[i] = py.StrValue(n)
		}
		return py.ObjectValue(py.NewList(items)), nil
	},
}

func init() {
	registerGoModule("_adder_zoneinfo", "IANA time zones for zoneinfo (adder).", func(d *py.Dict) {
		for name, fn := range zoneinfoFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
