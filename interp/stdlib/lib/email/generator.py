"""Writing messages out as text or bytes (adder): Generator, BytesGenerator
and DecodedGenerator.

A message is rendered body first, as a string (8-bit data kept as
surrogateescapes): a multipart needs its parts rendered to choose a
boundary that none of them contains, and a text generator may have to
re-encode an 8-bit body, which changes its Content-Transfer-Encoding
header. The headers, folded by the policy, are written after that."""

import copy
import random
import re
import sys
import time

from email._sur import has_surrogates as _has_surrogates, encode as _sur_encode

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

NL = '\n'
NLCRE = re.compile(r'\r\n|\r|\n')
fcre = re.compile(r'^From ', re.MULTILINE)
_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))


def _normalize_lines(text, nl):
    """text with every line ending made nl (a last line without one stays so)."""
    if not text:
        return ''
    lines = NLCRE.split(text)
    return nl.join(lines)


class Generator:
    """Writes a message tree as text to a file-like object."""

    # Whether 8-bit bodies may be written as they are (bytes output).
    _raw_8bit = False

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (and, if unixfrom, its envelope line) to the file."""
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        saved = (self.policy, msg.policy)
        self.policy = msg.policy = policy
        self._NL = policy.linesep
        try:
            out = []
            if unixfrom:
                ufrom = msg.get_unixfrom() or 'From nobody ' + time.ctime(time.time())
                out.append(ufrom + self._NL)
            out.append(self._render(msg))
            self.write(''.join(out))
        finally:
            self.policy, msg.policy = saved

    # -- rendering to a string --

    def _render(self, msg):
        """Headers and body of msg as one string."""
        body, redo = self._render_body(msg)
        if redo is not None:
            # The body was re-encoded: its headers say how, on a copy.
            msg = copy.deepcopy(msg)
            cte, ctype = redo
            if msg.get('content-transfer-encoding') is None:
                msg['Content-Transfer-Encoding'] = cte
            else:
                msg.replace_header('content-transfer-encoding', cte)
            msg.replace_header('content-type', ctype)
        return self._render_headers(msg) + body

    def _render_headers(self, msg):
        return ''.join(self.policy.fold(h, v) for h, v in msg.raw_items()) + self._NL

    def _render_body(self, msg):
        """(body text, None or (new CTE, new Content-Type))."""
        main, sub = msg.get_content_maintype(), msg.get_content_subtype()
        for name in ('_body_%s_%s' % (main, sub), '_body_' + main):
            meth = getattr(self, name.replace('-', '_'), None)
            if meth is not None:
                return meth(msg)
        return self._body_text(msg)

    def _mangle(self, text):
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    def _body_text(self, msg):
        payload = msg._payload
        if payload is None:
            return '', None
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        redo = None
        if _has_surrogates(payload):
            if self._raw_8bit and self.policy.cte_type != '7bit':
                return _normalize_lines(self._mangle(payload), self._NL), None
            charset = msg.get_param('charset')
            if charset is not None:
                # Text output cannot carry 8-bit data: encode a copy by
                # the charset's rules (base64 for utf-8).
                msg = copy.deepcopy(msg)
                del msg['content-transfer-encoding']
                msg.set_payload(msg._payload, charset)
                redo = (msg['content-transfer-encoding'], msg['content-type'])
            payload = msg.get_payload()
        return _normalize_lines(self._mangle(payload), self._NL), redo

    def _render_part(self, part):
        """A subpart rendered by a generator configured like this one,
        under this generator's policy."""
        g = self.__class__.__new__(self.__class__)
        g.__dict__.update(self.__dict__)
        saved = part.policy
        part.policy = self.policy
        try:
            return g._render(part)
        finally:
            part.policy = saved

    def _body_multipart(self, msg):
        subparts = msg.get_payload()
        if subparts is None:
            subparts = []
        elif isinstance(subparts, str):
            return subparts, None
        elif not isinstance(subparts, list):
            subparts = [subparts]
        texts = [self._render_part(p) for p in subparts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._NL.join(texts))
            msg.set_boundary(boundary)
        nl = self._NL
        out = []
        if msg.preamble is not None:
            out.append(_normalize_lines(self._mangle(msg.preamble), nl) + nl)
        out.append('--' + boundary + nl)
        out.append((nl + '--' + boundary + nl).join(texts))
        out.append(nl + '--' + boundary + '--' + nl)
        if msg.epilogue is not None:
            out.append(_normalize_lines(self._mangle(msg.epilogue), nl))
        return ''.join(out), None

    def _body_multipart_signed(self, msg):
        # Signed content must come out byte for byte: no header refolding.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            return self._body_multipart(msg)
        finally:
            self.policy = saved

    def _body_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            text = self._render_part(part)
            blocks.append(text[:-len(self._NL)] if text.endswith(self._NL) else text)
        return self._NL.join(blocks), None

    def _body_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            return self._render_part(msg.get_payload(0)), None
        return payload or '', None

    @classmethod
    def _make_boundary(cls, text=None):
        """A random boundary ('=' * 15, digits, '=='), suffixed '.N' until no
        line of text is that boundary."""
        base = '=' * 15 + str(random.randrange(sys.maxsize)).zfill(_BOUNDARY_DIGITS) + '=='
        if text is None:
            return base
        candidate, n = base, 0
        while re.search('^--' + re.escape(candidate) + '(--)?$', text, re.MULTILINE):
            candidate = '%s.%d' % (base, n)
            n += 1
        return candidate


class BytesGenerator(Generator):
    """Writes a message tree as bytes; 8-bit bodies are written as they
    are (unless the policy's cte_type is 7bit)."""

    _raw_8bit = True

    def write(self, s):
        self._fp.write(_sur_encode(s, 'utf-8' if getattr(self.policy, 'utf8', False) else 'ascii'))

    def _render_headers(self, msg):
        # Header bytes come from fold_binary; as text they are ASCII (or
        # UTF-8 under utf8 policies), so decoding them back is lossless.
        enc = 'utf-8' if getattr(self.policy, 'utf8', False) else 'ascii'
        return ''.join(self.policy.fold_binary(h, v).decode(enc, 'surrogateescape')
                       for h, v in msg.raw_items()) + self._NL


_FMT_DECODED = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the text parts decoded and a note in place of other parts."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT_DECODED if fmt is None else fmt

    def _render_body(self, msg):
        # The headers of msg, then every part of the tree as text or a note.
        out = []
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'text':
                out.append(str(part.get_payload(decode=False)) + '\n')
            elif maintype != 'multipart':
                out.append(self._fmt % {
                    'type': part.get_content_type(), 'maintype': part.get_content_maintype(),
                    'subtype': part.get_content_subtype(), 'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]'),
                } + '\n')
        return ''.join(out), None
