# sqlite3: the DB-API over an in-memory and a file database.
import os
import sqlite3
import tempfile
import datetime


def err(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ok", r)


print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error),
      issubclass(sqlite3.Error, Exception), issubclass(sqlite3.ProgrammingError, sqlite3.DatabaseError),
      issubclass(sqlite3.InterfaceError, sqlite3.Error), sqlite3.Error.__module__)
con = sqlite3.connect(":memory:")
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.row_factory, con.total_changes)
cur = con.cursor()
print(type(cur).__name__, cur.rowcount, cur.lastrowid, cur.description, cur.arraysize, cur.connection is con)
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, age INTEGER, score REAL, photo BLOB)")
print(cur.rowcount, cur.description, con.in_transaction)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)", ("ann", 31, 9.5, b"\x89PNG"))
print(cur.rowcount, cur.lastrowid, con.in_transaction, con.total_changes)
cur.executemany("INSERT INTO people (name, age, score) VALUES (?, ?, ?)",
                [("bob", 25, 7.25), ("cy", None, 8.0), ("dee", 40, None)])
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.execute("INSERT INTO people (name, age) VALUES (:name, :age)", {"name": "eve", "age": 22})
print(cur.lastrowid)
cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print(cur.description)
print(cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany())
con.commit()
print(con.in_transaction)
for row in con.execute("SELECT name, age FROM people WHERE age > ? ORDER BY age", (24,)):
    print(row)
print(con.execute("SELECT count(*), sum(age), avg(score), max(name) FROM people").fetchone())
print(con.execute("SELECT typeof(1), typeof(1.0), typeof('a'), typeof(x'00'), typeof(NULL)").fetchone())
print(con.execute("SELECT ?, ?, ?, ?, ?, ?", (1, 2.5, "s", b"b", None, True)).fetchone())
print(con.execute("SELECT ?", (bytearray(b"ba"),)).fetchone(), con.execute("SELECT ?", (memoryview(b"mv"),)).fetchone())
print(con.execute("SELECT ?", (2**63 - 1,)).fetchone(), con.execute("SELECT 'héllo ✓'").fetchone())
cur = con.execute("UPDATE people SET age = age + 1 WHERE age IS NOT NULL")
print(cur.rowcount, con.in_transaction)
con.rollback()
print(con.execute("SELECT age FROM people WHERE name = 'ann'").fetchone(), con.in_transaction)
cur = con.execute("DELETE FROM people WHERE name = ?", ("eve",))
print(cur.rowcount)
con.commit()

# errors
err(lambda: con.execute("INSERT INTO people (name) VALUES ('ann')"))
try:
    con.execute("INSERT INTO people (name) VALUES (NULL)")
except sqlite3.IntegrityError as e:
    print(e, e.sqlite_errorcode, e.sqlite_errorname)
try:
    con.execute("INSERT INTO people (name) VALUES ('ann')")
except sqlite3.IntegrityError as e:
    print(e, e.sqlite_errorcode, e.sqlite_errorname)
con.rollback()
err(lambda: con.execute("SELECT * FROM nowhere"))
err(lambda: con.execute("SELEC 1"))
err(lambda: con.execute("SELECT ?", (1, 2)))
err(lambda: con.execute("SELECT ?, ?", (1,)))
err(lambda: con.execute("SELECT :a", {"b": 1}))
err(lambda: con.execute("SELECT ?", ([1],)))
err(lambda: con.execute("SELECT ?", (2**63,)))
err(lambda: con.execute("SELECT 1; SELECT 2"))
err(lambda: con.execute("SELECT 1; -- trailing comment").fetchone())
err(lambda: con.executemany("SELECT ?", [(1,), (2,)]))
err(lambda: con.execute(42))
try:
    con.execute("SELECT * FROM nowhere")
except sqlite3.OperationalError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)
err(lambda: setattr(con, "isolation_level", "BOGUS"))

