# This file defines ValueWidget: a widget with a value that interact reads.

"""ValueWidget."""

from traitlets import Any

from .widget import Widget


class ValueWidget(Widget):
    """A widget with a value (what interact passes to the function)."""
    value = Any(help="The value of the widget.")

    def get_interact_value(self):
        """The value interact passes on: by default, value."""
        return self.value

    def _repr_keys(self):
        # value comes first and is always shown.
        yield "value"
        for key in super()._repr_keys():
            if key != "value":
                yield key
