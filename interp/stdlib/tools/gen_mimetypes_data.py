"""Regenerates interp/stdlib/lib/_mimetypes_data.py: the built-in tables of
CPython 3.12's mimetypes (extension -> type, the non-standard common
types, encodings and suffix aliases) as plain data, so adder's mimetypes
answers as CPython's does before it reads the system's mime.types files.

usage: PYENV_VERSION=3.12.1 python3.12 interp/stdlib/tools/gen_mimetypes_data.py
"""

import mimetypes
import os
import pprint

out = os.path.join(os.path.dirname(__file__), "..", "lib", "_mimetypes_data.py")
with open(out, "w") as f:
    f.write('"""Built-in tables of mimetypes (generated from CPython 3.12 by\n'
            'interp/stdlib/tools/gen_mimetypes_data.py; do not edit)."""\n\n')
    for name in ("_encodings_map_default", "_suffix_map_default", "_types_map_default", "_common_types_default"):
        f.write("%s = %s\n\n" % (name.strip("_"), pprint.pformat(getattr(mimetypes, name), sort_dicts=False)))
print("wrote", out)