# row factories
con.row_factory = sqlite3.Row
r = con.execute("SELECT id, name AS Name, age FROM people ORDER BY id").fetchone()
print(type(r).__name__, r.keys(), r["name"], r["NAME"], r[0], r[-1], len(r), tuple(r), list(r)[1:])
err(lambda: r["nope"])
err(lambda: r[10])
print(r == con.execute("SELECT id, name AS Name, age FROM people ORDER BY id").fetchone(), dict(zip(r.keys(), r)))
print(r[1:], hash(r) == hash(con.execute("SELECT id, name AS Name, age FROM people ORDER BY id").fetchone()))
con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(con.execute("SELECT name, age FROM people ORDER BY id LIMIT 2").fetchall())
con.row_factory = None
cur = con.cursor()
cur.row_factory = lambda c, row: row[0]
print(cur.execute("SELECT name FROM people ORDER BY name").fetchall())

# transactions and the context manager
with con:
    con.execute("INSERT INTO people (name, age) VALUES ('fay', 50)")
print(con.in_transaction, con.execute("SELECT count(*) FROM people").fetchone())
try:
    with con:
        con.execute("INSERT INTO people (name, age) VALUES ('gus', 60)")
        raise ValueError("boom")
except ValueError as e:
    print("rolled back after", e)
print(con.execute("SELECT count(*) FROM people WHERE name = 'gus'").fetchone())
con.isolation_level = None
con.execute("INSERT INTO people (name) VALUES ('hal')")
print(con.in_transaction, con.isolation_level)
con.execute("BEGIN")
print(con.in_transaction)
con.execute("INSERT INTO people (name) VALUES ('ivy')")
con.execute("ROLLBACK")
print(con.execute("SELECT group_concat(name, ',') FROM people").fetchone())
con.isolation_level = "DEFERRED"

# executescript
con.executescript("""
    CREATE TABLE kv (k TEXT PRIMARY KEY, v);
    INSERT INTO kv VALUES ('a', 1);
    INSERT INTO kv VALUES ('b', 'two');  -- comment
    /* block */ INSERT INTO kv VALUES ('c', x'ff');
""")
print(con.execute("SELECT * FROM kv ORDER BY k").fetchall(), con.in_transaction)
err(lambda: con.executescript("INSERT INTO kv VALUES ('d', 4); SELECT * FROM missing;"))
print(con.execute("SELECT count(*) FROM kv").fetchone())

# adapters and converters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


sqlite3.register_adapter(Point, lambda p: "%f;%f" % (p.x, p.y))
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
dcon = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dcon.execute("CREATE TABLE shapes (p point, d date, ts timestamp, n INTEGER)")
dcon.execute("INSERT INTO shapes VALUES (?, ?, ?, ?)",
             (Point(1, 2.5), datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 600), 7))
print(dcon.execute("SELECT p, d, ts, n FROM shapes").fetchone())
print(dcon.execute('SELECT p AS "p [point]", n AS "n [nothing]" FROM shapes').fetchone()[0],
      dcon.execute('SELECT p AS "p [point]" FROM shapes').description)
print(sqlite3.connect(":memory:").execute("SELECT ?", (Point(3, 4),)).fetchone())
print(sqlite3.adapt(Point(0, 1)), sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"))

# a file database, closed connections and cursors
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.db")
    c1 = sqlite3.connect(path)
    c1.execute("CREATE TABLE t (x)")
    c1.executemany("INSERT INTO t VALUES (?)", ((i,) for i in range(5)))
    c1.commit()
    c1.close()
    c2 = sqlite3.connect(path)
    print(c2.execute("SELECT sum(x) FROM t").fetchone())
    print(list(c2.iterdump()))
    cur = c2.cursor()
    cur.close()
    err(lambda: cur.execute("SELECT 1"))
    c2.close()
    err(lambda: c2.execute("SELECT 1"))
    err(lambda: c2.cursor())
    c2.close()
print(sqlite3.Row.__module__, sqlite3.Connection.__module__, sqlite3.Binary is memoryview)
