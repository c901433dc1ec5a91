"""Minimal W3C DOM (adder): documents parsed by Go's encoding/xml (through
_adder_xml.raw_events) or built with the create* methods, navigated with
childNodes/parentNode/siblings and getElementsByTagName, edited, and
written back with toxml/toprettyxml/writexml as CPython's minidom writes
them. Namespaces are resolved from the xmlns attributes in scope."""

import io as _io
import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr, InuseAttributeErr, WrongDocumentErr)
import _adder_xml

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Text',
           'Comment', 'CDATASection', 'ProcessingInstruction', 'Attr', 'DocumentFragment',
           'DocumentType', 'NamedNodeMap', 'Node', 'NodeList', 'DOMImplementation']


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


EmptyNodeList = NodeList


def _write_data(writer, data):
    """Write character data escaped as minidom does (also for attributes)."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


def _split_qname(qname):
    if ':' in qname:
        prefix, local = qname.split(':', 1)
        return prefix, local
    return None, qname


class Node(xml.dom.Node):
    """What every node has: the tree links and serialisation."""
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    nodeValue = None
    attributes = None
    prefix = EMPTY_PREFIX
    _child_types = ()

    def __bool__(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    def _get_localName(self):
        return self.localName

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = _io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, "xmlcharrefreplace")

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        try:
            index = self.childNodes.index(refChild)
        except ValueError:
            raise NotFoundErr() from None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = self.childNodes.index(refChild)
        self.childNodes.insert(index, newChild)
        self._relink(index)
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        kids = self.childNodes
        node.previousSibling = kids[-1] if kids else None
        if kids:
            kids[-1].nextSibling = node
        node.nextSibling = None
        kids.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = oldChild.nextSibling = oldChild.previousSibling = None
        self._relink(index)
        return oldChild

    def removeChild(self, oldChild):
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        del self.childNodes[index]
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def _relink(self, index):
        """Fix the sibling links around childNodes[index]."""
        kids = self.childNodes
        for i in range(max(index - 1, 0), min(index + 2, len(kids))):
            kids[i].previousSibling = kids[i - 1] if i > 0 else None
            kids[i].nextSibling = kids[i + 1] if i + 1 < len(kids) else None

    def normalize(self):
        """Join adjacent text nodes and drop empty ones, recursively."""
        out = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data = out[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            out.append(child)
        self.childNodes[:] = out
        for i in range(len(out)):
            self._relink(i)

    def cloneNode(self, deep):
        return self._clone(deep, self.ownerDocument)

    def isSameNode(self, other):
        return self is other

    def isSupported(self, feature, version):
        return feature.lower() in ('core', 'xml')

    def hasAttributes(self):
        return False

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def getUserData(self, key):
        return getattr(self, '_user_data', {}).get(key, (None, None))[0]

    def setUserData(self, key, data, handler):
        d = self.__dict__.setdefault('_user_data', {})
        old = d.get(key, (None, None))[0]
        d[key] = (data, handler)
        return old


class _Childless:
    """Mixin of nodes that cannot have children."""
    childNodes = NodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class Attr(Node):
    """An attribute node (element.attributes[name], getAttributeNode)."""
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.childNodes = NodeList()
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        p, l = _split_qname(qName)
        self.prefix = prefix if prefix is not None else p
        self._localName = localName if localName is not None else l
        self._value = ""

    @property
    def localName(self):
        return self._localName

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    nodeValue = value

    def __repr__(self):
        return "<DOM Attr %s at %#x>" % (self.name, id(self))

    def _clone(self, deep, doc):
        a = Attr(self.name, self.namespaceURI, self._localName, self.prefix)
        a.ownerDocument = doc
        a._value = self._value
        a.specified = True
        return a

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """The attributes of an element, by qualified name, in document order."""
    __slots__ = ('_attrs', '_attrsNS', '_ownerElement')

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(a.nodeName, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return key in self._attrsNS

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._attrsNS[key]
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._ownerElement.setAttribute(name, value)
        else:
            self._ownerElement.setAttributeNode(value)

    def __delitem__(self, name):
        self._ownerElement.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setNamedItem(self, node):
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name):
        n = self._attrs.get(name)
        if n is None:
            raise NotFoundErr()
        self._ownerElement.removeAttributeNode(n)
        return n

    def removeNamedItemNS(self, namespaceURI, localName):
        n = self._attrsNS.get((namespaceURI, localName))
        if n is None:
            raise NotFoundErr()
        self._ownerElement.removeAttributeNode(n)
        return n


AttributeList = NamedNodeMap


def _get_elements_by_tag_name(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                out.append(node)
            _get_elements_by_tag_name(node, name, out)
    return out


def _get_elements_by_tag_name_ns(parent, nsURI, localName, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (localName == "*" or node.localName == localName) and (nsURI == "*" or node.namespaceURI == nsURI):
                out.append(node)
            _get_elements_by_tag_name_ns(node, nsURI, localName, out)
    return out


class Element(Node):
    """An element: a tag name, attributes and children."""
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        p, l = _split_qname(tagName)
        self.prefix = prefix if prefix is not None else p
        self._localName = localName if localName is not None else l
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}
        self._attrsNS = {}

    @property
    def localName(self):
        return self._localName

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def _get_attributes(self):
        return self.attributes

    def _get_tagName(self):
        return self.tagName

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return a.value if a is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        a = self._attrsNS.get((namespaceURI, localName))
        return a.value if a is not None else ""

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerDocument = self.ownerDocument
            a._value = value
            self._set_attr_node(a)
        else:
            a._value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        a = self._attrsNS.get((namespaceURI, local))
        if a is None:
            a = Attr(qualifiedName, namespaceURI, local, prefix)
            a.ownerDocument = self.ownerDocument
            a._value = value
            self._set_attr_node(a)
        else:
            a._value = value
            if a.name != qualifiedName:
                del self._attrs[a.name]
                a.name = a.nodeName = qualifiedName
                a.prefix = prefix
                self._attrs[qualifiedName] = a

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def _set_attr_node(self, a):
        self._attrs[a.name] = a
        self._attrsNS[(a.namespaceURI, a.localName)] = a
        a.ownerElement = self

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is not None:
            self.removeAttributeNode(old)
        old2 = self._attrsNS.get((attr.namespaceURI, attr.localName))
        if old2 is not None and old2 is not old:
            self.removeAttributeNode(old2)
        self._set_attr_node(attr)
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            a = self._attrs[name]
        except KeyError:
            raise NotFoundErr() from None
        self.removeAttributeNode(a)

    def removeAttributeNS(self, namespaceURI, localName):
        try:
            a = self._attrsNS[(namespaceURI, localName)]
        except KeyError:
            raise NotFoundErr() from None
        self.removeAttributeNode(a)

    def removeAttributeNode(self, node):
        if node is None:
            raise NotFoundErr()
        try:
            self._attrs[node.name]
        except KeyError:
            raise NotFoundErr() from None
        del self._attrs[node.name]
        self._attrsNS.pop((node.namespaceURI, node.localName), None)
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def setIdAttribute(self, name):
        pass

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for a_name, a in self._attrs.items():
            writer.write(" %s=\"" % a_name)
            _write_data(writer, a.value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)

    def _clone(self, deep, doc):
        e = Element(self.tagName, self.namespaceURI, self.prefix, self._localName)
        e.ownerDocument = doc
        for a in self._attrs.values():
            e._set_attr_node(a._clone(deep, doc))
        if deep:
            for c in self.childNodes:
                e.appendChild(c._clone(True, doc))
        return e

    def unlink(self):
        for a in self._attrs.values():
            a.unlink()
        self._attrs = {}
        self._attrsNS = {}
        Node.unlink(self)


class CharacterData(_Childless, Node):
    """Text, comments and CDATA sections: a data string."""

    def __init__(self, data=""):
        self._data = data

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = self.data[:offset] + arg + self.data[offset + count:]

    def _clone(self, deep, doc):
        n = self.__class__.__new__(self.__class__)
        n.__dict__.update(self.__dict__)
        n.parentNode = n.previousSibling = n.nextSibling = None
        n.ownerDocument = doc
        return n


class Text(CharacterData):
    """A text node."""
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        new = self.__class__(self.data[offset:])
        new.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(new, self.nextSibling)
        self.data = self.data[:offset]
        return new

    @property
    def wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(n.data)
            n = n.nextSibling
        return "".join(parts)

    @property
    def isWhitespaceInElementContent(self):
        return False

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))


class CDATASection(Text):
    """A CDATA section (written back as <![CDATA[...]]>)."""
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    """A comment."""
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Childless, Node):
    """A processing instruction <?target data?>."""
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def __repr__(self):
        return "<DOM ProcessingInstruction node %r at %#x>" % (self.target, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))

    def _clone(self, deep, doc):
        p = ProcessingInstruction(self.target, self.data)
        p.ownerDocument = doc
        return p


class DocumentFragment(Node):
    """A lightweight container whose children are moved on insertion."""
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = Element._child_types

    def __init__(self):
        self.childNodes = NodeList()

    def writexml(self, writer, indent="", addindent="", newl=""):
        for c in self.childNodes:
            c.writexml(writer, indent, addindent, newl)

    def _clone(self, deep, doc):
        f = DocumentFragment()
        f.ownerDocument = doc
        if deep:
            for c in self.childNodes:
                f.appendChild(c._clone(True, doc))
        return f


class DocumentType(_Childless, Node):
    """A <!DOCTYPE ...> declaration."""
    nodeType = Node.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = NamedNodeMap({}, {}, None)
        self.notations = NamedNodeMap({}, {}, None)
        if qualifiedName:
            self.name = _split_qname(qualifiedName)[1]
        self.nodeName = self.name

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)

    def _clone(self, deep, doc):
        d = DocumentType(self.name)
        d.publicId, d.systemId, d.internalSubset = self.publicId, self.systemId, self.internalSubset
        d.ownerDocument = doc
        return d


class DOMImplementation:
    """Creates documents and document types."""

    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml') and version in (None, '', '1.0', '2.0')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        if qualifiedName is not None:
            prefix, local = _split_qname(qualifiedName)
            if prefix == "xml" and namespaceURI != XML_NAMESPACE:
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        doc.doctype = doctype
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        d = DocumentType(qualifiedName)
        d.publicId = publicId
        d.systemId = systemId
        return d

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    """A document: at most one element child (documentElement)."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)
    implementation = DOMImplementation()

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def appendChild(self, node):
        if node.nodeType not in self._child_types and node.nodeType != Node.DOCUMENT_FRAGMENT_NODE:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        for i in range(len(self.childNodes)):
            self._relink(i)
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        if self.doctype is oldChild:
            self.doctype = None
        return oldChild

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def getElementById(self, id):
        for e in _get_elements_by_tag_name(self, "*", []):
            if e.getAttribute("id") == id and e.hasAttribute("id"):
                return e
        return None

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        return node._clone(deep, self)

    def cloneNode(self, deep):
        d = Document()
        if deep:
            for c in self.childNodes:
                n = c._clone(True, d)
                d.appendChild(n)
                if n.nodeType == Node.DOCUMENT_TYPE_NODE:
                    d.doctype = n
        return d

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _doctype_from(text):
    """A DocumentType from the text of a <!DOCTYPE ...> directive."""
    body = text[len("DOCTYPE"):].strip()
    subset = None
    if '[' in body and body.endswith(']'):
        body, subset = body[:body.index('[')].strip(), body[body.index('[') + 1:-1]
    parts = body.split(None, 1)
    d = DocumentType(parts[0] if parts else None)
    rest = parts[1].strip() if len(parts) > 1 else ""
    quoted = []
    s = rest
    while s:
        s = s.strip()
        if s[:1] in ('"', "'"):
            end = s.find(s[0], 1)
            if end < 0:
                break
            quoted.append(s[1:end])
            s = s[end + 1:]
        else:
            word = s.split(None, 1)
            quoted.append(word[0])
            s = word[1] if len(word) > 1 else ""
    if quoted[:1] == ["PUBLIC"] and len(quoted) >= 2:
        d.publicId = quoted[1]
        d.systemId = quoted[2] if len(quoted) > 2 else None
    elif quoted[:1] == ["SYSTEM"] and len(quoted) >= 2:
        d.systemId = quoted[1]
    d.internalSubset = subset
    return d


