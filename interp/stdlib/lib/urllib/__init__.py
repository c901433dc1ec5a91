"""The urllib package (adder): only urllib.parse is provided."""
