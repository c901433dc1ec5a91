//go:build sqlite

// This file implements _adder_sqlite, the Go half of sqlite3: SQLite's C
// API as transpiled to Go by modernc.org/sqlite/lib (no cgo), exposed as
// Database and Statement objects with the calls the DB-API layer in
// lib/sqlite3 needs (prepare with the unparsed tail, bind, step, column
// values, changes, last_insert_rowid, autocommit state). Errors become the
// sqlite3 exception lib/sqlite3 builds from (code, extended code, name,
// message) through the factory it registers with _set_error.

package stdlib

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"adder/interp/py"
)

// SQLiteBuilt tells whether this binary has SQLite (the sqlite build tag).
const SQLiteBuilt = true

// sqliteErrorFactory is set by lib/sqlite3 (_set_error): called with
// (code, extended code, error name, message) it returns the exception.
var sqliteErrorFactory py.Value

// sqliteTransient is SQLITE_TRANSIENT: SQLite copies bound values.
const sqliteTransient = ^uintptr(0)

// sqliteDB is an open database connection. The C state is touched under
// mu: the interpreter is single-goroutine, but a finalizer may close an
// abandoned connection from the runtime's finalizer goroutine.
type sqliteDB struct {
	mu  sync.Mutex
	tls *libc.TLS
	db  uintptr
}

// sqliteStmt is one prepared statement of a sqliteDB.
type sqliteStmt struct {
	conn  *sqliteDB
	pstmt uintptr
}

var (
	sqliteDBType   = newGoType("_adder_sqlite", "Database")
	sqliteStmtType = newGoType("_adder_sqlite", "Statement")
)

func (d *sqliteDB) Type() *py.Type   { return sqliteDBType }
func (s *sqliteStmt) Type() *py.Type { return sqliteStmtType }

// sqliteErrNames names the result codes, as sqlite3.Error.sqlite_errorname.
var sqliteErrNames = map[int32]string{
	0: "SQLITE_OK", 1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT",
	5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM", 8: "SQLITE_READONLY", 9: "SQLITE_INTERRUPT",
	10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 12: "SQLITE_NOTFOUND", 13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN",
	15: "SQLITE_PROTOCOL", 16: "SQLITE_EMPTY", 17: "SQLITE_SCHEMA", 18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT",
	20: "SQLITE_MISMATCH", 21: "SQLITE_MISUSE", 22: "SQLITE_NOLFS", 23: "SQLITE_AUTH", 24: "SQLITE_FORMAT",
	25: "SQLITE_RANGE", 26: "SQLITE_NOTADB", 27: "SQLITE_NOTICE", 28: "SQLITE_WARNING",
	275: "SQLITE_CONSTRAINT_CHECK", 531: "SQLITE_CONSTRAINT_COMMITHOOK", 787: "SQLITE_CONSTRAINT_FOREIGNKEY",
	1043: "SQLITE_CONSTRAINT_FUNCTION", 1299: "SQLITE_CONSTRAINT_NOTNULL", 1555: "SQLITE_CONSTRAINT_PRIMARYKEY",
	1811: "SQLITE_CONSTRAINT_TRIGGER", 2067: "SQLITE_CONSTRAINT_UNIQUE", 2323: "SQLITE_CONSTRAINT_VTAB",
	2579: "SQLITE_CONSTRAINT_ROWID", 1038: "SQLITE_CANTOPEN_ISDIR", 264: "SQLITE_READONLY_RECOVERY",
	516: "SQLITE_ABORT_ROLLBACK", 261: "SQLITE_BUSY_RECOVERY", 262: "SQLITE_LOCKED_SHAREDCACHE",
	1032: "SQLITE_READONLY_DBMOVED", 3338: "SQLITE_IOERR_SHORT_READ",
}

// sqliteError builds the sqlite3 exception for result code rc, with the
// connection's message when it has one.
func (d *sqliteDB) error(rc int32) error {
	msg := libc.GoString(sqlite3.Xsqlite3_errstr(d.tls, rc))
	ext := rc
	if d.db != 0 {
		msg = libc.GoString(sqlite3.Xsqlite3_errmsg(d.tls, d.db))
		ext = sqlite3.Xsqlite3_extended_errcode(d.tls, d.db)
	}
	return sqliteRaise(rc&0xff, ext, msg)
}

