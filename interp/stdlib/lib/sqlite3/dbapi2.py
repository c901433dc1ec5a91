"""The DB-API 2.0 interface to SQLite (adder): PEP 249 connections and
cursors with CPython 3.12's sqlite3 behaviour (qmark and named
parameters, implicit transactions before DML under isolation_level,
rowcount/lastrowid/description, row factories and sqlite3.Row,
adapters and converters, the exception hierarchy). The SQL engine is
SQLite itself, through _adder_sqlite (modernc.org/sqlite, pure Go).

Not provided: user-defined SQL functions, aggregates and collations,
authorizer/progress/trace callbacks, blobs, backup and (de)serialize."""

import datetime
import time
import collections.abc

try:
    import _adder_sqlite
except ImportError:
    raise ModuleNotFoundError("No module named '_sqlite3' (this adder binary was built without SQLite; "
                              "build it with: make build TAGS=sqlite, or go build -tags sqlite ./cmd/adder)", name='_sqlite3') from None

__all__ = ['connect', 'Connection', 'Cursor', 'Row', 'PrepareProtocol', 'Error', 'Warning',
           'InterfaceError', 'DatabaseError', 'DataError', 'OperationalError', 'IntegrityError',
           'InternalError', 'ProgrammingError', 'NotSupportedError', 'register_adapter',
           'register_converter', 'adapt', 'complete_statement', 'enable_callback_tracebacks',
           'Binary', 'Date', 'Time', 'Timestamp', 'DateFromTicks', 'TimeFromTicks', 'TimestampFromTicks',
           'PARSE_DECLTYPES', 'PARSE_COLNAMES', 'LEGACY_TRANSACTION_CONTROL', 'apilevel', 'paramstyle',
           'threadsafety', 'sqlite_version', 'sqlite_version_info', 'version', 'version_info',
           'adapters', 'converters']

apilevel = "2.0"
paramstyle = "qmark"
threadsafety = 3
sqlite_version = _adder_sqlite.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split("."))
version = "2.6.0"
version_info = (2, 6, 0)
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
LEGACY_TRANSACTION_CONTROL = -1
SQLITE_OK, SQLITE_DENY, SQLITE_IGNORE = 0, 1, 2


class Warning(Exception):
    pass


class Error(Exception):
    sqlite_errorcode = None
    sqlite_errorname = None


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _c in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
           InternalError, ProgrammingError, NotSupportedError):
    _c.__module__ = 'sqlite3'
del _c

# SQLite's primary result codes -> the DB-API exception CPython raises.
_ERRORS = {2: InternalError, 12: InternalError, 7: MemoryError, 11: DatabaseError, 18: DataError,
           19: IntegrityError, 20: IntegrityError, 21: InterfaceError, 25: InterfaceError}
for _code in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _ERRORS[_code] = OperationalError
del _code


def _make_error(code, extended, name, msg):
    if code == 21 and msg == "Cannot operate on a closed database.":
        return ProgrammingError(msg)
    cls = _ERRORS.get(code, DatabaseError)
    e = cls(msg)
    if isinstance(e, Error):
        e.sqlite_errorcode = extended
        e.sqlite_errorname = name
    return e


_adder_sqlite._set_error(_make_error)


class PrepareProtocol:
    """The protocol adapters are registered for."""

    def __init__(self, *args, **kwargs):
        pass


PrepareProtocol.__module__ = 'sqlite3'

adapters = {}
converters = {}


def register_adapter(type, adapter, /):
    """Register a callable that turns values of type into SQLite types."""
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    """Register a callable that turns bytes of a declared type into objects."""
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=None, /):
    """Adapt obj to a SQLite type by the registered adapters or __conform__."""
    a = adapters.get((type(obj), proto))
    if a is not None:
        return a(obj)
    conform = getattr(type(obj), '__conform__', None)
    if conform is not None:
        r = conform(obj, proto)
        if r is not None:
            return r
    if alt is not None:
        return alt
    raise ProgrammingError("can't adapt")


def complete_statement(statement):
    """Whether statement is a complete SQL statement (ends in a semicolon)."""
    return _adder_sqlite.complete(statement)


def enable_callback_tracebacks(flag, /):
    pass


Binary = memoryview
Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


