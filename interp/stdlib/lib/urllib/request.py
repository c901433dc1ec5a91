"""Open URLs (adder): urlopen for http, https (Go's net/http, following
redirects), file and data URLs; Request; urlretrieve; HTTPError for error
statuses. build_opener returns a simple opener over urlopen; proxies come
from the environment, as Go reads them. Response headers have Go's
canonical capitalisation and not the server's order."""

import base64
import io
import os
import sys
import time
import tempfile
import _adder_http
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPHandler', 'HTTPSHandler', 'FileHandler',
           'DataHandler', 'build_opener', 'install_opener', 'urlopen', 'urlretrieve', 'urlcleanup',
           'pathname2url', 'url2pathname', 'getproxies', 'URLError', 'HTTPError']

__version__ = '%d.%d' % sys.version_info[:2]
_DEFAULT_TIMEOUT = object()


class HTTPMessage:
    """Response headers: a case-insensitive multi-mapping in arrival order
    (the parts of email.message.Message that responses use)."""

    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._items)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._items.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._items = [(k, v) for k, v in self._items if k.lower() != name]

    def __iter__(self):
        return iter(self.keys())

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._items:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._items if k.lower() == name]
        return values or failobj

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def get_content_type(self):
        value = self.get('content-type')
        if not value:
            return 'text/plain'
        ctype = value.split(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        for part in value.split(';')[1:]:
            k, sep, v = part.strip().partition('=')
            if sep and k.strip().lower() == param.lower():
                v = v.strip()
                if unquote and len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        return self.get_param('filename', failobj, 'content-disposition')

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._items) + '\n'

    __str__ = as_string


class _Body:
    """The body of an HTTP response, read from Go as it arrives."""

    def __init__(self, handle):
        self._h = handle
        self.closed = False

    def read(self, amt=-1):
        if self.closed:
            return b''
        if amt is None:
            amt = -1
        return _adder_http.read(self._h, amt, False)

    def read1(self, amt=-1):
        return self.read(amt)

    def readline(self, limit=-1):
        if self.closed:
            return b''
        line = _adder_http.read(self._h, -1, True)
        if limit is not None and limit >= 0 and len(line) > limit:
            raise ValueError("adder: readline limit is not supported on HTTP bodies")
        return line

    def readlines(self, hint=-1):
        return list(iter(self.readline, b''))

    def close(self):
        if not self.closed:
            self.closed = True
            _adder_http.close(self._h)


class HTTPResponse(addinfourl):
    """The response to an HTTP request (http.client.HTTPResponse's face)."""

    def __init__(self, body, headers, url, status, reason):
        addinfourl.__init__(self, body, headers, url, status)
        self.reason = reason
        self.msg = headers
        self.version = 11
        self.will_close = True

    @property
    def status(self):
        return self.code

    def getheader(self, name, default=None):
        values = self.headers.get_all(name)
        if not values:
            return default
        return ', '.join(values)

    def getheaders(self):
        return self.headers.items()

    def readable(self):
        return True

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def isclosed(self):
        return self.closed

    def __repr__(self):
        return '<http.client.HTTPResponse object at %#x>' % id(self)


