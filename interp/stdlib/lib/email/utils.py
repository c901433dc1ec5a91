"""Miscellaneous email utilities (adder): addresses (parseaddr, getaddresses,
formataddr), RFC 2822 dates (formatdate, format_datetime, parsedate*,
parsedate_to_datetime, localtime), make_msgid, quoting and RFC 2231
parameter values."""

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

from email._addrparse import parse_addresses

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231', 'formataddr',
           'formatdate', 'format_datetime', 'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr',
           'parsedate', 'parsedate_tz', 'parsedate_to_datetime', 'quote', 'unquote', 'localtime']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def quote(str):
    """Escape backslashes and double quotes for a quoted string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove surrounding quotes (or angle brackets) from a string."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    """'Name <addr>' for (name, addr), quoting or encoding the name as needed."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            from email.header import Header
            if isinstance(charset, str):
                from email.charset import Charset
                charset = Charset(charset)
            encoded_name = charset.header_encode(name)
            return "%s <%s>" % (encoded_name, address)
        quotes = ''
        if specialsre.search(name):
            quotes = '"'
        name = escapesre.sub(r'\\\g<0>', name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def getaddresses(fieldvalues, *, strict=True):
    """[(name, addr)] of every address in some header values."""
    out = []
    for v in fieldvalues:
        got = parse_addresses(str(v))
        if not got:
            out.append(('', ''))
        for name, spec, _ in got:
            out.append((name, spec))
    return out


def parseaddr(addr, *, strict=True):
    """(name, addr) of the first address in addr, ('', '') if none."""
    if isinstance(addr, (list, tuple)):
        addr = ''.join(addr)
    got = parse_addresses(str(addr))
    if not got:
        return ('', '')
    name, spec, _ = got[0]
    return (name, spec)


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1], timetuple[0], timetuple[3], timetuple[4],
        timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string for a POSIX timestamp (now by default)."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date string for a datetime ('-0000' when it is naive)."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def make_msgid(idstring=None, domain=None):
    """A unique RFC 2822 Message-ID: '<time.pid.random@domain>'."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


_TZ = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600,
       'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """A 10-tuple (like time.struct_time plus the offset in seconds, or
    None) of an RFC 2822 date, or None."""
    if not data:
        return None
    words = data.replace(',', ' ').split()
    if not words:
        return None
    if words[0][:3].lower() in [d.lower() for d in _DAYS] or words[0].endswith(','):
        words = words[1:]
    if len(words) == 3:  # "Nov 20 1995" style without a time
        words.append('00:00:00')
    if len(words) < 4:
        return None
    # day month year or month day year
    dd, mm = words[0], words[1]
    if dd[:3].lower() in [m.lower() for m in _MONTHS]:
        dd, mm = mm, dd
    try:
        mi = [m.lower() for m in _MONTHS].index(mm[:3].lower()) + 1
    except ValueError:
        return None
    yy = words[2]
    tm = words[3] if len(words) > 3 else '00:00:00'
    tz = words[4] if len(words) > 4 else None
    if ':' in yy and ':' not in tm:
        yy, tm = tm, yy
    try:
        dd = int(dd)
        yy = int(yy)
    except ValueError:
        return None
    if yy < 100:
        yy += 2000 if yy <= 49 else 1900
    parts = tm.split(':')
    try:
        hh, mn = int(parts[0]), int(parts[1])
        ss = int(parts[2]) if len(parts) > 2 else 0
    except (ValueError, IndexError):
        return None
    offset = None
    if tz is not None:
        tzu = tz.upper()
        if tzu in _TZ:
            offset = _TZ[tzu]
        else:
            try:
                offset = int(tz)
            except ValueError:
                offset = None
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return (yy, mi, dd, hh, mn, ss, 0, 1, -1, offset)


def parsedate(data):
    """The 9-tuple of an RFC 2822 date (no offset), or None."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """A POSIX timestamp from a parsedate_tz 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    t = calendar.timegm(data)
    return t - data[9]


def parsedate_to_datetime(data):
    """A datetime from an RFC 2822 date (naive for '-0000')."""
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=None):
    """An aware datetime in the local time zone (now by default)."""
    if dt is None:
        dt = datetime.datetime.now()
    if dt.tzinfo is None:
        return dt.astimezone()
    return dt.astimezone()


def decode_rfc2231(s):
    """(charset, language, value) of an RFC 2231 value ("cs'lang'value")."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """An RFC 2231 value: "charset'language'percent-encoded"."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Params with RFC 2231 continuations and encodings decoded."""
    new_params = [params[0]]
    for name, value in params[1:]:
        if name.endswith('*'):
            cs, lang, v = decode_rfc2231(unquote(value))
            value = (cs, lang, urllib.parse.unquote(v, encoding='latin-1'))
            name = name[:-1]
        new_params.append((name, value))
    return new_params