# The default adapters and converters (deprecated in 3.12, still there).
def _deprecated(what):
    import os
    import warnings
    warnings.warn("The default %s is deprecated as of Python 3.12; see the sqlite3 documentation "
                  "for suggested replacement recipes" % what, DeprecationWarning,
                  skip_file_prefixes=(os.path.dirname(__file__),))


def _adapt_date(val):
    _deprecated("date adapter")
    return val.isoformat()


def _adapt_datetime(val):
    _deprecated("datetime adapter")
    return val.isoformat(" ")


def _convert_date(val):
    _deprecated("date converter")
    return datetime.date(*map(int, val.split(b"-")))


def _convert_timestamp(val):
    _deprecated("timestamp converter")
    day, _, clock = val.partition(b" ")
    y, m, d = (int(x) for x in day.split(b"-"))
    hms, _, frac = clock.partition(b".")
    hh, mi, ss = (int(x) for x in hms.split(b":"))
    us = int((frac.decode() + "000000")[:6]) if frac else 0
    return datetime.datetime(y, m, d, hh, mi, ss, us)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)

_DIRECT = (int, float, str, bytes, bytearray, memoryview, type(None))


def _first_keyword(sql):
    """The first word of sql after spaces and comments, upper-cased."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\n\r\f':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha()):
        j += 1
    return sql[i:j].upper()


def _only_comments(sql):
    """Whether sql holds nothing but spaces, comments and semicolons."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\n\r\f;':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            if j < 0:
                return True
            i = j + 2
        else:
            return False
    return True


class Row:
    """A result row: a tuple also indexable by column name (case-insensitive)."""
    __slots__ = ('_desc', '_data')

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s" % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self._desc = cursor.description
        self._data = data

    def keys(self):
        return [d[0] for d in self._desc] if self._desc else []

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, str):
            k = key.upper()
            for i, d in enumerate(self._desc or ()):
                if d[0].upper() == k:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, (int, slice)):
            return self._data[key]
        if hasattr(type(key), '__index__'):
            return self._data[key.__index__()]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(tuple(d[0] for d in self._desc or ())) ^ hash(self._data)

    def __repr__(self):
        return "<sqlite3.Row object at %#x>" % id(self)


Row.__module__ = 'sqlite3'
collections.abc.Sequence.register(Row)


