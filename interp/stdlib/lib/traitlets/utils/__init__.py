# This file makes traitlets.utils a package (bunch, sentinel).
