"""The xml package (adder): xml.etree.ElementTree, xml.dom.minidom, xml.sax
and the expat error types in xml.parsers.expat."""