class Request:
    """A URL request: the URL, data to send (POST), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = self.host
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, _, self.fragment = self._full_url.partition('#')
        if not _:
            self.fragment = None
        self._parse()

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    def _parse(self):
        self.type, sep, rest = self._full_url.partition(':')
        if not sep or not self.type:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = self.type.lower()
        if rest.startswith('//'):
            host, _, path = rest[2:].partition('/')
            self.host = unquote(host)
            self.selector = '/' + path
        else:
            self.host = None
            self.selector = rest

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.host = host
        self.type = type

    def has_proxy(self):
        return False

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers or header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _open_http(req, timeout):
    headers = dict(req.header_items())
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
        if hasattr(data, 'read'):
            data = data.read()
        elif not isinstance(data, (bytes, bytearray)):
            data = b''.join(data)
        if 'Content-type' not in headers:
            headers['Content-type'] = 'application/x-www-form-urlencoded'
    headers.setdefault('User-agent', 'Python-urllib/%s' % __version__)
    to = None if timeout is _DEFAULT_TIMEOUT or timeout is None else float(timeout)
    try:
        h, status, reason, hdrs, final_url = _adder_http.fetch(req.get_method(), req.full_url,
                                                               list(headers.items()), data, to)
    except TimeoutError as e:
        raise URLError(e)
    except OSError as e:
        raise URLError(e)
    message = HTTPMessage(sorted(hdrs))
    body = _Body(h)
    if not 200 <= status < 300:
        raise HTTPError(final_url, status, reason, message, body)
    return HTTPResponse(body, message, final_url, status, reason)


_content_types = {'.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html', '.json': 'application/json',
                  '.csv': 'text/csv', '.py': 'text/x-python', '.png': 'image/png', '.jpg': 'image/jpeg',
                  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.pdf': 'application/pdf', '.xml': 'text/xml',
                  '.zip': 'application/zip', '.gz': 'application/gzip', '.svg': 'image/svg+xml'}


def _open_file(req):
    host = req.host
    path = url2pathname(req.selector)
    if host and host not in ('localhost',):
        raise URLError('file not on local host')
    try:
        st = os.stat(path)
    except OSError as e:
        raise URLError(e, e.filename)
    size = st.st_size
    modified = _formatdate(st.st_mtime)
    mtype = _content_types.get(os.path.splitext(path)[1].lower())
    headers = HTTPMessage([('Content-type', mtype or 'text/plain'), ('Content-length', str(size)),
                           ('Last-modified', modified)])
    origurl = 'file://' + (host or '') + req.selector if host else 'file://' + req.selector
    return addinfourl(open(path, 'rb'), headers, origurl)


def _formatdate(timeval):
    t = time.gmtime(timeval)
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][t.tm_wday], t.tm_mday,
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.tm_mon - 1],
        t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


def _open_data(req):
    url = req.full_url
    scheme, data = url.split(":", 1)
    mediatype, data = data.split(",", 1)
    if mediatype.endswith(";base64"):
        data = base64.decodebytes(data.encode('ascii'))
        mediatype = mediatype[:-7]
    else:
        data = unquote_to_bytes(data)
    if not mediatype:
        mediatype = "text/plain;charset=US-ASCII"
    headers = HTTPMessage([('Content-type', mediatype), ('Content-length', str(len(data)))])
    return addinfourl(io.BytesIO(data), headers, url)


def _open(req, timeout=_DEFAULT_TIMEOUT):
    if req.type in ('http', 'https'):
        return _open_http(req, timeout)
    if req.type == 'file':
        return _open_file(req)
    if req.type == 'data':
        return _open_data(req)
    raise URLError('unknown url type: %s' % req.type)


_opener = None


def urlopen(url, data=None, timeout=_DEFAULT_TIMEOUT, *, context=None):
    """Open the URL url (a string or a Request); returns a response with
    read(), status, headers, geturl() and info()."""
    if _opener is not None:
        return _opener.open(url, data, timeout)
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    return _open(req, timeout)


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass


class HTTPHandler(BaseHandler):
    pass


class HTTPSHandler(BaseHandler):
    def __init__(self, debuglevel=0, context=None, check_hostname=None):
        self.context = context


class FileHandler(BaseHandler):
    pass


class DataHandler(BaseHandler):
    pass


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar


class ProxyHandler(BaseHandler):
    def __init__(self, proxies=None):
        self.proxies = proxies if proxies is not None else getproxies()


class OpenerDirector:
    """Opens URLs; addheaders are added to every request."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)
        if hasattr(handler, 'add_parent'):
            handler.add_parent(self)

    def open(self, fullurl, data=None, timeout=_DEFAULT_TIMEOUT):
        req = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if data is not None:
            req.data = data
        for k, v in self.addheaders:
            if not req.has_header(k.capitalize()):
                req.add_unredirected_header(k, v)
        return _open(req, timeout)

    def close(self):
        self.handlers = []


def build_opener(*handlers):
    """An OpenerDirector with the given handlers added."""
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


def install_opener(opener):
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the object at url to filename (a temporary file if None);
    returns (filename, headers)."""
    url_type, path = url.split(':', 1) if ':' in url else ('', url)
    with urlopen(url, data) as fp:
        headers = fp.info()
        if url_type == 'file' and not filename:
            return url2pathname(urlparse(url).path), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            fd, filename = tempfile.mkstemp()
            os.close(fd)
            _url_tempfiles.append(filename)
            tfp = open(filename, 'wb')
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (read, size), result)
    return result


def urlcleanup():
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    _opener = None


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies():
    """Proxy URLs from the *_proxy environment variables."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    return proxies
