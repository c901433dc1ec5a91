// This file computes CPython 3.12's "Did you mean" suggestions for
// NameError and AttributeError (Lib/traceback.py's
// _compute_suggestion_error with the Levenshtein costs of
// Python/suggestions.c), for traceback printers.

package py

import (
	"sort"
	"strings"
	"unicode"
)

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	suggestMoveCost  = 2
	suggestCaseCost  = 1
)

// stdlibModuleNames is sys.stdlib_module_names without private modules
// (for "Did you forget to import 'x'?").
var stdlibModuleNames = map[string]bool{}

func init() {
	for _, n := range []string{
		"abc", "aifc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop",
		"base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb",
		"chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall",
		"concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv",
		"ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "doctest",
		"email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
		"fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt",
		"getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html",
		"http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io", "ipaddress", "itertools",
		"json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap",
		"marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing",
		"netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
		"optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil",
		"platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty",
		"pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random",
		"re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select",
		"selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib", "sndhdr", "socket",
		"socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat",
		"statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys",
		"sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap",
		"this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
		"traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
		"unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
		"winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib",
		"zoneinfo",
	} {
		stdlibModuleNames[n] = true
	}
}

// SuggestionSuffix returns what CPython 3.12's traceback printer appends
// to str(exc) for a NameError or AttributeError: ". Did you mean: 'x'?"
// and/or the forgotten-import hint; "" otherwise. It may call dir() on
// AttributeError.obj, so it runs on the interpreter's goroutine.
func SuggestionSuffix(exc *Exception) string {
	t := exc.Type()
	if t.IsSubtype(ImportErrorType) {
		from, ok1 := AsStr(exc.Attr("name_from"))
		mod, ok2 := AsStr(exc.Attr("name"))
		if !ok1 || !ok2 || current == nil {
			return ""
		}
		m, ok := current.Modules.GetStr(mod)
		if !ok {
			return ""
		}
		var candidates []string
		for _, n := range dirOf(m) {
			if s, ok := AsStr(n); ok {
				candidates = append(candidates, s)
			}
		}
		if s := closestName(from, candidates); s != "" {
			return ". Did you mean: '" + s + "'?"
		}
		return ""
	}
	isName := t.IsSubtype(NameErrorType)
	if !isName && !t.IsSubtype(AttributeErrorType) {
		return ""
	}
	wrong, ok := AsStr(exc.Attr("name"))
	if !ok {
		return ""
	}
	var candidates []string
	suggestion := ""
	if isName {
		tb := exc.Traceback
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		if tb.Locals != nil {
			if self, ok := tb.Locals.GetStr("self"); ok {
				if v, _ := GetAttrOpt(self, wrong); v.obj != nil {
					suggestion = "self." + wrong
				}
			}
		}
		if suggestion == "" {
			for _, d := range []*Dict{tb.Locals, tb.Globals, BuiltinsDict} {
				if d == nil {
					continue
				}
				for _, k := range d.Keys() {
					if s, ok := AsStr(k); ok {
						candidates = append(candidates, s)
					}
				}
			}
		}
	} else {
		obj := exc.Attr("obj")
		if obj.obj == nil || obj.IsNone() && exc.Attr("name").obj == nil {
			return ""
		}
		var names []Value
		if r, found, err := CallDunder(obj, "__dir__"); found && err == nil {
			items, err := ToSlice(r)
			if err != nil {
				return ""
			}
			names = items
		} else {
			names = dirOf(obj)
		}
		for _, n := range names {
			if s, ok := AsStr(n); ok {
				candidates = append(candidates, s)
			}
		}
		sort.Strings(candidates)
	}
	if suggestion == "" {
		suggestion = closestName(wrong, candidates)
	}
	out := ""
	if suggestion != "" {
		out = ". Did you mean: '" + suggestion + "'?"
	}
	if isName && stdlibModuleNames[wrong] {
		if suggestion != "" {
			out += " Or did you forget to import '" + wrong + "'?"
		} else {
			out += ". Did you forget to import '" + wrong + "'?"
		}
	}
	return out
}

func closestName(wrong string, candidates []string) string {
	if len(candidates) > suggestMaxItems {
		return ""
	}
	wl := len([]rune(wrong))
	if wl > suggestMaxString {
		return ""
	}
	best := wl
	suggestion := ""
	for _, c := range candidates {
		if c == wrong {
			continue
		}
		maxDist := (len([]rune(c)) + wl + 3) * suggestMoveCost / 6
		if best-1 < maxDist {
			maxDist = best - 1
		}
		d := levenshtein(wrong, c, maxDist)
		if d > maxDist {
			continue
		}
		if suggestion == "" || d < best {
			suggestion = c
			best = d
		}
	}
	return suggestion
}

func substitutionCost(a, b rune) int {
	if a == b {
		return 0
	}
	if unicode.ToLower(a) == unicode.ToLower(b) {
		return suggestCaseCost
	}
	return suggestMoveCost
}

func levenshtein(as, bs string, maxCost int) int {
	if as == bs {
		return 0
	}
	a, b := []rune(as), []rune(bs)
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return suggestMoveCost * (len(a) + len(b))
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi, bc := range b {
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i, ac := range a {
			substitute := distance + substitutionCost(bc, ac)
			distance = row[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

var _ = strings.TrimSpace
