import xml.etree.ElementTree as ET
import io, os, tempfile, re

doc = """<?xml version="1.0"?>
<data>
    <country name="Liechtenstein">
        <rank>1</rank>
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <gdppc>59900</gdppc>
        <neighbor name="Malaysia" direction="N"/>
    </country>
    <country name="Panama">
        <rank>68</rank>
        <year>2011</year>
        <gdppc>13600</gdppc>
        <neighbor name="Costa Rica" direction="W"/>
        <neighbor name="Colombia" direction="E"/>
    </country>
    <!-- a comment -->
    <note>Fish &amp; chips &lt;3 &#233;</note>
</data>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), repr(root.text))
for child in root:
    print(child.tag, child.attrib, repr(child.tail))
print(root[0][1].text, [n.get("name") for n in root.iter("neighbor")])
print([c.get("name") for c in root.findall("country")], root.find("country/rank").text, root.findtext("note"))
print([e.text for e in root.findall("./country/year")], [e.get("name") for e in root.findall(".//neighbor[@direction='W']")])
print([e.get("name") for e in root.findall("country[rank='4']")], root.find("country[2]").get("name"), root.find("country[last()]").get("name"))
print([e.tag for e in root.findall("*")], [e.get("name") for e in root.findall(".//*[@name]")][:4], root.findtext("missing", "dflt"))
print([e.get("name") for e in root.findall(".//neighbor/..")], len(root.findall(".//year")))
print("".join(root.find("note").itertext()), root.find("country").keys(), root.find("country").get("x", "none"))

for country in root.findall("country"):
    rank = int(country.find("rank").text)
    if rank > 50:
        root.remove(country)
    else:
        country.find("rank").text = str(rank + 1)
        country.set("updated", "yes")
print(ET.tostring(root, encoding="unicode")[:300])

a = ET.Element("a", {"k": "v"}, extra="1")
b = ET.SubElement(a, "b")
b.text = "text <&> \"q\""
c = ET.SubElement(a, "c", attr='a"t&t\n')
c.tail = "tail"
ET.SubElement(a, "empty")
a.append(ET.Comment(" comment "))
a.append(ET.PI("target", "data"))
print(ET.tostring(a))
print(ET.tostring(a, encoding="unicode", short_empty_elements=False))
print(ET.tostring(ET.fromstring("<r>é ü €</r>")), ET.tostring(ET.fromstring("<r>é</r>"), encoding="utf-8"))
print(ET.tostring(ET.fromstring("<r>é</r>"), encoding="iso-8859-1"))
print(ET.tostring(ET.fromstring("<p>a<b>bold</b>c</p>"), method="text"), ET.tostring(ET.fromstring("<div><br/><p>x</p></div>"), method="html"))

ns = ET.fromstring('<root xmlns="http://default/ns" xmlns:x="http://x/ns"><x:item x:id="1">A</x:item><plain>B</plain></root>')
print(ns.tag, [c.tag for c in ns], ns[0].attrib)
print(ns.find("x:item", {"x": "http://x/ns"}).text, ns.find("{http://default/ns}plain").text, ns.find("d:plain", {"d": "http://default/ns"}).text)
print(ET.tostring(ns, encoding="unicode"))
ET.register_namespace("dflt", "http://default/ns")
print(ET.tostring(ns, encoding="unicode"))
print(ET.tostring(ET.Element("{http://www.w3.org/XML/1998/namespace}lang"), encoding="unicode"))

tree = ET.ElementTree(ET.fromstring("<top><a><b>1</b><b>2</b></a><c/></top>"))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding="unicode"))
d = tempfile.mkdtemp()
p = os.path.join(d, "out.xml")
tree.write(p, encoding="utf-8", xml_declaration=True)
print(open(p, "rb").read()[:60])
t2 = ET.parse(p)
print(t2.getroot().tag, [b.text for b in t2.iter("b")], t2.findall("a/b")[1].text, t2.find("/a") is not None if False else "")
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue()[:30])
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c>t</c></a>"), events=("start", "end"))])
for bad in ["<a><b></a>", "", "<a></a><b/>", "<a>&bogus;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", isinstance(e, SyntaxError))
e = ET.Element("x")
print(re.sub("0x[0-9a-f]+", "ADDR", repr(e)), ET.iselement(e), len(e), e.text, e.tail, list(e.iter()) == [e])
e.extend([ET.Element("y"), ET.Element("z")])
e.insert(0, ET.Element("w"))
print([c.tag for c in e], [c.tag for c in e[1:]], e.find("z") is e[-1])
del e[0]
e.clear()
print(len(e), e.attrib, ET.tostring(e))
import copy
orig = ET.fromstring("<a><b>t</b></a>")
dup = copy.deepcopy(orig)
dup[0].text = "changed"
print(orig[0].text, dup[0].text, ET.QName("http://u", "t"), ET.QName("{http://u}t").text)
builder = ET.TreeBuilder()
builder.start("root", {})
builder.data("hi")
builder.end("root")
print(ET.tostring(builder.close()))
parser = ET.XMLParser()
parser.feed("<f><g>")
parser.feed("1</g></f>")
print(ET.tostring(parser.close()))
ET.dump(ET.fromstring("<dumped a='1'/>"))
