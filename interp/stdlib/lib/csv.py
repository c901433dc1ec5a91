"""CSV parsing and writing (adder): reader, writer, DictReader,
DictWriter and dialects, as in the csv module."""

import re
import types
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        if not isinstance(new_limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return old


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(self)


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect or excel, fmtparams)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class _ResolvedDialect:
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')


def _make_dialect(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    d = _ResolvedDialect()
    for attr in _ResolvedDialect.__slots__:
        value = fmtparams.get(attr, getattr(dialect, attr, None))
        setattr(d, attr, value)
    for k in fmtparams:
        if k not in _ResolvedDialect.__slots__:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    if d.delimiter is None:
        d.delimiter = ','
    if d.doublequote is None:
        d.doublequote = True
    if d.skipinitialspace is None:
        d.skipinitialspace = False
    if d.lineterminator is None:
        d.lineterminator = '\r\n'
    if d.quoting is None:
        d.quoting = QUOTE_MINIMAL
    if d.strict is None:
        d.strict = False
    if 'quotechar' not in fmtparams and getattr(dialect, 'quotechar', None) is None and d.quoting != QUOTE_NONE:
        d.quotechar = '"'
    _validate(d)
    return d


def _validate(d):
    delim = getattr(d, 'delimiter', None)
    if delim is not None:
        if not isinstance(delim, str):
            raise TypeError('"delimiter" must be a unicode character, not %s' % type(delim).__name__)
        if len(delim) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
    q = getattr(d, 'quotechar', None)
    if q is not None and (not isinstance(q, str) or len(q) != 1):
        raise TypeError('"quotechar" must be a 1-character string')
    quoting = getattr(d, 'quoting', None)
    if quoting is not None and quoting not in range(6):
        raise TypeError('bad "quoting" value')
    if quoting is not None and quoting != QUOTE_NONE and q is None and isinstance(d, _ResolvedDialect):
        raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, f, dialect='excel', **fmtparams):
        self._it = iter(f)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        fields = []
        field = []
        # States: start of field, in unquoted field, in quoted field,
        # quote seen inside a quoted field.
        state = 'start'
        quoted_field = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state == 'quoted' or state == 'esc_in_quoted':
                    if d.strict:
                        raise Error("unexpected end of data")
                    fields.append(''.join(field))
                    return fields
                if not fields and not field and state == 'start':
                    raise
                fields.append(self._finish(''.join(field), quoted_field))
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if line == '' and state == 'start' and not fields:
                continue
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    quoted_field = False
                    if c == '\n' or c == '\r':
                        if fields or field:
                            fields.append(self._finish(''.join(field), quoted_field))
                            return fields
                        i += 1
                        if c == '\r' and i < n and line[i] == '\n':
                            i += 1
                        if i >= n:
                            return []
                        continue
                    if c == ' ' and d.skipinitialspace:
                        i += 1
                        continue
                    if quote is not None and c == quote and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                        i += 1
                        continue
                    state = 'unquoted'
                    continue
                if state == 'unquoted':
                    if c == delim:
                        fields.append(self._finish(''.join(field), quoted_field))
                        field = []
                        state = 'start'
                    elif c == '\n' or c == '\r':
                        fields.append(self._finish(''.join(field), quoted_field))
                        return fields
                    elif esc is not None and c == esc:
                        if i + 1 < n:
                            field.append(line[i + 1])
                            i += 1
                    else:
                        field.append(c)
                    i += 1
                    continue
                if state == 'quoted':
                    if esc is not None and c == esc:
                        if i + 1 < n:
                            field.append(line[i + 1])
                            i += 2
                            continue
                        state = 'esc_in_quoted'
                        i += 1
                        continue
                    if c == quote:
                        if d.doublequote and i + 1 < n and line[i + 1] == quote:
                            field.append(quote)
                            i += 2
                            continue
                        if d.doublequote and i + 1 >= n:
                            state = 'after_quote'
                            i += 1
                            continue
                        state = 'after_quote'
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if state == 'esc_in_quoted':
                    field.append(c)
                    state = 'quoted'
                    i += 1
                    continue
                if state == 'after_quote':
                    if c == quote and d.doublequote:
                        field.append(quote)
                        state = 'quoted'
                    elif c == delim:
                        fields.append(''.join(field))
                        field = []
                        state = 'start'
                    elif c == '\n' or c == '\r':
                        fields.append(''.join(field))
                        return fields
                    else:
                        if d.strict:
                            raise Error("'%c' expected after '%c'" % (delim, quote))
                        field.append(c)
                        state = 'unquoted'
                    i += 1
                    continue
            if state == 'after_quote' or state == 'unquoted':
                fields.append(self._finish(''.join(field), quoted_field) if state == 'unquoted' else ''.join(field))
                return fields
            if state == 'start' and (fields or field):
                fields.append(self._finish(''.join(field), quoted_field))
                return fields

    def _finish(self, text, quoted):
        if len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text != '':
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader object that iterates over lines in the given csvfile."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, f, dialect='excel', **fmtparams):
        self._f = f
        self._write = f.write
        self.dialect = _make_dialect(dialect, fmtparams)

    def _quote(self, field):
        d = self.dialect
        if field is None:
            s = ''
            # None is an empty string, quoted where strings always are
            # (QUOTE_STRINGS and QUOTE_NOTNULL leave it bare).
            if d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC):
                return d.quotechar + d.quotechar
            return s
        if isinstance(field, str):
            s = field
            isnum = False
        elif isinstance(field, float):
            s = repr(field)
            isnum = True
        elif isinstance(field, (int, bool)):
            s = str(field) if not isinstance(field, bool) else str(field)
            isnum = not isinstance(field, bool) or True
        else:
            s = str(field)
            isnum = False
        q = d.quotechar
        quoting = d.quoting
        if quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and not isnum) or \
                (quoting == QUOTE_STRINGS and isinstance(field, str)) or (quoting == QUOTE_NOTNULL):
            need = True
        elif quoting == QUOTE_NONE:
            need = False
        else:
            need = (s == '' and False) or any(c in s for c in (d.delimiter, '\n', '\r')) or \
                (q is not None and q in s) or (d.escapechar is not None and d.escapechar in s) or \
                any(c in s for c in d.lineterminator) or (s[:1] == ' ' and d.skipinitialspace)
        if quoting == QUOTE_NONE:
            esc = d.escapechar
            out = []
            for c in s:
                if c in (d.delimiter, '\n', '\r') or (q is not None and c == q) or (esc is not None and c == esc):
                    if esc is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(esc)
                out.append(c)
            return ''.join(out)
        if q is not None and q in s:
            if d.doublequote:
                s = s.replace(q, q + q)
            else:
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                s = s.replace(q, d.escapechar + q)
        if d.escapechar is not None and not d.doublequote:
            pass
        if need:
            return q + s + q
        return s

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        if len(fields) == 1 and (fields[0] == '' or fields[0] is None):
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar * 2 + d.lineterminator
        else:
            line = d.delimiter.join(self._quote(f) for f in fields) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """Return a writer object for writing rows to the given file-like object."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


class Sniffer:
    """"Sniffs" the format of a CSV file (delimiter and header guess)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.split('\n') if l][:20]
        candidates = delimiters or ''.join(self.preferred)
        best = None
        for c in candidates:
            counts = [l.count(c) for l in lines]
            if counts and min(counts) > 0 and len(set(counts)) == 1:
                best = c
                break
        if best is None:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = '"'
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, first = rows[0], rows[1]

        def isnum(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        return any(isnum(b) and not isnum(a) for a, b in zip(header, first))
