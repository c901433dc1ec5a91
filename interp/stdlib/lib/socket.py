"""Low-level networking interface (adder): BSD sockets (TCP, UDP, Unix)
on non-blocking descriptors, with blocking, timeout and non-blocking
modes as in CPython; every wait can be interrupted. Name lookups use
Go's resolver. SSL is not provided (use urllib.request for HTTPS)."""

import io
import os
import sys
import _adder_socket as _s

__all__ = ["socket", "socketpair", "create_connection", "create_server", "getaddrinfo", "gethostname",
           "gethostbyname", "getfqdn", "timeout", "error", "herror", "gaierror", "AF_INET", "AF_INET6",
           "AF_UNIX", "SOCK_STREAM", "SOCK_DGRAM"]

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
TCP_NODELAY = 1
IPV6_V6ONLY = 26
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
MSG_PEEK = 2
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


gaierror.__module__ = herror.__module__ = 'socket'
_s.set_gaierror(gaierror)

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


class socket:
    """A socket: family, type, proto; blocking unless settimeout/setblocking
    say otherwise."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        self.family = family
        self.type = type
        self.proto = proto
        if fileno is None:
            self._fd = _s.socket(family, type, proto)
        else:
            self._fd = fileno
        self._timeout = _default_timeout
        self._closed = False
        self._io_refs = 0

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%i, type=%i, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            -1 if closed else self._fd, self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def _check(self):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')

    def fileno(self):
        return -1 if self._closed else self._fd

    def close(self):
        if not self._closed:
            self._closed = True
            _s.close(self._fd)

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def connect(self, address):
        self._check()
        _s.connect(self._fd, self.family, address, self._timeout)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            return e.errno or 1
        return 0

    def bind(self, address):
        self._check()
        _s.bind(self._fd, self.family, address)

    def listen(self, backlog=128):
        self._check()
        _s.listen(self._fd, min(backlog, SOMAXCONN))

    def accept(self):
        self._check()
        fd, addr = _s.accept(self._fd, self._timeout)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def send(self, data, flags=0):
        self._check()
        return _s.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        self._check()
        data = bytes(data)
        while data:
            n = _s.send(self._fd, data, flags, self._timeout)
            data = data[n:]

    def sendto(self, data, flags_or_addr, addr=None):
        self._check()
        if addr is None:
            addr = flags_or_addr
        return _s.sendto(self._fd, data, self.family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        self._check()
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        return _s.recv(self._fd, bufsize, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        self._check()
        return _s.recvfrom(self._fd, bufsize, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def getsockname(self):
        self._check()
        return _s.getsockname(self._fd)

    def getpeername(self):
        self._check()
        return _s.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        self._check()
        if isinstance(value, bool):
            value = int(value)
        _s.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        self._check()
        return _s.getsockopt(self._fd, level, optname)

    def shutdown(self, how):
        self._check()
        _s.shutdown(self._fd, how)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading/writing the socket."""
        raw = SocketIO(self, mode.replace('b', '').replace('t', '') or 'r')
        if 'b' in mode:
            return raw
        return io.TextIOWrapper(raw, encoding or 'utf-8', errors, newline)

    @property
    def timeout(self):
        return self._timeout


class SocketIO(io.RawIOBase):
    """A raw file over a socket (makefile)."""

    def __init__(self, sock, mode):
        io.RawIOBase.__init__(self)
        self._sock = sock
        self._mode = mode
        self._rbuf = b''

    def readable(self):
        return 'r' in self._mode

    def writable(self):
        return 'w' in self._mode

    def read(self, size=-1):
        if size is None or size < 0:
            chunks = [self._rbuf]
            self._rbuf = b''
            while True:
                data = self._sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
            return b''.join(chunks)
        while len(self._rbuf) < size:
            data = self._sock.recv(max(size - len(self._rbuf), 4096))
            if not data:
                break
            self._rbuf += data
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        while b'\n' not in self._rbuf:
            data = self._sock.recv(4096)
            if not data:
                break
            self._rbuf += data
        i = self._rbuf.find(b'\n')
        end = len(self._rbuf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        out, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return out

    def write(self, b):
        self._sock.sendall(b)
        return len(b)

    def flush(self):
        pass


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _s.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def gethostname():
    return _s.gethostname()


def gethostbyname(hostname):
    """The first IPv4 address of hostname."""
    return _s.lookup(hostname, AF_INET)[0]


def gethostbyname_ex(hostname):
    return (hostname, [], _s.lookup(hostname, AF_INET))


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """A list of (family, type, proto, canonname, sockaddr) tuples."""
    if isinstance(port, str):
        port = _s.service_port(port)
    elif port is None:
        port = 0
    if host is None:
        addrs = ['127.0.0.1'] if not flags & AI_PASSIVE else ['0.0.0.0']
    else:
        addrs = _s.lookup(host, family)
    types = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    out = []
    for a in addrs:
        fam = AF_INET6 if ':' in a else AF_INET
        if family and fam != family:
            continue
        for t in types:
            p = proto or {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP}.get(t, 0)
            sockaddr = (a, port, 0, 0) if fam == AF_INET6 else (a, port)
            out.append((fam, t, p, '', sockaddr))
    return out


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port) and return the socket."""
    host, port = address
    errors = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as e:
            errors.append(e)
            if sock is not None:
                sock.close()
    if errors:
        raise errors[0]
    raise OSError("getaddrinfo returns an empty list")


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address."""
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def has_dualstack_ipv6():
    return False


def inet_aton(ip_string):
    parts = ip_string.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed_ip)


def inet_pton(family, ip_string):
    import ipaddress
    try:
        if family == AF_INET:
            return ipaddress.IPv4Address(ip_string).packed
        return ipaddress.IPv6Address(ip_string).packed
    except ValueError:
        raise OSError("illegal IP address string passed to inet_pton") from None


def inet_ntop(family, packed_ip):
    import ipaddress
    if family == AF_INET:
        return str(ipaddress.IPv4Address(bytes(packed_ip)))
    return str(ipaddress.IPv6Address(bytes(packed_ip)))


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl
