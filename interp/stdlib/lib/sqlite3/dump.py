"""Connection.iterdump (adder): the SQL text that recreates a database:
its tables with their rows, then indexes, triggers and views."""


def _quote_name(name):
    return '"%s"' % name.replace('"', '""')


def _iterdump(connection):
    cu = connection.cursor()
    yield 'BEGIN TRANSACTION;'
    tables = cu.execute("SELECT name, type, sql FROM sqlite_master "
                        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    sequences = []
    for name, _, sql in tables:
        if name == 'sqlite_sequence':
            for row in cu.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                sequences.append('INSERT INTO "sqlite_sequence" VALUES(%s,%s);'
                                 % ("'" + row[0].replace("'", "''") + "'", row[1]))
            yield 'DELETE FROM "sqlite_sequence";'
            continue
        if name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
            continue
        if name.startswith('sqlite_'):
            continue
        if sql.startswith('CREATE VIRTUAL TABLE'):
            continue
        yield '%s;' % sql
        cols = [r[1] for r in cu.execute("PRAGMA table_info(%s)" % _quote_name(name)).fetchall()]
        select = "SELECT 'INSERT INTO %s VALUES(' || %s || ')' FROM %s;" % (
            _quote_name(name).replace("'", "''"),
            "||','||".join("quote(%s)" % _quote_name(c) for c in cols),
            _quote_name(name))
        for row in cu.execute(select).fetchall():
            yield '%s;' % row[0]
    others = cu.execute("SELECT name, type, sql FROM sqlite_master "
                        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for _, _, sql in others:
        yield '%s;' % sql
    yield from sequences
    yield 'COMMIT;'
