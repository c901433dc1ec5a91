"""Policies controlling how email messages are parsed and generated (adder):
compat32 (Message, headers as given) and EmailPolicy (default, SMTP,
SMTPUTF8, HTTP, strict: EmailMessage, structured headers)."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'SMTPUTF8', 'HTTP']


class Policy:
    """Settings for parsing and generating; clone() makes variants."""
    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(name, type(self).__name__))
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if hasattr(self, name):
            raise AttributeError("{!r} object attribute {!r} is read-only".format(type(self).__name__, name))
        raise AttributeError("{!r} object has no attribute {!r}".format(type(self).__name__, name))

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(name, type(self).__name__))
            object.__setattr__(new, name, value)
        return new

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """The behaviour of the email package in Python 3.2: headers are str."""
    mangle_from_ = True

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        from email._sur import encode
        return encode(self._fold(name, value))

    def _fold(self, name, value):
        from email.header import Header, _fold_plain
        if isinstance(value, Header):
            maxlen = self.max_line_length
            return '%s: %s%s' % (name, value.encode(linesep=self.linesep, maxlinelen=maxlen if maxlen else 10 ** 9),
                                 self.linesep)
        value = str(value)
        lines = value.splitlines()
        if len(lines) > 1:
            # Already folded (as parsed): keep the source's lines.
            return '%s: %s%s' % (name, self.linesep.join(lines), self.linesep)
        return _fold_plain(name, value, self.max_line_length, self.linesep)

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))


compat32 = Compat32()


class EmailPolicy(Policy):
    """The modern policy: EmailMessage objects, structured header values."""
    utf8 = False
    refold_source = 'long'

    def __init__(self, **kw):
        super().__init__(**kw)

    @property
    def message_factory(self):
        from email.message import EmailMessage
        return EmailMessage

    @property
    def content_manager(self):
        from email.contentmanager import raw_data_manager
        return raw_data_manager

    def header_max_count(self, name):
        from email.headerregistry import _UNIQUE
        return 1 if name.lower() in _UNIQUE else None

    def header_store_parse(self, name, value):
        from email.headerregistry import make_header
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        return (name, make_header(name, value))

    def header_fetch_parse(self, name, value):
        from email.headerregistry import make_header
        if hasattr(value, 'name'):
            return value
        return make_header(name, ''.join(value.splitlines()))

    @property
    def header_factory(self):
        from email.headerregistry import make_header
        return make_header

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        from email._sur import encode
        return encode(self._fold(name, value), 'utf-8' if self.utf8 else 'ascii')

    def _fold(self, name, value):
        from email.header import _fold_header, _is_ascii
        if not hasattr(value, 'name'):
            # A value as parsed: kept as it was folded unless a line is too
            # long or it needs encoding.
            lines = value.splitlines()
            maxlen = self.max_line_length
            refold = self.refold_source == 'all' or (not self.utf8 and not _is_ascii(value)) or (
                self.refold_source == 'long' and maxlen and lines and
                (len(lines[0]) + len(name) + 2 > maxlen or any(len(x) > maxlen for x in lines[1:])))
            if not refold:
                return '%s: %s%s' % (name, self.linesep.join(lines), self.linesep)
            value = self.header_fetch_parse(name, value)
        return _fold_header(name, value, self, False)

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