def _build(data):
    """Build a Document from XML text or bytes."""
    from xml.parsers.expat import ExpatError
    events, msg, code, line, col = _adder_xml.raw_events(data)
    if msg is not None:
        e = ExpatError("%s: line %d, column %d" % (msg, line, col))
        e.code, e.lineno, e.offset = code, line, col
        raise e
    doc = Document()
    node = doc
    scopes = [{'xml': XML_NAMESPACE}]
    for kind, a, b in events:
        if kind == 'start':
            ns = dict(scopes[-1])
            for k, v in b:
                if k == 'xmlns':
                    ns[None] = v or None
                elif k.startswith('xmlns:'):
                    ns[k[6:]] = v
            scopes.append(ns)
            prefix, local = _split_qname(a)
            el = Element(a, ns.get(prefix), prefix, local)
            el.ownerDocument = doc
            for k, v in b:
                p, l = _split_qname(k)
                if k == 'xmlns' or p == 'xmlns':
                    uri = XMLNS_NAMESPACE
                else:
                    uri = ns.get(p) if p else None
                at = Attr(k, uri, l, p)
                at.ownerDocument = doc
                at._value = v
                el._set_attr_node(at)
            Node.appendChild(node, el)
            node = el
        elif kind == 'end':
            scopes.pop()
            node = node.parentNode
        elif kind == 'data':
            last = node.childNodes[-1] if node.childNodes else None
            if last is not None and last.nodeType == Node.TEXT_NODE:
                last._data += a
            else:
                t = Text(a)
                t.ownerDocument = doc
                Node.appendChild(node, t)
        elif kind == 'cdata':
            t = CDATASection(a)
            t.ownerDocument = doc
            Node.appendChild(node, t)
        elif kind == 'comment':
            Node.appendChild(node, doc._own(Comment(a)))
        elif kind == 'pi':
            Node.appendChild(node, doc._own(ProcessingInstruction(a, b)))
        elif kind == 'doctype':
            d = _doctype_from(a)
            d.ownerDocument = doc
            Node.appendChild(doc, d)
            doc.doctype = d
    return doc


def parseString(string, parser=None):
    """Parse a document from a string (str or bytes)."""
    if parser is not None:
        raise NotImplementedError("adder's minidom has no SAX parsers")
    return _build(string)


def parse(file, parser=None, bufsize=None):
    """Parse a document from a file name or an open file."""
    if parser is not None:
        raise NotImplementedError("adder's minidom has no SAX parsers")
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as f:
            return _build(f.read())
    return _build(file.read())


def getDOMImplementation(features=None):
    """Return the minidom DOMImplementation."""
    return Document.implementation
