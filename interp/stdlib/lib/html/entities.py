"""HTML character entity references (adder): name2codepoint and
codepoint2name (HTML 4), entitydefs, and html5 (every HTML5 named
character reference, with and without the trailing ';')."""

from html import _entities_data as _data

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

name2codepoint = {}
for _line in _data.NAME2CODEPOINT.splitlines():
    _name, _cp = _line.split(' ')
    name2codepoint[_name] = int(_cp)

html5 = {}
for _line in _data.HTML5.splitlines():
    _name, _cps = _line.split(' ')
    html5[_name] = ''.join(chr(int(_c, 16)) for _c in _cps.split(','))

codepoint2name = {}
entitydefs = {}
for _name, _cp in name2codepoint.items():
    codepoint2name[_cp] = _name
    entitydefs[_name] = chr(_cp)

del _line, _name, _cp, _cps, _data