func sqliteRaise(code, ext int32, msg string) error {
	name, ok := sqliteErrNames[ext]
	if !ok {
		name = sqliteErrNames[code]
	}
	if !sqliteErrorFactory.IsValid() {
		return py.Errorf(py.RuntimeErrorType, "%s", msg)
	}
	v, err := py.Call(sqliteErrorFactory, []py.Value{py.Int(int64(code)), py.Int(int64(ext)), py.StrValue(name), py.StrValue(msg)}, nil)
	if err != nil {
		return err
	}
	if e, ok := v.Object().(error); ok {
		return e
	}
	return py.Errorf(py.RuntimeErrorType, "%s", msg)
}

// cstring copies s into C memory the caller frees.
func (d *sqliteDB) cstring(s string) (uintptr, error) {
	p, err := libc.CString(s)
	if err != nil {
		return 0, py.Errorf(py.MemoryErrorType, "cannot allocate %d bytes for SQL text", len(s))
	}
	return p, nil
}

// sqliteOpen(path, timeout_ms, uri, readonly) -> Database
func sqliteOpen(args []py.Value, kw []string) (py.Value, error) {
	var pathV, timeoutV, uriV py.Value
	if err := py.UnpackArgs("open", args, kw, "path", &pathV, "timeout_ms", &timeoutV, "uri", &uriV); err != nil {
		return py.Value{}, err
	}
	path, _ := py.AsStr(pathV)
	uri, _ := py.Truth(uriV)
	d := &sqliteDB{tls: libc.NewTLS()}
	flags := int32(sqlite3.SQLITE_OPEN_READWRITE | sqlite3.SQLITE_OPEN_CREATE)
	if uri {
		flags |= sqlite3.SQLITE_OPEN_URI
	}
	name, err := d.cstring(path)
	if err != nil {
		d.tls.Close()
		return py.Value{}, err
	}
	defer libc.Xfree(d.tls, name)
	pdb := libc.Xmalloc(d.tls, 8)
	defer libc.Xfree(d.tls, pdb)
	rc := sqlite3.Xsqlite3_open_v2(d.tls, name, pdb, flags, 0)
	d.db = *(*uintptr)(cmem(pdb))
	if rc != sqlite3.SQLITE_OK {
		err := d.error(rc)
		if d.db != 0 {
			sqlite3.Xsqlite3_close_v2(d.tls, d.db)
		}
		d.tls.Close()
		return py.Value{}, err
	}
	if timeoutV.IsInt() {
		sqlite3.Xsqlite3_busy_timeout(d.tls, d.db, int32(timeoutV.AsInt()))
	}
	runtime.SetFinalizer(d, func(d *sqliteDB) { d.close() })
	return py.ObjectValue(d), nil
}

// close closes the connection (statements still open are finalized by
// close_v2 when they are) and frees the C thread state.
func (d *sqliteDB) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.db != 0 {
		sqlite3.Xsqlite3_close_v2(d.tls, d.db)
		d.db = 0
		d.tls.Close()
	}
}

func dbOf(self py.Value) (*sqliteDB, error) {
	d := self.Object().(*sqliteDB)
	if d.db == 0 {
		return nil, sqliteRaise(21, 21, "Cannot operate on a closed database.")
	}
	return d, nil
}