class Cursor:
    """A cursor: runs statements and fetches their rows."""

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s" % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = connection.row_factory
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self._stmt = None
        self._has_row = False
        self._raw = None
        self._conv = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def close(self):
        self._reset()
        self._closed = True

    def _reset(self):
        if self._stmt is not None:
            self._stmt.finalize()
            self._stmt = None
        self._has_row = False

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass

    def _bind(self, stmt, params):
        names = stmt.params()
        n = len(names)
        if isinstance(params, dict) or (params is not None and not isinstance(params, (list, tuple)) and
                                          isinstance(params, collections.abc.Mapping)):
            values = []
            for i, name in enumerate(names):
                if name is None or name[:1] == '?':
                    raise ProgrammingError("Binding %d has no name, but you supplied a dictionary "
                                           "(which has only names)." % (i + 1))
                key = name[1:]
                try:
                    values.append(params[key])
                except KeyError:
                    raise ProgrammingError("You did not supply a value for binding parameter %s." % name) from None
        else:
            if params is None:
                params = ()
            try:
                values = list(params) if not isinstance(params, (list, tuple)) else params
            except TypeError:
                raise ProgrammingError("parameters are of unsupported type") from None
            if not isinstance(params, (list, tuple)) and not isinstance(params, collections.abc.Sequence):
                raise ProgrammingError("parameters are of unsupported type")
            if len(values) != n:
                raise ProgrammingError("Incorrect number of bindings supplied. The current statement uses %d, "
                                       "and there are %d supplied." % (n, len(values)))
        for i, v in enumerate(values):
            if type(v) not in _DIRECT:
                a = adapters.get((type(v), PrepareProtocol))
                if a is not None:
                    v = a(v)
                else:
                    conform = getattr(type(v), '__conform__', None)
                    if conform is not None:
                        r = conform(v, PrepareProtocol)
                        if r is not None:
                            v = r
            if not stmt.bind(i + 1, v):
                raise ProgrammingError("Error binding parameter %d: type '%s' is not supported"
                                       % (i + 1, type(v).__name__))

    def _prepare(self, sql):
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        if '\x00' in sql:
            raise ProgrammingError("the query contains a null character")
        stmt, tail = self.connection._db.prepare(sql)
        if tail and not _only_comments(tail):
            if stmt is not None:
                stmt.finalize()
            raise ProgrammingError("You can only execute one statement at a time.")
        return stmt

    def _converters_for(self, stmt):
        """Converters per column (None where there is none), by detect_types."""
        detect = self.connection._detect_types
        if not detect:
            return None, None
        names = stmt.columns()
        decls = stmt.decltypes()
        convs = []
        for name, decl in zip(names, decls):
            conv = None
            if detect & PARSE_COLNAMES and name and '[' in name:
                start = name.find('[')
                end = name.find(']', start)
                if end > start:
                    conv = converters.get(name[start + 1:end].upper())
            if conv is None and detect & PARSE_DECLTYPES and decl:
                word = decl.split('(')[0].split()
                if word:
                    conv = converters.get(word[0].upper())
            convs.append(conv)
        if not any(convs):
            return None, None
        return convs, [i for i, c in enumerate(convs) if c is not None]

    def _describe(self, stmt):
        names = stmt.columns()
        if not names:
            return None
        out = []
        colnames = self.connection._detect_types & PARSE_COLNAMES
        for name in names:
            if colnames and name and '[' in name:
                name = name[:name.find('[')].rstrip()
            out.append((name, None, None, None, None, None, None))
        return tuple(out)

    def _run(self, sql, seq, many):
        self._check()
        conn = self.connection
        self._reset()
        self.description = None
        self.rowcount = -1
        stmt = self._prepare(sql)
        if stmt is None:
            return self
        is_dml = _first_keyword(sql) in ('INSERT', 'UPDATE', 'DELETE', 'REPLACE')
        if is_dml:
            self.rowcount = 0
        if conn._autocommit == LEGACY_TRANSACTION_CONTROL and conn._isolation_level is not None \
                and is_dml and conn._db.autocommit():
            conn._begin()
        self._stmt = stmt
        self._conv, self._raw = self._converters_for(stmt)
        self.description = self._describe(stmt)
        for params in seq:
            stmt.reset()
            self._bind(stmt, params)
            try:
                self._has_row = stmt.step()
            except BaseException:
                self._reset()
                raise
            if is_dml:
                self.rowcount += conn._db.changes()
            if many and self._has_row:
                self._reset()
                raise ProgrammingError("executemany() can only execute DML statements.")
        if not many:
            self.lastrowid = conn._db.last_insert_rowid()
        if not self._has_row:
            self._reset()
        return self

    def execute(self, sql, parameters=(), /):
        """Execute one SQL statement with ? or :name parameters."""
        return self._run(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        """Execute one DML statement for each set of parameters."""
        self._check()
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s" % type(sql).__name__)
        return self._run(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        """Execute several SQL statements (after committing a pending transaction)."""
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        conn = self.connection
        self._reset()
        if conn._autocommit == LEGACY_TRANSACTION_CONTROL and not conn._db.autocommit():
            conn._exec_simple("COMMIT")
        script = sql_script
        while script:
            stmt, script = conn._db.prepare(script)
            if stmt is None:
                if not script or _only_comments(script):
                    break
                continue
            try:
                while stmt.step():
                    pass
            finally:
                stmt.finalize()
        return self

    def _fetch(self):
        row = self._stmt.row(self._raw)
        if self._conv:
            row = tuple(c(v) if c is not None and v is not None else v for c, v in zip(self._conv, row))
        try:
            self._has_row = self._stmt.step()
        except BaseException:
            self._reset()
            raise
        if not self._has_row:
            self._reset()
        f = self.row_factory
        if f is not None:
            row = f(self, row)
        return row

    def fetchone(self):
        """The next row, or None."""
        self._check()
        if not self._has_row:
            return None
        return self._fetch()

    def fetchmany(self, size=None):
        """The next size rows (arraysize by default)."""
        self._check()
        if size is None:
            size = self.arraysize
        out = []
        while size > 0 and self._has_row:
            out.append(self._fetch())
            size -= 1
        return out

    def fetchall(self):
        """All the remaining rows."""
        self._check()
        out = []
        while self._has_row:
            out.append(self._fetch())
        return out

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        if not self._has_row:
            raise StopIteration
        return self._fetch()


Cursor.__module__ = 'sqlite3'


class Connection:
    """A connection to an SQLite database."""

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
                 factory=None, cached_statements=128, uri=False, *, autocommit=LEGACY_TRANSACTION_CONTROL):
        import os
        database = os.fspath(database)
        if isinstance(database, bytes):
            database = database.decode()
        self._db = None
        self._isolation_level = None
        self.isolation_level = isolation_level
        if autocommit not in (True, False, LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        self._db = _adder_sqlite.open(database, int(timeout * 1000), bool(uri))
        self._autocommit = autocommit
        self._detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        if autocommit is False:
            self._exec_simple("BEGIN")
        for name in ('Warning', 'Error', 'InterfaceError', 'DatabaseError', 'DataError', 'OperationalError',
                     'IntegrityError', 'InternalError', 'ProgrammingError', 'NotSupportedError'):
            setattr(self, name, globals()[name])

    def _check(self):
        if self._db is None or self._closed():
            raise ProgrammingError("Cannot operate on a closed database.")

    def _closed(self):
        return getattr(self, '_is_closed', False)

    def _exec_simple(self, sql):
        stmt, _ = self._db.prepare(sql)
        try:
            stmt.step()
        finally:
            stmt.finalize()

    def _begin(self):
        self._exec_simple("BEGIN " + self._isolation_level)

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            if self._db is not None and not self._closed() and not self._db.autocommit():
                self._exec_simple("COMMIT")
            self._isolation_level = None
            return
        if not isinstance(value, str):
            raise TypeError("isolation_level must be str or None, not %s" % type(value).__name__)
        if value.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        self._isolation_level = value

    @property
    def autocommit(self):
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value):
        if value not in (True, False, LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        self._check()
        if value is True and not self._db.autocommit():
            self._exec_simple("COMMIT")
        elif value is False and self._db.autocommit():
            self._exec_simple("BEGIN")
        self._autocommit = value

    @property
    def in_transaction(self):
        self._check()
        return not self._db.autocommit()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    def cursor(self, factory=Cursor):
        """Return a new cursor (of factory, which must make Cursor subclasses)."""
        self._check()
        c = factory(self)
        if not isinstance(c, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(c).__name__)
        if self.row_factory is not None and c.row_factory is None:
            c.row_factory = self.row_factory
        return c

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        """Commit the pending transaction, if any."""
        self._check()
        if self._autocommit == LEGACY_TRANSACTION_CONTROL:
            if not self._db.autocommit():
                self._exec_simple("COMMIT")
        elif self._autocommit is False:
            self._exec_simple("COMMIT")
            self._exec_simple("BEGIN")

    def rollback(self):
        """Roll back the pending transaction, if any."""
        self._check()
        if self._autocommit == LEGACY_TRANSACTION_CONTROL:
            if not self._db.autocommit():
                self._exec_simple("ROLLBACK")
        elif self._autocommit is False:
            self._exec_simple("ROLLBACK")
            self._exec_simple("BEGIN")

    def close(self):
        """Close the connection; a pending transaction is rolled back."""
        if self._db is None or self._closed():
            return
        if self._autocommit is False and not self._db.autocommit():
            self._exec_simple("ROLLBACK")
        self._db.close()
        self._is_closed = True

    def interrupt(self):
        self._check()
        self._db.interrupt()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def __call__(self, sql):
        raise NotSupportedError("adder's sqlite3 does not cache statements by call")

    def iterdump(self):
        """SQL text that recreates the database, one statement at a time."""
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def _unsupported(self, *args, **kwargs):
        raise NotSupportedError("not supported by adder's sqlite3")

    create_function = create_aggregate = create_collation = create_window_function = _unsupported
    set_authorizer = set_progress_handler = set_trace_callback = _unsupported
    enable_load_extension = load_extension = backup = blobopen = serialize = deserialize = _unsupported


Connection.__module__ = 'sqlite3'


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False, *, autocommit=LEGACY_TRANSACTION_CONTROL):
    """Open a connection to the SQLite database file database (":memory:"
    for a private in-memory one)."""
    return factory(database, timeout, detect_types, isolation_level, check_same_thread, None,
                   cached_statements, uri, autocommit=autocommit)
