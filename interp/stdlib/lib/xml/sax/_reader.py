"""The SAX parser of adder: the document is tokenized whole by
_adder_xml.raw_events and its events are sent to the handlers."""

import _adder_xml
from xml.sax import handler, xmlreader, saxutils
from xml.sax._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException

_XML_NS = "http://www.w3.org/XML/1998/namespace"


class _Locator(xmlreader.Locator):
    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader._col

    def getLineNumber(self):
        return self._reader._line

    def getPublicId(self):
        return None

    def getSystemId(self):
        return self._reader._sysid


class Reader(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX parser: collects the document (feed or parse), then reports it."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._namespaces = namespaceHandling
        self._chunks = []
        self._sysid = None
        self._line = 1
        self._col = 0
        self._started = False

    def getColumnNumber(self):
        return self._col

    def getLineNumber(self):
        return self._line

    def getSystemId(self):
        return self._sysid

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_string_interning, handler.feature_validation, handler.feature_external_pes,
                    handler.feature_namespace_prefixes, handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._started:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in (handler.feature_external_ges, handler.feature_external_pes, handler.feature_string_interning,
                      handler.feature_namespace_prefixes, handler.feature_validation):
            if state:
                raise SAXNotSupportedException("Feature '%s' is not supported" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._sysid = source.getSystemId()
        self.prepareParser(source)
        stream = source.getCharacterStream() or source.getByteStream()
        self.feed(stream.read())
        self.close()

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._sysid = source.getSystemId()

    def feed(self, data, isFinal=False):
        if not self._started:
            self._started = True
            self._cont_handler.setDocumentLocator(self)
            self._cont_handler.startDocument()
        self._chunks.append(data)
        if isFinal:
            self.close()

    def reset(self):
        self._chunks = []
        self._started = False
        self._line, self._col = 1, 0

    def close(self):
        if not self._started:
            self.feed(b'')
        chunks = self._chunks
        data = ''.join(chunks) if chunks and isinstance(chunks[0], str) else b''.join(chunks)
        events, msg, code, line, col = _adder_xml.raw_events(data)
        ch = self._cont_handler
        scopes = [{'xml': _XML_NS}]
        for kind, a, b in events:
            if kind == 'start':
                if self._namespaces:
                    ns = dict(scopes[-1])
                    for k, v in b:
                        if k == 'xmlns':
                            ns[None] = v or None
                            ch.startPrefixMapping(None, v)
                        elif k.startswith('xmlns:'):
                            ns[k[6:]] = v
                            ch.startPrefixMapping(k[6:], v)
                    scopes.append(ns)
                    # Without the namespace-prefixes feature (not offered),
                    # qualified names are not reported, as with expat.
                    attrs, qnames = {}, {}
                    for k, v in b:
                        if k == 'xmlns' or k.startswith('xmlns:'):
                            continue
                        prefix, _, local = k.rpartition(':')
                        key = (ns.get(prefix) if prefix else None, local)
                        attrs[key] = v
                        qnames[key] = k
                    prefix, _, local = a.rpartition(':')
                    ch.startElementNS((ns.get(prefix or None), local), None, xmlreader.AttributesNSImpl(attrs, qnames))
                else:
                    ch.startElement(a, xmlreader.AttributesImpl(dict(b)))
            elif kind == 'end':
                if self._namespaces:
                    ns = scopes.pop()
                    prefix, _, local = a.rpartition(':')
                    ch.endElementNS((ns.get(prefix or None), local), None)
                    # Declarations end in the reverse order they began.
                    for p in reversed([p for p in ns if scopes[-1].get(p) != ns[p]]):
                        ch.endPrefixMapping(p)
                else:
                    ch.endElement(a)
            elif kind in ('data', 'cdata'):
                ch.characters(a)
            elif kind == 'pi':
                ch.processingInstruction(a, b)
        self._chunks = []
        if msg is not None:
            self._line, self._col = line, col
            self._err_handler.fatalError(SAXParseException(msg, None, self))
            return
        ch.endDocument()
        self._started = False
