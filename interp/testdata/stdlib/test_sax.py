# xml.sax: handlers driven by parseString/parse, namespaces, errors,
# saxutils escaping and XMLGenerator.
import io
import xml.sax
import xml.sax.handler
import xml.sax.saxutils as su


class H(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.text = []

    def startDocument(self):
        print("startDocument")

    def endDocument(self):
        print("endDocument")

    def startElement(self, name, attrs):
        self.flush()
        print("start", name, dict(attrs), attrs.getNames(), attrs.get("x"), len(attrs), "x" in attrs)

    def endElement(self, name):
        self.flush()
        print("end", name)

    def startElementNS(self, name, qname, attrs):
        self.flush()
        print("startNS", name, qname, sorted(attrs.items(), key=repr), attrs.getQNames())

    def endElementNS(self, name, qname):
        self.flush()
        print("endNS", name, qname)

    def startPrefixMapping(self, prefix, uri):
        print("prefix", prefix, uri)

    def endPrefixMapping(self, prefix):
        print("endprefix", prefix)

    def characters(self, c):
        self.text.append(c)

    def flush(self):
        if self.text:
            print("chars", repr("".join(self.text)))
            self.text = []

    def processingInstruction(self, t, d):
        self.flush()
        print("pi", t, d)


xml.sax.parseString(b'<?xml version="1.0"?><r x="1"><a>t&amp;u<![CDATA[<c>]]></a><?p d?><b/>tail</r>', H())
xml.sax.parse(io.StringIO("<doc y='2'>text</doc>"), H())
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(H())
p.parse(io.BytesIO(b'<n:root xmlns:n="urn:n" xmlns="urn:d" n:a="1" b="2"><child/></n:root>'))
print(p.getFeature(xml.sax.handler.feature_namespaces))
for bad in [b"<a><b></a>", b"<a>", b"<a></a><b/>"]:
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber(), e.getMessage())
print(su.escape("a<b>&c", {'"': "&quot;"}), su.unescape("&lt;x&gt; &amp; &quot;", {"&quot;": '"'}), su.quoteattr('say "hi"'),
      su.quoteattr("it's \"x\""), su.quoteattr("a\nb\tc"), su.quoteattr("plain"))
out = io.StringIO()
g = su.XMLGenerator(out, "utf-8")
g.startDocument()
g.startElement("x", {"a": "1<", "b": 'q"'})
g.characters("t&é")
g.processingInstruction("pi", "data")
g.startElement("empty", {})
g.endElement("empty")
g.endElement("x")
g.endDocument()
print(repr(out.getvalue()))
bout = io.BytesIO()
g = su.XMLGenerator(bout, "ascii", short_empty_elements=True)
g.startDocument()
g.startElement("x", {})
g.startElement("y", {})
g.endElement("y")
g.characters("é")
g.endElement("x")
print(bout.getvalue())
roundtrip = io.StringIO()
xml.sax.parseString("<a k='v'>1 &lt; 2</a>", su.XMLGenerator(roundtrip))
print(repr(roundtrip.getvalue()))
