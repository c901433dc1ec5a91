"""HTML escaping (adder): escape() and unescape(), the latter resolving
every HTML5 named and numeric character reference (through Go's html
package, which implements the same WHATWG rules)."""

import _adder_html

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, if quote, " and ') by HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def unescape(s):
    """Convert all named and numeric character references in s to the
    characters they stand for."""
    if '&' not in s:
        return s
    return _adder_html.unescape(s)
