"""Character sets of MIME bodies and headers (adder): which transfer
encoding a charset's bodies and headers get (utf-8: base64 bodies, latin-1:
quoted-printable, ascii: none)."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1
BASE64 = 2
SHORTEST = 3
RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None), 'iso-8859-15': (QP, QP, None),
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None), 'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'), 'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None), 'koi8-r': (BASE64, BASE64, None), 'utf-8': (SHORTEST, BASE64, 'utf-8'),
}
ALIASES = {'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
           'ascii': 'us-ascii', 'utf8': 'utf-8', 'utf_8': 'utf-8'}
CODEC_MAP = {'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """A charset and the encodings its headers and bodies use."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        input_charset = str(input_charset).lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return '7bit'

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        from email.header import _encoded_word
        if self.header_encoding is None:
            return string
        return _encoded_word(string, self.get_output_charset())

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding is BASE64:
            from email import base64mime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return base64mime.body_encode(string)
        if self.body_encoding is QP:
            from email import quoprimime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
