//go:build !sqlite

// This file stands in for sqlite_module.go in builds without the sqlite
// tag: linking SQLite (modernc.org/sqlite) adds about 5 MB to the binary
// and 1.1-1.4 MB to a kernel's idle RSS, so it is opt-in
// (go build -tags sqlite). Without it, import sqlite3 raises
// ModuleNotFoundError naming _sqlite3, as on a CPython built without it.

package stdlib

// SQLiteBuilt tells whether this binary has SQLite (the sqlite build tag).
const SQLiteBuilt = false
