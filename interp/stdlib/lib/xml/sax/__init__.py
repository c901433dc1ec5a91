"""Simple API for XML (SAX) (adder): parse and parseString drive a
ContentHandler with a document's events; the parser is the tokenizer of
xml.dom.minidom (Go's encoding/xml), so errors carry expat's messages.
Character data may come in different chunks than expat's."""

from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

__all__ = ["ContentHandler", "ErrorHandler", "InputSource", "SAXException", "SAXNotRecognizedException",
           "SAXParseException", "SAXNotSupportedException", "SAXReaderNotAvailable", "default_parser_list",
           "make_parser", "parse", "parseString"]

default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A new SAX parser (adder has one kind)."""
    from xml.sax import _reader
    return _reader.Reader()


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)
