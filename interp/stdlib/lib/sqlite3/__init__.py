"""sqlite3 (adder): the DB-API 2.0 interface to SQLite databases, as in
CPython 3.12; see sqlite3.dbapi2 for what is provided."""

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import SQLITE_OK, SQLITE_DENY, SQLITE_IGNORE
