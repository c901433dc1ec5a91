"""IANA time zone support (adder): ZoneInfo tzinfo objects over the
system's time zone database (read by Go's time package), with PEP 495
folds for repeated and skipped wall times. The tzdata package fallback
and ZoneInfo.from_file are not provided."""

import datetime as _dt
import _adder_zoneinfo as _z

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        TZPATH = tuple(to)


def available_timezones():
    """The set of IANA keys found in the time zone database."""
    return set(_z.available())


_EPOCH = _dt.datetime(1970, 1, 1)
_DAY = 86400


def _wall_seconds(dt):
    """Seconds from the epoch of dt's wall-clock reading (as if UTC)."""
    d = dt.replace(tzinfo=None, fold=0) - _EPOCH
    return d.days * _DAY + d.seconds


class ZoneInfo(_dt.tzinfo):
    """A time zone from the IANA database, by key ('Europe/Paris')."""

    _cache = {}

    def __new__(cls, key):
        inst = cls._cache.get(key)
        if inst is None:
            inst = cls.no_cache(key)
            cls._cache[key] = inst
        return inst

    @classmethod
    def no_cache(cls, key):
        if not isinstance(key, str):
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(key).__name__)
        if key.startswith('/') or '..' in key.split('/') or not _z.exists(key):
            if key.startswith('/') or '..' in key.split('/'):
                raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        inst = _dt.tzinfo.__new__(cls)
        inst._key = key
        return inst

    @classmethod
    def from_file(cls, fobj, /, key=None):
        raise NotImplementedError("adder: ZoneInfo.from_file is not supported")

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def __str__(self):
        return self._key

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}(key={self._key!r})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, True))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def _at(self, secs):
        return _z.at(self._key, secs)

    def _find(self, dt):
        """(offset, isdst, abbr) in force for dt's wall time and fold."""
        if dt is None:
            return None
        w = _wall_seconds(dt)
        before = self._at(w - _DAY)
        after = self._at(w + _DAY)
        cands = []
        for info in (before, after):
            got = self._at(w - info[0])
            if got[0] == info[0] and got not in cands:
                cands.append(got)
        if len(cands) == 2:
            # Repeated wall time: fold picks the earlier or later instant.
            cands.sort(key=lambda c: -c[0])
            return cands[dt.fold]
        if len(cands) == 1:
            return cands[0]
        # Skipped wall time: fold=0 uses the offset from before the gap.
        return before if dt.fold == 0 else after

    def _std_offset(self, secs, off):
        for delta in range(30, 400, 30):
            for s in (secs - delta * _DAY, secs + delta * _DAY):
                o, isdst, _ = self._at(s)
                if not isdst:
                    return o
        return off

    def utcoffset(self, dt):
        info = self._find(dt)
        if info is None:
            return None
        return _dt.timedelta(seconds=info[0])

    def dst(self, dt):
        info = self._find(dt)
        if info is None:
            return None
        off, isdst, _ = info
        if not isdst:
            return _dt.timedelta(0)
        return _dt.timedelta(seconds=off - self._std_offset(_wall_seconds(dt) - off, off))

    def tzname(self, dt):
        info = self._find(dt)
        if info is None:
            return None
        return info[2]

    def fromutc(self, dt):
        if not isinstance(dt, _dt.datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        u = _wall_seconds(dt)
        off = self._at(u)[0]
        local = dt + _dt.timedelta(seconds=off)
        # The later of two instants with the same wall time gets fold=1.
        w = u + off
        for other in (self._at(u - _DAY)[0], self._at(u + _DAY)[0]):
            if other != off and self._at(w - other)[0] == other and w - other < u:
                return local.replace(fold=1)
        return local
