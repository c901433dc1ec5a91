"""Parsing messages from text or bytes (adder): headers up to the first
blank line (continuation lines folded in), then the body, split into
sub-messages for multipart/* and message/rfc822."""

from io import StringIO, TextIOWrapper

from email.policy import compat32
from email import errors

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser', 'BytesFeedParser']


def _new_message(factory, policy):
    if factory is not None:
        try:
            return factory(policy=policy)
        except TypeError:
            return factory()
    mf = policy.message_factory
    if mf is None:
        from email.message import Message
        return Message(policy=policy)
    return mf(policy=policy)


def _parse(text, factory, policy, headersonly, default_type='text/plain'):
    msg = _new_message(factory, policy)
    if default_type != 'text/plain':
        msg.set_default_type(default_type)
    lines = text.splitlines(keepends=True)
    i = 0
    if lines and lines[0].startswith('From '):
        msg.set_unixfrom(lines[0].rstrip('\r\n'))
        i = 1
    headers = []
    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if line[0] in ' \t' and headers:
            headers[-1].append(line)
            i += 1
            continue
        if ':' not in line or line.startswith(':'):
            if i == 0 or not headers:
                pass
            policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
            break
        headers.append([line])
        i += 1
    for hl in headers:
        msg.set_raw(*policy.header_source_parse(hl))
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    ctype = msg.get_content_type()
    if ctype.startswith('multipart/'):
        boundary = msg.get_boundary()
        if boundary is None:
            policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return msg
        _split_multipart(msg, lines[i:], boundary, factory, policy, ctype)
        return msg
    if ctype == 'message/rfc822' or ctype == 'message/delivery-status':
        msg.set_payload([_parse(body, factory, policy, False)])
        return msg
    msg.set_payload(body)
    return msg


def _split_multipart(msg, lines, boundary, factory, policy, ctype):
    sep = '--' + boundary
    close = sep + '--'
    preamble, parts, epilogue = [], [], None
    current = None
    for line in lines:
        bare = line.rstrip('\r\n').rstrip(' \t')
        if epilogue is not None:
            epilogue.append(line)
            continue
        if bare == close:
            if current is not None:
                parts.append(current)
            current = None
            epilogue = []
            continue
        if bare == sep:
            if current is not None:
                parts.append(current)
            current = []
            continue
        if current is None:
            preamble.append(line)
        else:
            current.append(line)
    if current is not None:
        parts.append(current)
        policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
    child_type = 'message/rfc822' if ctype == 'multipart/digest' else 'text/plain'
    msg._payload = []
    for part in parts:
        text = ''.join(part)
        # The line ending before a boundary belongs to the boundary.
        if text.endswith('\r\n'):
            text = text[:-2]
        elif text.endswith('\n') or text.endswith('\r'):
            text = text[:-1]
        msg._payload.append(_parse(text, factory, policy, False, child_type))
    if preamble:
        text = ''.join(preamble)
        if text.endswith('\r\n'):
            text = text[:-2]
        elif text.endswith('\n'):
            text = text[:-1]
        msg.preamble = text
    if epilogue is not None:
        msg.epilogue = ''.join(epilogue)
    if not parts and epilogue is None:
        policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())


class Parser:
    """Parses text into a message tree."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse(text, self._class, self.policy, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes into a message tree (8-bit data kept as surrogates)."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)


class FeedParser:
    """Collects text with feed() and parses it on close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self._factory = _factory
        self.policy = policy
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def _text(self):
        return ''.join(self._chunks)

    def close(self):
        return _parse(self._text(), self._factory, self.policy, False)


class BytesFeedParser(FeedParser):
    def _text(self):
        return b''.join(self._chunks).decode('ascii', 'surrogateescape')
