"""Content managers (adder): raw_data_manager gets and sets the content of
EmailMessage parts: str (text/*), bytes (any maintype/subtype) and
message objects (message/rfc822)."""

import binascii
import email.charset
import email.message
import email.errors
from email import quoprimime

__all__ = ['ContentManager', 'raw_data_manager']


class ContentManager:
    """Handlers to get content by MIME type and to set it by object type."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        content_type = msg.get_content_type()
        if content_type in self.get_handlers:
            return self.get_handlers[content_type](msg, *args, **kw)
        maintype = msg.get_content_maintype()
        if maintype in self.get_handlers:
            return self.get_handlers[maintype](msg, *args, **kw)
        if '' in self.get_handlers:
            return self.get_handlers[''](msg, *args, **kw)
        raise KeyError(content_type)

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        handler = self._find_set_handler(msg, obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        """The handler for obj's type: by class, then "module.qualname",
        qualname or name, along the MRO; None's handler last."""
        first = None
        for cls in type(obj).__mro__:
            module = getattr(cls, '__module__', '')
            full = module + '.' + cls.__qualname__ if module else cls.__qualname__
            first = first or full
            for key in (cls, full, cls.__qualname__, cls.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        raise KeyError(first)


raw_data_manager = ContentManager()


def get_text_content(msg, errors='replace'):
    content = msg.get_payload(decode=True)
    charset = msg.get_param('charset', 'ASCII')
    return content.decode(charset, errors=errors)


raw_data_manager.add_get_handler('text', get_text_content)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


for maintype in 'audio image video application'.split():
    raw_data_manager.add_get_handler(maintype, get_non_text_content)
del maintype


def get_message_content(msg):
    return msg.get_payload(0)


for subtype in 'rfc822 external-body'.split():
    raw_data_manager.add_get_handler('message/' + subtype, get_message_content)
del subtype


def get_and_fixup_unknown_message_content(msg):
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)


def _prepare_set(msg, maintype, subtype, headers):
    msg['Content-Type'] = '/'.join((maintype, subtype))
    if headers:
        if not hasattr(headers[0], 'name'):
            mp = msg.policy
            headers = [mp.header_factory(*mp.header_source_parse([header])) if hasattr(mp, 'header_factory')
                       else mp.header_store_parse(*mp.header_source_parse([header])) for header in headers]
        for header in headers:
            if hasattr(header, 'name'):
                msg[header.name] = header
            else:
                msg[header[0]] = header[1]


def _finalize_set(msg, disposition, filename, cid, params):
    if disposition is None and filename is not None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    if params is not None:
        for key, value in params.items():
            msg.set_param(key, value)


def _encode_base64(data, max_line_length):
    encoded_lines = []
    unencoded_bytes_per_line = max_line_length // 4 * 3
    for i in range(0, len(data), unencoded_bytes_per_line):
        thisline = data[i:i + unencoded_bytes_per_line]
        encoded_lines.append(binascii.b2a_base64(thisline).decode('ascii'))
    return ''.join(encoded_lines)


def _encode_text(string, charset, cte, policy):
    """(cte, payload) for text. With no cte given: 7bit when every line is
    ASCII and short enough, 8bit for short lines under an 8bit policy,
    else whichever of quoted-printable and base64 is shorter on the first
    ten lines."""
    lines = string.encode(charset).splitlines()
    sep = policy.linesep.encode('ascii')
    limit = policy.max_line_length or 10 ** 9
    plain = b'\n'.join(lines) + b'\n'
    if cte is None:
        if max(map(len, lines), default=0) <= limit:
            if plain.isascii():
                return '7bit', plain.decode('ascii')
            if policy.cte_type == '8bit':
                return '8bit', plain.decode('ascii', 'surrogateescape')
        sample = sep.join(lines[:10]) + sep
        as_qp = quoprimime.body_encode(sample.decode('latin-1'), policy.max_line_length or 76)
        if len(as_qp) > len(binascii.b2a_base64(sample)):
            cte = 'base64'
        elif len(lines) <= 10:
            return 'quoted-printable', as_qp
        else:
            cte = 'quoted-printable'
    if cte == '7bit':
        return cte, plain.decode('ascii')
    if cte == '8bit':
        return cte, plain.decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(plain.decode('latin-1'), policy.max_line_length or 76)
    if cte == 'base64':
        return cte, _encode_base64(sep.join(lines) + sep, policy.max_line_length or 76)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None, disposition=None, filename=None,
                     cid=None, params=None, headers=None):
    _prepare_set(msg, 'text', subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', email.charset.ALIASES.get(charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)


def set_message_content(msg, message, subtype="rfc822", cte=None, disposition=None, filename=None, cid=None,
                        params=None, headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError("message/rfc822 parts do not support cte={}".format(cte))
        cte = '8bit' if cte is None else cte
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError("message/external-body parts do not support cte={}".format(cte))
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(email.message.Message, set_message_content)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None, filename=None, cid=None,
                      params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    if cte == 'base64':
        data = _encode_base64(data, max_line_length=msg.policy.max_line_length or 76)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False, quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        data = data.decode('ascii', 'surrogateescape')
    msg.set_payload(data)
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, disposition, filename, cid, params)


for typ in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(typ, set_bytes_content)
del typ
