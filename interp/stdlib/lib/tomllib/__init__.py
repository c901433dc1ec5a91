"""tomllib (adder): parse TOML 1.0.0 documents (loads from a str, load from
a binary file) into dicts, as in CPython 3.12."""

from tomllib._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")
