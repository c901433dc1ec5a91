# xml.dom.minidom: parsing, navigation, building, serialising.
import xml.dom
from xml.dom import minidom, Node
from xml.parsers.expat import ExpatError

doc = minidom.parseString('<?xml version="1.0"?>\n<!-- top -->\n<catalog lang="en" kind="books">\n'
                          '  <book id="b1" price="10"><title>Go &amp; Python</title><author>Ann</author></book>\n'
                          '  <book id="b2"><title>XML</title><note><![CDATA[<raw> & stuff]]></note></book>\n'
                          '  <?proc do this?>\n</catalog>')
root = doc.documentElement
print(doc.nodeType, doc.nodeName, root.nodeType, root.tagName, root.nodeName, root.nodeValue, root.localName)
print(root.getAttribute("lang"), repr(root.getAttribute("missing")), root.hasAttribute("kind"), root.attributes.length)
print(sorted(root.attributes.keys()), root.attributes.items(), root.attributes["kind"].value, root.attributes.item(0).name)
books = doc.getElementsByTagName("book")
print(len(books), books.length, [b.getAttribute("id") for b in books], books.item(1).getAttribute("id"), books.item(5))
titles = [t.firstChild.data for t in doc.getElementsByTagName("title")]
print(titles, [n.nodeName for n in root.childNodes])
print([n.nodeType for n in doc.childNodes], doc.childNodes[0].data, doc.firstChild.nodeName)
b1 = books[0]
print(b1.parentNode is root, b1.firstChild.tagName, b1.lastChild.tagName, b1.nextSibling.nodeType, repr(b1.nextSibling.data))
print(b1.previousSibling.nodeName, b1.childNodes[0].nextSibling.tagName, b1.childNodes[1].previousSibling.tagName)
note = doc.getElementsByTagName("note")[0]
print(note.firstChild.nodeType, note.firstChild.nodeName, note.firstChild.data, note.toxml())
pi = [n for n in root.childNodes if n.nodeType == Node.PROCESSING_INSTRUCTION_NODE][0]
print(pi.target, pi.data, pi.nodeName, pi.toxml())
print(root.toxml())
print(doc.toxml())
print(doc.toxml("utf-8")[:60])
print(len(root.getElementsByTagName("*")), doc.getElementsByTagName("nothing"), [e.tagName for e in doc.getElementsByTagName("*")])
print(repr(root).startswith("<DOM Element: catalog at 0x"), repr(b1.firstChild.firstChild))
print(b1.hasChildNodes(), b1.firstChild.firstChild.hasChildNodes(), b1.hasAttributes(), doc.documentElement.ownerDocument is doc)

# building a document
impl = minidom.getDOMImplementation()
d = impl.createDocument(None, "root", None)
top = d.documentElement
e = d.createElement("item")
e.setAttribute("name", 'a "quoted" <value> & more')
e.setAttribute("n", "1")
e.appendChild(d.createTextNode("text with <angle> & \"quotes\""))
top.appendChild(e)
top.appendChild(d.createComment(" a comment "))
empty = d.createElement("empty")
top.appendChild(empty)
nested = d.createElement("nested")
inner = d.createElement("inner")
inner.appendChild(d.createTextNode("x"))
nested.appendChild(inner)
nested.appendChild(d.createElement("other"))
top.appendChild(nested)
top.appendChild(d.createProcessingInstruction("target", "data here"))
top.appendChild(d.createCDATASection("cdata <here>"))
print(d.toxml())
print(d.toprettyxml())
print(d.toprettyxml(indent="  ", newl="\n"), end="")
print(top.toprettyxml(indent=" "))
print(e.getAttribute("name"), e.getAttributeNode("n").value, e.attributes["n"].nodeValue)
e.removeAttribute("n")
print(e.hasAttribute("n"), e.toxml())
try:
    e.removeAttribute("zzz")
except xml.dom.NotFoundErr as ex:
    print("NotFoundErr", type(ex).__mro__[1].__name__)
print(d.toxml(encoding="utf-8"), d.toxml(standalone=True))

# tree editing
d2 = minidom.parseString("<r><a/><b/><c/></r>")
r = d2.documentElement
a, b, c = r.childNodes
r.removeChild(b)
print(r.toxml(), b.parentNode)
r.insertBefore(b, a)
print(r.toxml())
r.replaceChild(d2.createElement("z"), c)
print(r.toxml(), c.parentNode)
r.appendChild(a)
print(r.toxml(), [n.tagName for n in r.childNodes])
cl = r.cloneNode(True)
print(cl.toxml(), cl.parentNode, r.cloneNode(False).toxml())
t1 = d2.createTextNode("ab")
t2 = d2.createTextNode("cd")
r.appendChild(t1)
r.appendChild(t2)
r.appendChild(d2.createTextNode(""))
print(len(r.childNodes))
r.normalize()
print(len(r.childNodes), r.lastChild.data, r.toxml())
frag = d2.createDocumentFragment()
frag.appendChild(d2.createElement("f1"))
frag.appendChild(d2.createElement("f2"))
r.appendChild(frag)
print(r.toxml(), len(frag.childNodes))
try:
    d2.appendChild(d2.createElement("second"))
except xml.dom.HierarchyRequestErr as ex:
    print("HierarchyRequestErr", ex)
try:
    d2.createTextNode(5)
except TypeError as ex:
    print("TypeError", ex)
tx = d2.createTextNode("hello")
tx.data = "changed"
print(tx.nodeValue, tx.toxml(), tx.nodeName, d2.createComment("c").nodeName, d2.nodeName, tx.length if hasattr(tx, "length") else "")

# namespaces
d3 = minidom.parseString('<x:root xmlns:x="urn:x" xmlns="urn:default"><x:item a="1" x:b="2"/><plain/></x:root>')
r3 = d3.documentElement
print(r3.tagName, r3.localName, r3.prefix, r3.namespaceURI)
it = r3.firstChild
print(it.tagName, it.localName, it.prefix, it.namespaceURI, it.lastChild)
print(r3.lastChild.tagName, r3.lastChild.namespaceURI, r3.lastChild.prefix)
print(it.getAttributeNS("urn:x", "b"), repr(it.getAttributeNS(None, "a")), [n.tagName for n in d3.getElementsByTagNameNS("urn:x", "item")])
print(d3.toxml())
print(len(d3.getElementsByTagName("x:item")), len(d3.getElementsByTagName("item")))
en = d3.createElementNS("urn:y", "y:thing")
print(en.tagName, en.namespaceURI, en.prefix, en.localName)

# errors
for src in ["<a><b></a>", "<a>\n  <b></c></a>", "<a></a><b/>", "", "<a>"]:
    try:
        minidom.parseString(src)
    except ExpatError as ex:
        print("ExpatError:", ex, ex.code, ex.lineno, ex.offset)
with minidom.parseString(b"<doc><p>bytes input \xc3\xa9</p></doc>") as dd:
    print(dd.documentElement.firstChild.firstChild.data)
import io
print(minidom.parse(io.StringIO("<s>from file</s>")).documentElement.toxml())
print(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE, Node.DOCUMENT_NODE, Node.CDATA_SECTION_NODE, Node.ATTRIBUTE_NODE)
print(minidom.Element, minidom.Document, minidom.Text.__mro__[1].__name__)
print(minidom.parseString("<a>x<b>y</b>z</a>").documentElement.toprettyxml())
print(minidom.parseString("<a><b>y</b></a>").toprettyxml(indent="  "))
print(minidom.parseString("<!DOCTYPE html><html/>").toxml(), minidom.parseString("<!DOCTYPE html><html/>").doctype.name)
