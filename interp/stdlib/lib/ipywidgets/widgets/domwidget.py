# This file defines DOMWidget: a widget with a view in the page, so a
# layout, CSS classes, a tooltip and tabbing.

"""DOMWidget."""

from traitlets import Bool, Unicode

from .trait_types import InstanceDict, TypedTuple
from .widget import Widget, widget_serialization
from .widget_layout import Layout


class DOMWidget(Widget):
    """A widget that can be displayed."""
    _dom_classes = TypedTuple(trait=Unicode(), help="CSS classes applied to widget DOM element").tag(sync=True)
    tabbable = Bool(help="Is widget tabbable?", allow_none=True, default_value=None).tag(sync=True)
    tooltip = Unicode(None, allow_none=True, help="A tooltip caption.").tag(sync=True)
    layout = InstanceDict(Layout).tag(sync=True, **widget_serialization)

    def add_class(self, className):
        """Add a CSS class to the widget's DOM element."""
        if className not in self._dom_classes:
            self._dom_classes = list(self._dom_classes) + [className]
        return self

    def remove_class(self, className):
        """Remove a CSS class from the widget's DOM element."""
        if className in self._dom_classes:
            self._dom_classes = [c for c in self._dom_classes if c != className]
        return self

    def focus(self):
        """Focus the widget's view in the frontend."""
        self.send({"do": "focus"})

    def blur(self):
        """Remove focus from the widget's view."""
        self.send({"do": "blur"})

    def _repr_keys(self):
        for key in super()._repr_keys():
            # The layout is left out while it has no settings.
            if key == "layout":
                value = getattr(self, key)
                if repr(value) == "%s()" % value.__class__.__name__:
                    continue
            yield key
        if self._dom_classes:
            yield "_dom_classes"
