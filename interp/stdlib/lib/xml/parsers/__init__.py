"""Python interfaces to XML parsers (adder): only the expat error types,
which xml.dom.minidom raises."""
