"""The concurrent package (adder): only concurrent.futures."""
