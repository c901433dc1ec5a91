"""The xml.etree package (adder)."""
