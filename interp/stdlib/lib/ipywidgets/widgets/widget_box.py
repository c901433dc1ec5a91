# This file defines the container widgets Box, HBox, VBox and GridBox:
# their children are synced as widget references.

"""Boxes."""

from traitlets import CaselessStrEnum, Instance, Unicode

from .domwidget import DOMWidget
from .trait_types import TypedTuple
from .widget import Widget, register, widget_serialization
from .widget_core import CoreWidget


@register
class Box(DOMWidget, CoreWidget):
    """Displays its children together (CSS flexbox)."""
    _model_name = Unicode("BoxModel").tag(sync=True)
    _view_name = Unicode("BoxView").tag(sync=True)
    children = TypedTuple(trait=Instance(Widget), help="List of widget children").tag(sync=True, **widget_serialization)
    box_style = CaselessStrEnum(values=["success", "info", "warning", "danger", ""], default_value="",
                                help="Use a predefined styling for the box.").tag(sync=True)

    def __init__(self, children=(), **kwargs):
        kwargs["children"] = children
        super().__init__(**kwargs)


@register
class VBox(Box):
    """Children in a column."""
    _model_name = Unicode("VBoxModel").tag(sync=True)
    _view_name = Unicode("VBoxView").tag(sync=True)


@register
class HBox(Box):
    """Children in a row."""
    _model_name = Unicode("HBoxModel").tag(sync=True)
    _view_name = Unicode("HBoxView").tag(sync=True)


@register
class GridBox(Box):
    """Children in a CSS grid (set grid_template_* on the layout)."""
    _model_name = Unicode("GridBoxModel").tag(sync=True)
    _view_name = Unicode("GridBoxView").tag(sync=True)
