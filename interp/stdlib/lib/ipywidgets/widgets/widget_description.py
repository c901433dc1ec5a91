# This file defines DescriptionWidget (a labelled control) and its
# DescriptionStyle.

"""DescriptionWidget and DescriptionStyle."""

from traitlets import Bool, Unicode

from .domwidget import DOMWidget
from .trait_types import InstanceDict
from .widget import register, widget_serialization
from .widget_core import CoreWidget
from .widget_style import Style


@register
class DescriptionStyle(Style, CoreWidget):
    """Description style: the width of the label."""
    _model_name = Unicode("DescriptionStyleModel").tag(sync=True)
    description_width = Unicode(help="Width of the description to the side of the control.").tag(sync=True)


class DescriptionWidget(DOMWidget, CoreWidget):
    """A widget with a description label."""
    _model_name = Unicode("DescriptionModel").tag(sync=True)
    description = Unicode("", help="Description of the control.").tag(sync=True)
    description_allow_html = Bool(False, help="Accept HTML in the description.").tag(sync=True)
    style = InstanceDict(DescriptionStyle, help="Styling customizations").tag(sync=True, **widget_serialization)

    def __init__(self, *args, **kwargs):
        if "description_tooltip" in kwargs:
            # ipywidgets 7's name for tooltip.
            kwargs.setdefault("tooltip", kwargs.pop("description_tooltip"))
        super().__init__(*args, **kwargs)

    @property
    def description_tooltip(self):
        return self.tooltip

    @description_tooltip.setter
    def description_tooltip(self, tooltip):
        self.tooltip = tooltip

    def _repr_keys(self):
        for key in super()._repr_keys():
            # The style is left out while it has no settings.
            if key == "style":
                value = getattr(self, key)
                if repr(value) == "%s()" % value.__class__.__name__:
                    continue
            yield key