// sqlitePrepare is Database.prepare(sql) -> (Statement or None, tail):
// the first statement of sql compiled, and the text after it. An empty
// statement (only spaces and comments) gives None.
func sqlitePrepare(self py.Value, args []py.Value, kw []string) (py.Value, error) {
	d, err := dbOf(self)
	if err != nil {
		return py.Value{}, err
	}
	src, ok := py.AsStr(args[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "SQL must be str, not %s", args[0].Type().Name)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	text, err := d.cstring(src)
	if err != nil {
		return py.Value{}, err
	}
	defer libc.Xfree(d.tls, text)
	out := libc.Xmalloc(d.tls, 16) // *stmt, *tail
	defer libc.Xfree(d.tls, out)
	rc := sqlite3.Xsqlite3_prepare_v2(d.tls, d.db, text, int32(len(src)+1), out, out+8)
	if rc != sqlite3.SQLITE_OK {
		return py.Value{}, d.error(rc)
	}
	pstmt := *(*uintptr)(cmem(out))
	tail := *(*uintptr)(cmem(out + 8))
	rest := ""
	if tail != 0 && tail >= text && tail < text+uintptr(len(src)) {
		rest = src[tail-text:]
	}
	if pstmt == 0 {
		return py.NewTuple(py.None, py.StrValue(rest)), nil
	}
	s := &sqliteStmt{conn: d, pstmt: pstmt}
	runtime.SetFinalizer(s, func(s *sqliteStmt) { s.finalize() })
	return py.NewTuple(py.ObjectValue(s), py.StrValue(rest)), nil
}

func (s *sqliteStmt) finalize() {
	d := s.conn
	d.mu.Lock()
	defer d.mu.Unlock()
	if s.pstmt != 0 && d.db != 0 {
		sqlite3.Xsqlite3_finalize(d.tls, s.pstmt)
	}
	s.pstmt = 0
}

func stmtOf(self py.Value) (*sqliteStmt, error) {
	s := self.Object().(*sqliteStmt)
	if s.pstmt == 0 || s.conn.db == 0 {
		return nil, sqliteRaise(21, 21, "Cannot operate on a closed database.")
	}
	return s, nil
}

// sqliteBind is Statement.bind(index, value) for int, float, str,
// bytes-like and None; it returns False for any other type (the caller
// raises the DB-API error naming the parameter).
func sqliteBind(self py.Value, args []py.Value, kw []string) (py.Value, error) {
	s, err := stmtOf(self)
	if err != nil {
		return py.Value{}, err
	}
	d := s.conn
	i := int32(args[0].AsInt())
	v := args[1]
	d.mu.Lock()
	defer d.mu.Unlock()
	var rc int32
	switch {
	case v.IsNone():
		rc = sqlite3.Xsqlite3_bind_null(d.tls, s.pstmt, i)
	case v.IsInt() || v.IsBool():
		rc = sqlite3.Xsqlite3_bind_int64(d.tls, s.pstmt, i, v.AsInt())
	case v.IsFloat():
		rc = sqlite3.Xsqlite3_bind_double(d.tls, s.pstmt, i, v.AsFloat())
	case py.IsIntLike(v):
		b, _ := py.AsBig(v)
		if !b.IsInt64() {
			return py.Value{}, py.Errorf(py.OverflowErrorType, "Python int too large to convert to SQLite INTEGER")
		}
		rc = sqlite3.Xsqlite3_bind_int64(d.tls, s.pstmt, i, b.Int64())
	default:
		if str, ok := py.AsStr(v); ok {
			p, err := d.cstring(str)
			if err != nil {
				return py.Value{}, err
			}
			rc = sqlite3.Xsqlite3_bind_text(d.tls, s.pstmt, i, p, int32(len(str)), sqliteTransient)
			libc.Xfree(d.tls, p)
		} else if b, ok := py.AsBytes(v); ok {
			p := libc.Xmalloc(d.tls, 1+uint64(len(b)))
			copy(unsafe.Slice((*byte)(cmem(p)), len(b)+1), b)
			rc = sqlite3.Xsqlite3_bind_blob(d.tls, s.pstmt, i, p, int32(len(b)), sqliteTransient)
			libc.Xfree(d.tls, p)
		} else if v.Type().IsSubtype(py.FloatType) {
			f, err := py.FloatOf(v)
			if err != nil {
				return py.Value{}, err
			}
			rc = sqlite3.Xsqlite3_bind_double(d.tls, s.pstmt, i, f)
		} else {
			return py.False, nil
		}
	}
	if rc != sqlite3.SQLITE_OK {
		return py.Value{}, d.error(rc)
	}
	return py.True, nil
}

// sqliteStep is Statement.step() -> True (a row is ready) or False (done).
func sqliteStep(self py.Value, args []py.Value, kw []string) (py.Value, error) {
	s, err := stmtOf(self)
	if err != nil {
		return py.Value{}, err
	}
	d := s.conn
	d.mu.Lock()
	defer d.mu.Unlock()
	switch rc := sqlite3.Xsqlite3_step(d.tls, s.pstmt); rc {
	case sqlite3.SQLITE_ROW:
		return py.True, nil
	case sqlite3.SQLITE_DONE:
		return py.False, nil
	default:
		err := d.error(rc)
		sqlite3.Xsqlite3_reset(d.tls, s.pstmt)
		return py.Value{}, err
	}
}

// sqliteRow is Statement.row(raw) -> tuple of the current row's values;
// columns whose index is in raw come back as bytes (for converters).
func sqliteRow(self py.Value, args []py.Value, kw []string) (py.Value, error) {
	s, err := stmtOf(self)
	if err != nil {
		return py.Value{}, err
	}
	var raw map[int]bool
	if len(args) > 0 && !args[0].IsNone() {
		raw = map[int]bool{}
		if err := py.Iterate(args[0], func(x py.Value) error {
			raw[int(x.AsInt())] = true
			return nil
		}); err != nil {
			return py.Value{}, err
		}
	}
	d := s.conn
	d.mu.Lock()
	defer d.mu.Unlock()
	n := int(sqlite3.Xsqlite3_column_count(d.tls, s.pstmt))
	out := make([]py.Value, n)
	for i := 0; i < n; i++ {
		col := int32(i)
		t := sqlite3.Xsqlite3_column_type(d.tls, s.pstmt, col)
		if t == sqlite3.SQLITE_NULL {
			out[i] = py.None
			continue
		}
		if raw[i] {
			p := sqlite3.Xsqlite3_column_blob(d.tls, s.pstmt, col)
			out[i] = py.NewBytes(cBytes(p, sqlite3.Xsqlite3_column_bytes(d.tls, s.pstmt, col)))
			continue
		}
		switch t {
		case sqlite3.SQLITE_INTEGER:
			out[i] = py.Int(sqlite3.Xsqlite3_column_int64(d.tls, s.pstmt, col))
		case sqlite3.SQLITE_FLOAT:
			out[i] = py.Float(sqlite3.Xsqlite3_column_double(d.tls, s.pstmt, col))
		case sqlite3.SQLITE_TEXT:
			p := sqlite3.Xsqlite3_column_text(d.tls, s.pstmt, col)
			txt := cBytes(p, sqlite3.Xsqlite3_column_bytes(d.tls, s.pstmt, col))
			if !utf8.ValidString(txt) {
				name := libc.GoString(sqlite3.Xsqlite3_column_name(d.tls, s.pstmt, col))
				return py.Value{}, sqliteRaise(1, 1, "Could not decode to UTF-8 column '"+name+"' with text '"+strings.ToValidUTF8(txt, "\ufffd")+"'")
			}
			out[i] = py.StrValue(txt)
		default:
			p := sqlite3.Xsqlite3_column_blob(d.tls, s.pstmt, col)
			out[i] = py.NewBytes(cBytes(p, sqlite3.Xsqlite3_column_bytes(d.tls, s.pstmt, col)))
		}
	}
	return py.NewTupleFrom(out), nil
}

// cmem turns an address of C memory (allocated by libc, never moved by
// the Go collector) into a pointer; going through a variable keeps vet's
// uintptr check for Go memory quiet about these legitimate uses.
func cmem(p uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&p))
}

