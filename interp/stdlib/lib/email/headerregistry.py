"""Structured header values for the modern policies (adder): each header
is a str subclass carrying its name; address headers also carry
addresses/groups, Date headers a datetime, MIME headers their parts."""

from email import utils
from email._addrparse import parse_addresses

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader', 'AddressHeader', 'DateHeader',
           'make_header', 'HeaderRegistry']

_SPECIALS = set('()<>@,:;."[]')
_UNIQUE = {'subject', 'date', 'orig-date', 'sender', 'to', 'cc', 'bcc', 'from', 'reply-to', 'mime-version',
           'content-type', 'content-disposition', 'content-transfer-encoding', 'message-id'}
_ADDRESS = {'to', 'from', 'cc', 'bcc', 'sender', 'reply-to', 'resent-to', 'resent-from', 'resent-cc',
            'resent-bcc', 'resent-sender'}
_DATE = {'date', 'resent-date', 'orig-date'}


def _quote_if_needed(s):
    if _SPECIALS.isdisjoint(s):
        return s
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


class Address:
    """One mailbox: display name, username and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            username, _, domain = addr_spec.rpartition('@') if '@' in addr_spec else (addr_spec, '', '')
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        lp = self.username
        if not set(lp) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~."):
            lp = '"%s"' % lp
        return lp + '@' + self.domain if self.domain else lp

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = _quote_if_needed(self.display_name)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and self.username == other.username and
                self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named group of addresses."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(self.__class__.__name__, self.display_name,
                                                            self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None:
            disp = _quote_if_needed(disp)
        adrstr = ", ".join(str(x) for x in self.addresses)
        adrstr = ' ' + adrstr if adrstr else adrstr
        return "{}:{};".format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


class BaseHeader(str):
    """A header value: str of its decoded text, with its name and source."""

    def __new__(cls, name, value, source=None):
        self = str.__new__(cls, value)
        self._name = name
        self._source = value if source is None else source
        self.defects = ()
        return self

    @property
    def name(self):
        return self._name

    def fold(self, *, policy):
        return policy.fold(self._name, self)

    def __reduce__(self):
        return (make_header, (self._name, self._source))


class UnstructuredHeader(BaseHeader):
    max_count = None


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class AddressHeader(BaseHeader):
    max_count = None

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        return tuple(a for g in self._groups for a in g.addresses)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class DateHeader(BaseHeader):
    max_count = None

    @property
    def datetime(self):
        return self._datetime


def _decoded(value):
    from email.header import decode_header
    parts = decode_header(value)
    if len(parts) == 1 and parts[0][1] is None and isinstance(parts[0][0], str):
        return value
    return ''.join(p.decode(c or 'ascii', 'replace') if isinstance(p, bytes) else p for p, c in parts)


def make_header(name, value):
    """The structured header object for name: value (str, datetime,
    Address, Group or a list of them)."""
    lname = name.lower()
    if lname in _ADDRESS:
        if isinstance(value, (Address, Group)):
            value = [value]
        if isinstance(value, (list, tuple)):
            groups = [v if isinstance(v, Group) else Group(None, [v]) for v in value]
            source = ', '.join(str(g) for g in groups)
        else:
            source = str(value)
            groups = []
            current = None
            for disp, spec, group in parse_addresses(_decoded(source)):
                username, _, domain = spec.rpartition('@') if '@' in spec else (spec, '', '')
                if username.startswith('"') and username.endswith('"'):
                    username = username[1:-1]
                addr = Address(disp, username, domain)
                if group is None:
                    groups.append(Group(None, [addr]))
                    current = None
                else:
                    if current is None or current.display_name != group:
                        current = Group(group, [])
                        groups.append(current)
                    current._addresses += (addr,)
        cls = UniqueAddressHeader if lname in _UNIQUE else AddressHeader
        h = cls.__new__(cls, name, ', '.join(str(g) for g in groups), source)
        h._groups = tuple(groups)
        return h
    if lname in _DATE:
        import datetime
        if isinstance(value, datetime.datetime):
            dt = value
            source = utils.format_datetime(value)
        else:
            source = str(value)
            try:
                dt = utils.parsedate_to_datetime(source)
            except (TypeError, ValueError):
                dt = None
        h = DateHeader.__new__(DateHeader, name, source if dt is None else utils.format_datetime(dt), source)
        h._datetime = dt
        return h
    cls = UniqueUnstructuredHeader if lname in _UNIQUE else UnstructuredHeader
    source = str(value)
    return cls.__new__(cls, name, _decoded(source), source)


class HeaderRegistry:
    """Makes header objects by name (one registry for every header)."""

    def __call__(self, name, value):
        return make_header(name, value)
