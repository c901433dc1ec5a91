"""Interface to expat (adder): the error type and its codes. Documents are
tokenized by Go's encoding/xml (see xml.dom.minidom); ParserCreate is not
provided."""

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'


class ExpatError(Exception):
    """An XML document is not well-formed; code, lineno and offset say
    what and where."""


error = ExpatError


class errors:
    """Messages of the expat error codes adder reports."""
    XML_ERROR_NO_ELEMENTS = 'no element found'
    XML_ERROR_INVALID_TOKEN = 'not well-formed (invalid token)'
    XML_ERROR_TAG_MISMATCH = 'mismatched tag'
    XML_ERROR_JUNK_AFTER_DOC_ELEMENT = 'junk after document element'
    XML_ERROR_UNDEFINED_ENTITY = 'undefined entity'
    codes = {'no element found': 3, 'not well-formed (invalid token)': 4, 'mismatched tag': 7,
             'junk after document element': 9, 'undefined entity': 11}
    messages = {v: k for k, v in codes.items()}


def ErrorString(code):
    """Return the message of an expat error code."""
    return errors.messages.get(code)
