"""HTTP client (adder): HTTPConnection and HTTPSConnection whose requests
go through Go's net/http (see urllib.request), the response class and
the status-code constants. Each request is sent whole when getresponse()
is called; chunked uploads and CONNECT tunnels are not provided."""

import io
import _adder_http
from http import HTTPStatus
from urllib.request import HTTPMessage, _Body

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode", "IncompleteRead", "InvalidURL",
           "ImproperConnectionState", "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error", "responses", "HTTPSConnection"]

HTTP_PORT = 80
HTTPS_PORT = 443

globals().update({s.name: s.value for s in HTTPStatus})
responses = {s.value: s.phrase for s in HTTPStatus}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (65536, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPResponse(io.BufferedIOBase):
    """The response to an HTTP request."""

    def __init__(self, handle, status, reason, headers, url, method):
        self._body = _Body(handle)
        self.status = self.code = status
        self.reason = reason
        self.headers = self.msg = headers
        self.version = 11
        self._url = url
        self._method = method
        self.will_close = True
        self.length = None
        cl = headers.get('Content-Length')
        if cl is not None and cl.isdigit():
            self.length = int(cl)

    def read(self, amt=None):
        if self._method == "HEAD":
            return b""
        data = self._body.read(-1 if amt is None else amt)
        if self.length is not None:
            self.length = max(0, self.length - len(data))
        return data

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        return self._body.readline(limit)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=-1):
        raise NotImplementedError("adder: HTTPResponse.peek is not supported")

    def getheader(self, name, default=None):
        values = self.headers.get_all(name)
        if not values:
            return default
        return ', '.join(values)

    def getheaders(self):
        return list(self.headers.items())

    def fileno(self):
        return -1

    def isclosed(self):
        return self._body.closed

    def close(self):
        super().close()
        self._body.close()

    def readable(self):
        return True

    def info(self):
        return self.headers

    def geturl(self):
        return self._url

    def getcode(self):
        return self.status

    def __iter__(self):
        return iter(self._body.readline, b'')


class HTTPConnection:
    """A connection to an HTTP server: request(), then getresponse()."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    _scheme = 'http'
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=None, source_address=None, blocksize=8192):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        self.host = host
        self.port = port
        self.timeout = timeout
        self._pending = None
        self._headers = []
        self._method = None
        self._url = None

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("adder: HTTP tunnels are not supported")

    def connect(self):
        pass

    def close(self):
        self._pending = None

    def _base(self):
        host = '[%s]' % self.host if ':' in self.host else self.host
        if self.port == self.default_port:
            return '%s://%s' % (self._scheme, host)
        return '%s://%s:%d' % (self._scheme, host, self.port)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._pending is not None:
            raise CannotSendRequest('Request-sent')
        self._method = method
        self._url = url
        self._headers = []
        self._body = b''

    def putheader(self, header, *values):
        self._headers.append((header, ', '.join(str(v) for v in values)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if message_body is not None:
            self._body += message_body if isinstance(message_body, bytes) else bytes(message_body)
        self._pending = (self._method, self._url, list(self._headers), self._body)

    def send(self, data):
        if isinstance(data, str):
            data = data.encode('iso-8859-1')
        elif hasattr(data, 'read'):
            data = data.read()
            if isinstance(data, str):
                data = data.encode('iso-8859-1')
        self._body += bytes(data)
        if self._pending is not None:
            m, u, h, b = self._pending
            self._pending = (m, u, h, self._body)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a complete request to the server."""
        self.putrequest(method, url)
        for k, v in headers.items():
            self.putheader(k, v)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        elif body is not None and hasattr(body, 'read'):
            body = body.read()
            if isinstance(body, str):
                body = body.encode('iso-8859-1')
        elif body is not None and not isinstance(body, (bytes, bytearray)):
            body = b''.join(body)
        if body is not None and 'content-length' not in {k.lower() for k in headers}:
            self.putheader('Content-Length', str(len(body)))
        self.endheaders(body)

    def getresponse(self):
        """Send the pending request and return the response."""
        if self._pending is None:
            raise ResponseNotReady('Idle')
        method, url, headers, body = self._pending
        self._pending = None
        if not url.startswith(('http://', 'https://')):
            url = self._base() + (url if url.startswith('/') else '/' + url)
        if not any(k.lower() == 'user-agent' for k, v in headers):
            headers.append(('User-Agent', 'Python-http.client/3.12'))
        try:
            h, status, reason, hdrs, final_url = _adder_http.fetch(method, url, headers,
                                                                   body if body or method in ('POST', 'PUT', 'PATCH') else None,
                                                                   self.timeout)
        except TimeoutError:
            raise
        except OSError:
            raise
        return self.response_class(h, status, reason, HTTPMessage(sorted(hdrs)), final_url, method)


class HTTPSConnection(HTTPConnection):
    """An HTTPConnection over TLS (Go's crypto/tls, system roots)."""

    default_port = HTTPS_PORT
    _scheme = 'https'

    def __init__(self, host, port=None, *, timeout=None, source_address=None, context=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize)
        self._context = context
