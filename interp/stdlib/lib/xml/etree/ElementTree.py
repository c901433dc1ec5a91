"""The ElementTree XML API (adder): Element trees built from documents
that Go's encoding/xml tokenizes, with CPython's serialization (tostring,
write, indent), search paths (find/findall/iterfind: tags, *, ., ..,
//, [@attr], [@attr='v'], [tag], [tag='text'], [n], [last()]) and
namespaces. Parse error messages are Go's, not expat's."""

import io
import re
import sys
import _adder_xml

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent", "iselement",
           "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement", "tostring",
           "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace", "canonicalize", "C14NWriterTarget"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An XML document could not be parsed; position is (line, column)."""
    pass


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("Testing an element's truth value will raise an exception in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.", DeprecationWarning,
                      stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        return _find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        elem = _find(self, path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to parent."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: {uri}local or uri plus local."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other

    def __lt__(self, other):
        if isinstance(other, QName):
            return self.text < other.text
        return self.text < other


# ---------------------------------------------------------------- paths

_path_token = re.compile(r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
                         r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _expand(name, namespaces):
    if name[:1] == '{' or ':' not in name:
        return name
    prefix, local = name.split(':', 1)
    try:
        return '{%s}%s' % (namespaces[prefix], local)
    except (KeyError, TypeError):
        raise SyntaxError("prefix %r not found in prefix map" % prefix) from None


def _steps(path, namespaces):
    """Split a path into steps: ('child'|'desc', tag, [predicates])."""
    if path[-1:] == "/":
        path = path + "*"
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    axis = 'child'
    i = 0
    # Split on / and // outside {uri} and [predicates].
    parts = []
    cur = []
    depth = 0
    j = 0
    while j < len(path):
        ch = path[j]
        if ch in '{[':
            depth += 1
        elif ch in '}]':
            depth -= 1
        if ch == '/' and depth == 0:
            parts.append(''.join(cur))
            cur = []
            if path[j:j + 2] == '//':
                parts.append('//')
                j += 2
            else:
                parts.append('/')
                j += 1
            continue
        cur.append(ch)
        j += 1
    parts.append(''.join(cur))
    for part in parts:
        if part == '/':
            axis = 'child'
            continue
        if part == '//':
            axis = 'desc'
            continue
        if part == '':
            continue
        m = re.match(r'^((?:\{[^}]*\})?[^\[]*)((?:\[[^\]]*\])*)$', part)
        if not m:
            raise SyntaxError("invalid path")
        tag = m.group(1)
        preds = re.findall(r'\[([^\]]*)\]', m.group(2))
        if tag not in ('.', '..', '*', ''):
            if namespaces and '' in namespaces and ':' not in tag and tag[:1] != '{':
                tag = '{%s}%s' % (namespaces[''], tag)
            else:
                tag = _expand(tag, namespaces)
        steps.append((axis, tag, preds))
        axis = 'child'
    return steps


def _check_pred(elem, pred, index, count, namespaces):
    pred = pred.strip()
    m = re.match(r"^@([^=!\s]+)\s*(?:(!?=)\s*(['\"])(.*)\3)?$", pred)
    if m:
        key = _expand(m.group(1), namespaces)
        if m.group(2) is None:
            return elem.get(key) is not None
        value = elem.get(key)
        return (value == m.group(4)) if m.group(2) == '=' else (value is not None and value != m.group(4))
    if pred == 'last()':
        return index == count - 1
    m = re.match(r"^last\(\)\s*-\s*(\d+)$", pred)
    if m:
        return index == count - 1 - int(m.group(1))
    if pred.isdigit():
        if int(pred) < 1:
            raise SyntaxError("XPath position >= 1 expected")
        return index == int(pred) - 1
    m = re.match(r"^(\.|[^=!\s]+)\s*(?:(!?=)\s*(['\"])(.*)\3)?$", pred)
    if m:
        tag = m.group(1)
        if m.group(2) is None:
            return any(True for _ in elem.iterfind(tag, namespaces))
        values = ["".join(elem.itertext())] if tag == '.' else \
            ["".join(e.itertext()) for e in elem.iterfind(tag, namespaces)]
        if m.group(2) == '=':
            return m.group(4) in values
        return any(v != m.group(4) for v in values)
    raise SyntaxError("invalid predicate")


def _iterfind(elem, path, namespaces=None):
    steps = _steps(path, namespaces)
    nodes = [elem]
    parents = {}
    for c in elem.iter():
        for ch in c:
            parents[ch] = c
    for axis, tag, preds in steps:
        out = []
        seen = set()
        for node in nodes:
            if tag == '.':
                cands = [node] if axis == 'child' else list(node.iter())
            elif tag == '..':
                p = parents.get(node)
                cands = [p] if p is not None else []
            else:
                if axis == 'child':
                    pool = list(node)
                else:
                    pool = [e for e in node.iter() if e is not node]
                cands = [e for e in pool if tag == '*' and isinstance(e.tag, str) or e.tag == tag]
            for pred in preds:
                if re.match(r"^(\d+|last\(\)(\s*-\s*\d+)?)$", pred.strip()):
                    # Positions count among siblings matched by the same step.
                    groups = {}
                    for e in cands:
                        groups.setdefault(id(parents.get(e)), []).append(e)
                    cands = [e for e in cands if _check_pred(e, pred, groups[id(parents.get(e))].index(e),
                                                             len(groups[id(parents.get(e))]), namespaces)]
                else:
                    cands = [e for e in cands if _check_pred(e, pred, 0, 1, namespaces)]
            for e in cands:
                if id(e) not in seen:
                    seen.add(id(e))
                    out.append(e)
        nodes = out
    return iter(nodes)


def _find(elem, path, namespaces=None):
    return next(_iterfind(elem, path, namespaces), None)


# ---------------------------------------------------------------- parsing

class TreeBuilder:
    """Builds a tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None, insert_comments=False,
                 insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Feeds a document to a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._chunks = []
        self.version = "Expat 2.5.0 (adder: Go encoding/xml)"

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        if self._chunks and isinstance(self._chunks[0], str):
            data = "".join(self._chunks)
        else:
            data = b"".join(bytes(c) for c in self._chunks)
        self._chunks = []
        _run(data, self.target)
        close = getattr(self.target, 'close', None)
        return close() if close else None

    def flush(self):
        pass


