# This file is adder's traitlets package: typed, observable attributes
# (HasTraits and its trait types), written for adder from the traitlets 5
# documentation. It carries the subset that ipywidgets and notebook code
# use; configuration (traitlets.config) is not included.

"""Typed attributes with validation and change notification (traitlets 5 API)."""

from .traitlets import *
from .traitlets import __all__ as _all
from .utils.bunch import Bunch

__version__ = "5.14.3"
version_info = (5, 14, 3)

__all__ = list(_all) + ["Bunch", "__version__", "version_info"]
