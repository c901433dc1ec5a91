"""Message objects (adder): Message (compat32: headers are strings) and
EmailMessage/MIMEPart (the default policy: structured headers, set_content,
add_attachment, get_body, iter_attachments). Headers keep their order
and case; payloads are a string, or a list of sub-messages for multipart."""

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import utils
from email import errors
from email.policy import compat32
from email import charset as _charset

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    """(main value, rest after the first ';' or None)."""
    main, sep, rest = str(param).partition(';')
    return main.strip(), (rest.strip() if sep else None)


def _formatparam(param, value=None, quote=True):
    """'name="value"' for a parameter: quoted when asked or needed, RFC 2231
    encoded when the value is a (charset, language, text) triple or is not
    ASCII; just the name when there is no value."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    if not value.isascii():
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    """The ';'-separated fields of a header value; a ';' inside a quoted
    string does not separate. 'name = value' fields come back as
    'name=value' with the name lower-cased."""
    fields, cur, quoted, i = [], [], False, 0
    text = str(s)
    while i < len(text):
        c = text[i]
        if c == '\\' and quoted and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        if c == ';' and not quoted:
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append(''.join(cur))
    out = []
    for f in fields:
        name, eq, value = f.partition('=')
        out.append((name.strip().lower() + '=' + value.strip()) if eq else f.strip())
    return out


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


from email._sur import has_surrogates as _has_surrogates, encode as _sur_encode


class Message:
    """A message: ordered headers and a payload (compat32 policy)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        policy = self.policy if policy is None else policy
        fp = StringIO()
        g = Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        from email.generator import BytesGenerator
        policy = self.policy if policy is None else policy
        fp = BytesIO()
        g = BytesGenerator(fp, mangle_from_=False, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload: a list for multipart (item i if given), else a str;
        decode=True gives the bytes with the transfer encoding undone."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if not decode:
            if isinstance(payload, str) and _has_surrogates(payload):
                bpayload = _sur_encode(payload)
                try:
                    return bpayload.decode(self.get_content_charset('ascii'), 'replace')
                except LookupError:
                    return bpayload.decode('ascii', 'replace')
            return payload
        if payload is None:
            return None
        if isinstance(payload, str):
            if _has_surrogates(payload):
                bpayload = _sur_encode(payload)
            else:
                try:
                    bpayload = payload.encode('ascii')
                except UnicodeError:
                    bpayload = payload.encode('raw-unicode-escape')
        else:
            bpayload = payload
        if cte == 'quoted-printable':
            return quopri.decodestring(bpayload)
        if cte == 'base64':
            value = b''.join(bpayload.splitlines())
            try:
                return binascii.a2b_base64(value + b'=' * (-len(value) % 4))
            except binascii.Error:
                self.policy.handle_defect(self, errors.MessageDefect("invalid base64"))
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, 'encode') is False and isinstance(payload, (bytes, bytearray)):
            payload = bytes(payload).decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset: Content-Type charset, MIME-Version,
        and the transfer encoding the charset calls for."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            payload = self._payload
            if isinstance(payload, str) and _has_surrogates(payload):
                payload = _sur_encode(payload).decode(charset.output_charset or 'ascii', 'replace')
            if cte == '7bit' or cte is None:
                try:
                    str(payload).encode('ascii')
                    cte = '7bit'
                except UnicodeError:
                    cte = '8bit'
                    self._payload = str(payload).encode(charset.output_charset).decode('ascii',
                                                                                      'surrogateescape')
            else:
                self._payload = charset.body_encode(payload)
            self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers --

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = sum(1 for k, v in self._headers if k.lower() == lname)
            if found >= max_count:
                raise ValueError("There may be at most {} {} headers in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        values = []
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                values.append(self.policy.header_fetch_parse(k, v))
        if not values:
            return failobj
        return values

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        _name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == _name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                break
        else:
            raise KeyError(_name)

    # -- content type and parameters --

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        """[(name, raw value)] of a header's fields, RFC 2231 decoded; the
        first is (main value, '')."""
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for field in _parseparam(value):
            name, eq, val = field.partition('=')
            params.append((name.strip(), val.strip()) if eq else (field.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        params = self._get_params_preserve(None, header)
        if params is None:
            return failobj
        return [(k, _unquotevalue(v)) for k, v in params] if unquote else params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        want = param.lower()
        for name, value in self._get_params_preserve(failobj, header):
            if name.lower() == want:
                return _unquotevalue(value) if unquote else value
        return failobj

    def _write_params(self, header, fields, requote, replace):
        """Set header to its fields, formatted; in place when replace."""
        text = '; '.join(_formatparam(name, value, requote) for name, value in fields)
        if text == self.get(header):
            return
        if replace:
            self.replace_header(header, text)
        else:
            del self[header]
            self[header] = text

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None, language='',
                  replace=False):
        """Set (or add) a parameter of a header, Content-Type by default."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        if not self.get_param(param, header=header):
            new = _formatparam(param, value, requote)
            text = new if not current else '%s; %s' % (current, new)
            if text != self.get(header):
                if replace:
                    self.replace_header(header, text)
                else:
                    del self[header]
                    self[header] = text
            return
        fields = [(name, value if name.lower() == param.lower() else old)
                  for name, old in self.get_params(header=header, unquote=requote)]
        self._write_params(header, fields, requote, replace)

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from a header."""
        if header not in self:
            return
        fields = [(name, value) for name, value in self.get_params(header=header, unquote=requote)
                  if name.lower() != param.lower()]
        self._write_params(header, fields, requote, False)

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the main value of a header, keeping its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of Content-Type (quoted), keeping the
        header where it is."""
        params = self._get_params_preserve(None, 'content-type')
        if params is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        if any(name.lower() == 'boundary' for name, _ in params):
            params = [('boundary', quoted) if name.lower() == 'boundary' else (name, value)
                      for name, value in params]
        else:
            params.append(('boundary', quoted))
        text = '; '.join(name if value == '' else '%s=%s' % (name, value) for name, value in params)
        self._headers = [self.policy.header_store_parse(h, text) if h.lower() == 'content-type' else (h, v)
                         for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                charset = str(bytes(charset[2], 'raw-unicode-escape'), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A MIME part under the default policy (no MIME-Version added)."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        c_d = self.get('content-disposition')
        return False if c_d is None else c_d.split(';')[0].strip().lower() == 'attachment'

    def _body_candidates(self, part, prefs):
        """(rank, part) for each part that could be the body: text parts
        whose subtype is preferred, related parts (and their start part),
        looking through other multiparts."""
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in prefs and not part.is_attachment():
                yield prefs.index(subtype), part
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._body_candidates(sub, prefs)
            return
        if 'related' in prefs:
            yield prefs.index('related'), part
        start = part.get_param('start')
        chosen = None
        if start:
            chosen = next((sub for sub in part.iter_parts() if sub['content-id'] == start), None)
        if chosen is None:
            subs = part.get_payload()
            chosen = subs[0] if subs else None
        if chosen is not None:
            yield from self._body_candidates(chosen, prefs)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate body part by the preference list, or None."""
        best, body = len(preferencelist), None
        for rank, part in self._body_candidates(self, preferencelist):
            if rank < best:
                best, body = rank, part
                if rank == 0:
                    break
        return body

    _BODY_TYPES = frozenset([('text', 'plain'), ('text', 'html'), ('multipart', 'related'),
                             ('multipart', 'alternative')])

    def iter_attachments(self):
        """The direct subparts that are not candidate bodies."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        parts = self.get_payload()
        if not isinstance(parts, list):
            return
        parts = list(parts)
        if subtype == 'related':
            # Everything but the root part (the start part, or the first).
            start = self.get_param('start')
            if start:
                for i, part in enumerate(parts):
                    if part.get('content-id') == start:
                        yield from parts[:i]
                        return
            yield from parts[1:]
            return
        seen = set()
        for part in parts:
            kind = tuple(part.get_content_type().split('/'))
            if kind in self._BODY_TYPES and not part.is_attachment() and kind[1] not in seen:
                seen.add(kind[1])
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        """Turn this part into multipart/subtype: its Content-* headers and
        payload (if any) move into a first subpart."""
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes + (subtype,):
                raise ValueError("Cannot convert {} to {}".format(existing, subtype))
        content = [(n, v) for n, v in self._headers if n.lower().startswith('content-')]
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        if content:
            first = type(self)(policy=self.policy)
            first._headers = content
            first._payload = self._payload
            self._payload = [first]
        else:
            self._payload = []
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        """Add a part made by set_content, first making this multipart/_subtype."""
        if self.get_content_type() != 'multipart/' + _subtype:
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the default policy."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
