"""The xml package (adder): only xml.etree.ElementTree is provided."""