// cBytes copies n bytes of C memory at p.
func cBytes(p uintptr, n int32) string {
	if p == 0 || n <= 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(cmem(p)), int(n)))
}

// stmtInfo answers the per-statement questions: columns (names),
// decltypes, params (names or None for "?"), readonly.
func stmtInfo(what string) py.MethodFunc {
	return func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
		s, err := stmtOf(self)
		if err != nil {
			return py.Value{}, err
		}
		d := s.conn
		d.mu.Lock()
		defer d.mu.Unlock()
		var out []py.Value
		switch what {
		case "columns", "decltypes":
			n := sqlite3.Xsqlite3_column_count(d.tls, s.pstmt)
			for i := int32(0); i < n; i++ {
				var p uintptr
				if what == "columns" {
					p = sqlite3.Xsqlite3_column_name(d.tls, s.pstmt, i)
				} else {
					p = sqlite3.Xsqlite3_column_decltype(d.tls, s.pstmt, i)
				}
				if p == 0 {
					out = append(out, py.None)
				} else {
					out = append(out, py.StrValue(libc.GoString(p)))
				}
			}
		case "params":
			n := sqlite3.Xsqlite3_bind_parameter_count(d.tls, s.pstmt)
			for i := int32(1); i <= n; i++ {
				p := sqlite3.Xsqlite3_bind_parameter_name(d.tls, s.pstmt, i)
				if p == 0 {
					out = append(out, py.None)
				} else {
					out = append(out, py.StrValue(libc.GoString(p)))
				}
			}
		case "readonly":
			return py.Bool(sqlite3.Xsqlite3_stmt_readonly(d.tls, s.pstmt) != 0), nil
		case "reset":
			sqlite3.Xsqlite3_reset(d.tls, s.pstmt)
			sqlite3.Xsqlite3_clear_bindings(d.tls, s.pstmt)
			return py.None, nil
		}
		return py.ObjectValue(py.NewList(out)), nil
	}
}