def _run(data, target, collect=None):
    events, err, line, col = _adder_xml.events(data)
    start = getattr(target, 'start', None)
    end = getattr(target, 'end', None)
    data_cb = getattr(target, 'data', None)
    comment = getattr(target, 'comment', None)
    pi = getattr(target, 'pi', None)
    for kind, a, b in events:
        if kind == 'start':
            if start:
                r = start(a, dict(b))
                if collect is not None:
                    collect.append(('start', r))
        elif kind == 'end':
            if end:
                r = end(a)
                if collect is not None:
                    collect.append(('end', r))
        elif kind == 'data':
            if data_cb:
                data_cb(a)
        elif kind == 'comment':
            if comment:
                r = comment(a)
                if collect is not None:
                    collect.append(('comment', r))
        elif kind == 'pi':
            if pi:
                r = pi(a, b)
                if collect is not None:
                    collect.append(('pi', r))
    if err is not None:
        e = ParseError("%s: line %d, column %d" % (err, line, col))
        e.code = 1
        e.position = (line, col)
        raise e


def XML(text, parser=None):
    """Parse XML document from string constant; returns the root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    """Parse XML document into element tree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Yield (event, element) pairs ('end' by default) while parsing."""
    events = ('end',) if events is None else tuple(events)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    builder = TreeBuilder()
    out = []
    _run(data, builder, out)
    root = builder.close()

    class _IterParseIterator:
        def __init__(self):
            self.root = None
            self._it = ((ev, el) for ev, el in out if ev in events)

        def __iter__(self):
            return self

        def __next__(self):
            try:
                return next(self._it)
            except StopIteration:
                self.root = root
                raise
    return _IterParseIterator()


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_wanted = ('end',) if events is None else tuple(events)
        self._chunks = []
        self._ready = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        data = "".join(self._chunks) if self._chunks and isinstance(self._chunks[0], str) else \
            b"".join(self._chunks)
        out = []
        _run(data, TreeBuilder(), out)
        self._ready.extend((ev, el) for ev, el in out if ev in self._events_wanted)

    def read_events(self):
        while self._ready:
            yield self._ready.pop(0)


class ElementTree:
    """An element hierarchy with a root; parse() and write() documents."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            parser.feed(source.read())
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None, method=None,
              *, short_empty_elements=True):
        """Write the element tree to a file, as XML."""
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        text = _serialize_root(self._root, method, default_namespace, short_empty_elements)
        lower = encoding.lower()
        if lower == "unicode":
            out = text
            if xml_declaration:
                import locale
                out = "<?xml version='1.0' encoding='%s'?>\n" % locale.getencoding() + out
        else:
            if xml_declaration or (xml_declaration is None and method == "xml" and
                                   lower not in ("utf-8", "us-ascii")):
                text = "<?xml version='1.0' encoding='%s'?>\n" % (encoding,) + text
            out = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(out)
        else:
            mode = "w" if isinstance(out, str) else "wb"
            kw = {"encoding": "utf-8"} if mode == "w" else {}
            with open(file_or_filename, mode, **kw) as f:
                f.write(out)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


# ---------------------------------------------------------------- writing

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Register a namespace prefix for serialization."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _escape_attrib_html(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    return text


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            raise TypeError("cannot serialize %r (type %s)" % (qname, type(qname).__name__))

    for elem in elem.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(" xmlns%s=\"%s\"" % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(" %s=\"%s\"" % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
               "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(" xmlns%s=\"%s\"" % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    v = qnames[v.text] if isinstance(v, QName) else _escape_attrib_html(v)
                    write(" %s=\"%s\"" % (qnames[k], v))
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in _HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_root(elem, method, default_namespace, short_empty_elements):
    out = []
    write = out.append
    if method == "text":
        for part in elem.itertext():
            write(part)
        return "".join(out)
    qnames, namespaces = _namespaces(elem, default_namespace)
    if method == "html":
        _serialize_html(write, elem, qnames, namespaces)
    else:
        _serialize_xml(write, elem, qnames, namespaces, short_empty_elements)
    return "".join(out)


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Generate string representation of XML element (bytes unless
    encoding="unicode")."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write element tree or element structure to sys.stdout."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent an XML document by inserting newlines and indentation space."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("adder: canonicalize is not provided")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("adder: C14NWriterTarget is not provided")
