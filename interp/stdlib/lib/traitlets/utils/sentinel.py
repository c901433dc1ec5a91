# This file defines Sentinel, the named singletons of traitlets
# (Undefined, All) whose repr names their module.

"""Named sentinel values."""


class Sentinel:
    """A unique marker value that shows as module.name."""

    def __init__(self, name, module, docstring=None):
        self.name = name
        self.module = module
        if docstring:
            self.__doc__ = docstring

    def __repr__(self):
        return str(self.module) + "." + self.name

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
