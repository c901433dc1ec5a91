//go:build nosqlite

// This file stands in for sqlite_module.go in builds with the nosqlite
// tag. SQLite (modernc.org/sqlite) adds about 5 MB to the binary and
// 1.1-1.4 MB to a kernel's idle RSS; a user of a Python kernel expects
// import sqlite3 to work, so it is in by default, and this tag is for
// those who would rather save the memory. Without it, import sqlite3
// raises ModuleNotFoundError naming _sqlite3, as on a CPython built
// without it.

package stdlib

// SQLiteBuilt tells whether this binary has SQLite (built without the
// nosqlite tag).
const SQLiteBuilt = false