// dbInfo answers the per-connection questions: changes, total_changes,
// last_insert_rowid, autocommit; and close.
func dbInfo(what string) py.MethodFunc {
	return func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
		if what == "close" {
			self.Object().(*sqliteDB).close()
			return py.None, nil
		}
		d, err := dbOf(self)
		if err != nil {
			return py.Value{}, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		switch what {
		case "changes":
			return py.Int(int64(sqlite3.Xsqlite3_changes(d.tls, d.db))), nil
		case "total_changes":
			return py.Int(int64(sqlite3.Xsqlite3_total_changes(d.tls, d.db))), nil
		case "last_insert_rowid":
			return py.Int(sqlite3.Xsqlite3_last_insert_rowid(d.tls, d.db)), nil
		case "autocommit":
			return py.Bool(sqlite3.Xsqlite3_get_autocommit(d.tls, d.db) != 0), nil
		case "interrupt":
			sqlite3.Xsqlite3_interrupt(d.tls, d.db)
			return py.None, nil
		}
		return py.None, nil
	}
}

// sqliteComplete is sqlite3.complete_statement(sql).
func sqliteComplete(args []py.Value, kw []string) (py.Value, error) {
	src, ok := py.AsStr(args[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "complete_statement() argument 'statement' must be str, not %s", args[0].Type().Name)
	}
	tls := libc.NewTLS()
	defer tls.Close()
	p, err := libc.CString(src)
	if err != nil {
		return py.Value{}, py.Errorf(py.MemoryErrorType, "out of memory")
	}
	defer libc.Xfree(tls, p)
	return py.Bool(sqlite3.Xsqlite3_complete(tls, p) != 0), nil
}

func init() {
	py.AddMethods(sqliteDBType, []py.MethodDef{
		{Name: "prepare", Fn: sqlitePrepare},
		{Name: "changes", Fn: dbInfo("changes")},
		{Name: "total_changes", Fn: dbInfo("total_changes")},
		{Name: "last_insert_rowid", Fn: dbInfo("last_insert_rowid")},
		{Name: "autocommit", Fn: dbInfo("autocommit")},
		{Name: "interrupt", Fn: dbInfo("interrupt")},
		{Name: "close", Fn: dbInfo("close")},
	})
	py.AddMethods(sqliteStmtType, []py.MethodDef{
		{Name: "bind", Fn: sqliteBind},
		{Name: "step", Fn: sqliteStep},
		{Name: "row", Fn: sqliteRow},
		{Name: "columns", Fn: stmtInfo("columns")},
		{Name: "decltypes", Fn: stmtInfo("decltypes")},
		{Name: "params", Fn: stmtInfo("params")},
		{Name: "readonly", Fn: stmtInfo("readonly")},
		{Name: "reset", Fn: stmtInfo("reset")},
		{Name: "finalize", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			self.Object().(*sqliteStmt).finalize()
			return py.None, nil
		}},
	})
	registerGoModule("_adder_sqlite", "SQLite through modernc.org/sqlite for sqlite3 (adder).", func(d *py.Dict) {
		py.AddFunc(d, "_set_error", func(args []py.Value, kw []string) (py.Value, error) {
			sqliteErrorFactory = args[0]
			return py.None, nil
		})
		py.AddFunc(d, "open", sqliteOpen)
		py.AddFunc(d, "complete", sqliteComplete)
		tls := libc.NewTLS()
		d.SetStr("sqlite_version", py.StrValue(libc.GoString(sqlite3.Xsqlite3_libversion(tls))))
		tls.Close()
	})
}
