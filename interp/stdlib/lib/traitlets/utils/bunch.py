# This file defines Bunch, the dict with attribute access that traitlets
# hands to observers (change) and validators (proposal).

"""A dict whose keys are also attributes."""


class Bunch(dict):
    """A dict that also reads and writes its keys as attributes."""

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value

    def __dir__(self):
        names = list(dir(type(self)))
        names.extend(self.keys())
        return names
