"""IPv4/IPv6 addresses, networks and interfaces (adder): parsing with
CPython's error messages, the address properties (is_private, ...),
network arithmetic (hosts, subnets, supernet, overlaps, containment) and
collapse_addresses/summarize_address_range."""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or integer."""
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network from a string or integer."""
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    addr = str(address).split('/')
    if len(addr) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return addr


@functools.total_ordering
class _BaseAddress:
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return (self._ip == other._ip and self._version == other._version)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        return format(int(self), fmt)

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()


class IPv4Address(_BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ('_ip', '__weakref__')
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (2 ** IPV4LENGTH) - 1

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0 or address > self._ALL_ONES:
                raise AddressValueError("%d (< 0) is not permitted as an IPv4 address" % address
                                        if address < 0 else
                                        "%d (>= 2**32) is not permitted as an IPv4 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 4:
                raise AddressValueError("%r (len %d != 4) is not permitted as an IPv4 address" %
                                        (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(bytes(cls._parse_octet(o) for o in octets), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError("Octet %d (> 255) not permitted" % octet_int)
        return octet_int

    @staticmethod
    def _string_from_ip_int(ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    def _in(self, nets):
        return any(self in IPv4Network(n) for n in nets)

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_private(self):
        return self._in(['0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
                         '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
                         '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32'])

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Network('224.0.0.0/4')

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in IPv4Network('127.0.0.0/8')

    @property
    def is_link_local(self):
        return self in IPv4Network('169.254.0.0/16')

    @property
    def ipv6_mapped(self):
        return IPv6Address(f'::ffff:{self}')


class IPv6Address(_BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            if address < 0 or address > self._ALL_ONES:
                raise AddressValueError("%d (< 0) is not permitted as an IPv6 address" % address
                                        if address < 0 else
                                        "%d (>= 2**128) is not permitted as an IPv6 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 16:
                raise AddressValueError("%r (len %d != 16) is not permitted as an IPv6 address" %
                                        (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, _, scope = addr_str.partition('%')
        if _:
            if not scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % address)
            self._scope_id = scope
        self._ip = self._ip_int_from_string(addr_str)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        _min_parts = 3
        if len(parts) < _min_parts:
            raise AddressValueError("At least %d parts expected in %r" % (_min_parts, ip_str))
        if '.' in parts[-1]:
            try:
                ipv4_int = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((ipv4_int >> 16) & 0xFFFF))
            parts.append('%x' % (ipv4_int & 0xFFFF))
        _max_parts = cls._HEXTET_COUNT + 1
        if len(parts) > _max_parts:
            raise AddressValueError("At most %d colons permitted in %r" % (_max_parts - 1, ip_str))
        skip_index = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip_index is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip_index = i
        if skip_index is not None:
            parts_hi = skip_index
            parts_lo = len(parts) - skip_index - 1
            if not parts[0]:
                parts_hi -= 1
                if parts_hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                parts_lo -= 1
                if parts_lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            parts_skipped = cls._HEXTET_COUNT - (parts_hi + parts_lo)
            if parts_skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r" %
                                        (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r" %
                                        (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            parts_hi = len(parts)
            parts_lo = 0
            parts_skipped = 0
        try:
            ip_int = 0
            for i in range(parts_hi):
                ip_int <<= 16
                ip_int |= cls._parse_hextet(parts[i])
            ip_int <<= 16 * parts_skipped
            for i in range(-parts_lo, 0):
                ip_int <<= 16
                ip_int |= cls._parse_hextet(parts[i])
            return ip_int
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @staticmethod
    def _parse_hextet(hextet_str):
        if not all(c in '0123456789abcdefABCDEF' for c in hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @staticmethod
    def _compress_hextets(hextets):
        best_doublecolon_start = -1
        best_doublecolon_len = 0
        doublecolon_start = -1
        doublecolon_len = 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                doublecolon_len += 1
                if doublecolon_start == -1:
                    doublecolon_start = index
                if doublecolon_len > best_doublecolon_len:
                    best_doublecolon_len = doublecolon_len
                    best_doublecolon_start = doublecolon_start
            else:
                doublecolon_len = 0
                doublecolon_start = -1
        if best_doublecolon_len > 1:
            best_doublecolon_end = (best_doublecolon_start + best_doublecolon_len)
            if best_doublecolon_end == len(hextets):
                hextets += ['']
            hextets[best_doublecolon_start:best_doublecolon_end] = ['']
            if best_doublecolon_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        hextets = cls._compress_hextets(hextets)
        return ':'.join(hextets)

    def __str__(self):
        ip_str = self._string_from_ip_int(self._ip)
        return ip_str + '%' + self._scope_id if self._scope_id else ip_str

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = _BaseAddress.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        return self._scope_id == getattr(other, '_scope_id', None)

    __lt__ = _BaseAddress.__lt__

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def exploded(self):
        hex_str = '%032x' % self._ip
        return ':'.join(hex_str[x:x + 4] for x in range(0, 32, 4))

    @property
    def compressed(self):
        return str(self)

    def _reverse_pointer(self):
        reverse_chars = self.exploded[::-1].replace(':', '')
        return '.'.join(reverse_chars) + '.ip6.arpa'

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    def _in(self, nets):
        return any(IPv6Address(self._ip) in IPv6Network(n) for n in nets)

    @property
    def is_multicast(self):
        return self._in(['ff00::/8'])

    @property
    def is_reserved(self):
        return self._in(['::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
                         '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9'])

    @property
    def is_link_local(self):
        return self._in(['fe80::/10'])

    @property
    def is_site_local(self):
        return self._in(['fec0::/10'])

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(['::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
                         '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10'])

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


def _count_addresses(cls, first, last):
    # (adder's range() is limited to 64-bit ints: count by hand.)
    x = first
    while x <= last:
        yield cls(x)
        x += 1


@functools.total_ordering
class _BaseNetwork:
    """A network: a network address and a prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def _make(self, address, prefixlen):
        return self.__class__((address, prefixlen))

    def hosts(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if self._version == 4 and self._prefixlen == 31 or self._version == 6 and self._prefixlen == 127:
            first, last = network, broadcast
        elif self._prefixlen == self._max_prefixlen:
            return iter([self.network_address])
        elif self._version == 4:
            first, last = network + 1, broadcast - 1
        else:
            first, last = network + 1, broadcast
        return _count_addresses(self._address_class, first, last)

    def __iter__(self):
        return _count_addresses(self._address_class, int(self.network_address), int(self.broadcast_address))

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if self._version != getattr(other, '_version', None):
            return False
        return other._ip & int(self.netmask) == int(self.network_address)

    def overlaps(self, other):
        return self.network_address in other or (self.broadcast_address in other or (
            other.network_address in self or (other.broadcast_address in self)))

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s' % (s1, s2, other))
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets that join to make this network."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        # (adder's range() is limited to 64-bit ints: count by hand.)
        new_addr = start
        while new_addr < end:
            yield self.__class__((new_addr, new_prefixlen))
            new_addr += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The supernet containing the current network."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d' %
                             (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_prefixlen))

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved


def _split_net(cls, address):
    """(address int, prefixlen) from what a network constructor accepts."""
    if isinstance(address, (int, bytes)):
        return cls._address_class(address)._ip, cls._max_prefixlen
    if isinstance(address, tuple):
        addr = address[0]
        mask = address[1] if len(address) > 1 else cls._max_prefixlen
        ip = cls._address_class(addr)._ip if not isinstance(addr, int) else cls._address_class(addr)._ip
        return ip, cls._prefix_from(mask)
    parts = _split_optional_netmask(address)
    ip = cls._address_class(parts[0])._ip
    mask = parts[1] if len(parts) == 2 else cls._max_prefixlen
    return ip, cls._prefix_from(mask)


class _NetMixin:
    @classmethod
    def _prefix_from(cls, mask):
        if isinstance(mask, int):
            if not 0 <= mask <= cls._max_prefixlen:
                raise NetmaskValueError('%r is not a valid netmask' % mask)
            return mask
        mask = str(mask)
        if mask.isascii() and mask.isdigit():
            n = int(mask)
            if 0 <= n <= cls._max_prefixlen:
                return n
            raise NetmaskValueError('%r is not a valid netmask' % mask)
        if cls._version == 6:
            raise NetmaskValueError('%r is not a valid netmask' % mask)
        try:
            ip = IPv4Address(mask)._ip
        except AddressValueError:
            raise NetmaskValueError('%r is not a valid netmask' % mask) from None
        # A netmask (ones then zeros) or a hostmask (zeros then ones).
        for value in (ip, ip ^ IPv4Address._ALL_ONES):
            n = bin(value).count('1')
            if value == ((1 << n) - 1) << (32 - n):
                return n
        raise NetmaskValueError('%r is not a valid netmask' % mask)


class IPv4Network(_NetMixin, _BaseNetwork):
    """An IPv4 network (address/prefix)."""

    _address_class = IPv4Address
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = IPv4Address._ALL_ONES

    def __init__(self, address, strict=True):
        ip, self._prefixlen = _split_net(self, address)
        self.netmask = IPv4Address(self._ALL_ONES ^ (self._ALL_ONES >> self._prefixlen))
        packed = ip & int(self.netmask)
        if packed != ip:
            if strict:
                raise ValueError('%s/%d has host bits set' % (IPv4Address(ip), self._prefixlen))
            ip = packed
        self.network_address = IPv4Address(ip)



class IPv6Network(_NetMixin, _BaseNetwork):
    """An IPv6 network (address/prefix)."""

    _address_class = IPv6Address
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = IPv6Address._ALL_ONES

    def __init__(self, address, strict=True):
        ip, self._prefixlen = _split_net(self, address)
        self.netmask = IPv6Address(self._ALL_ONES ^ (self._ALL_ONES >> self._prefixlen))
        packed = ip & int(self.netmask)
        if packed != ip:
            if strict:
                raise ValueError('%s/%d has host bits set' % (IPv6Address(ip), self._prefixlen))
            ip = packed
        self.network_address = IPv6Address(ip)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class IPv4Interface(IPv4Address):
    """An address with its network (address/prefix)."""

    def __init__(self, address):
        ip, prefixlen = _split_net(IPv4Network, address)
        IPv4Address.__init__(self, ip)
        self.network = IPv4Network((ip, prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        address_equal = IPv4Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv6Interface(IPv6Address):
    def __init__(self, address):
        ip, prefixlen = _split_net(IPv6Network, address)
        IPv6Address.__init__(self, ip)
        self.network = IPv6Network((ip, prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        address_equal = IPv6Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)


def summarize_address_range(first, last):
    """The networks that exactly cover first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    ip = IPv4Network if first.version == 4 else IPv6Network
    ip_bits = first._max_prefixlen
    first_int = first._ip
    last_int = last._ip
    while first_int <= last_int:
        nbits = min((first_int & -first_int).bit_length() - 1 if first_int else ip_bits,
                    (last_int - first_int + 1).bit_length() - 1)
        net = ip((first_int, ip_bits - nbits))
        yield net
        first_int += 1 << nbits
        if first_int - 1 == ip._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Collapse a list of addresses and networks into the fewest networks."""
    addrs = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if addrs and addrs[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, addrs[-1]))
            addrs.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            addrs.append(ip.network_address)
        else:
            nets.append(ip)
    addrs = sorted(set(addrs))
    if addrs:
        # Consecutive runs of addresses become ranges.
        start = prev = addrs[0]
        for a in addrs[1:] + [None]:
            if a is not None and a._ip == prev._ip + 1:
                prev = a
                continue
            nets.extend(summarize_address_range(start, prev))
            if a is not None:
                start = prev = a
    nets = sorted(set(nets), key=lambda n: (n.network_address, n.prefixlen))
    # Drop networks inside others, then merge sibling pairs repeatedly.
    changed = True
    while changed:
        changed = False
        out = []
        for n in nets:
            if out and n.subnet_of(out[-1]):
                changed = changed or False
                continue
            if out and out[-1].prefixlen == n.prefixlen and out[-1].prefixlen > 0:
                sup = out[-1].supernet()
                if sup.network_address == out[-1].network_address and n.subnet_of(sup):
                    out[-1] = sup
                    changed = True
                    continue
            out.append(n)
        nets = sorted(set(out), key=lambda n: (n.network_address, n.prefixlen))
    return iter(nets)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._version, obj.network_address, obj.netmask
    elif isinstance(obj, _BaseAddress):
        return obj._version, obj
    return NotImplemented
