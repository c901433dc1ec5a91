# This file defines Controller, a game controller read by the browser's
# Gamepad API, with its buttons and axes as sub-widgets. The frontend sets
# all the values; the kernel only reads them.

"""Controller (gamepad)."""

from traitlets import Bool, Float, Instance, Int, Unicode

from .domwidget import DOMWidget
from .trait_types import TypedTuple
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_core import CoreWidget


@register
class Button(DOMWidget, ValueWidget, CoreWidget):
    """A gamepad button: value in [0, 1], pressed or not."""
    _view_name = Unicode("ControllerButtonView").tag(sync=True)
    _model_name = Unicode("ControllerButtonModel").tag(sync=True)
    value = Float(min=0.0, max=1.0, read_only=True, help="The value of the button.").tag(sync=True)
    pressed = Bool(read_only=True, help="Whether the button is pressed.").tag(sync=True)


@register
class Axis(DOMWidget, ValueWidget, CoreWidget):
    """A gamepad axis: value in [-1, 1]."""
    _view_name = Unicode("ControllerAxisView").tag(sync=True)
    _model_name = Unicode("ControllerAxisModel").tag(sync=True)
    value = Float(min=-1.0, max=1.0, read_only=True, help="The value of the axis.").tag(sync=True)


@register
class Controller(DOMWidget, CoreWidget):
    """The gamepad at index (the browser's navigator.getGamepads())."""
    _view_name = Unicode("ControllerView").tag(sync=True)
    _model_name = Unicode("ControllerModel").tag(sync=True)
    index = Int(help="The id number of the controller.").tag(sync=True)
    name = Unicode(read_only=True, help="The name of the controller.").tag(sync=True)
    mapping = Unicode(read_only=True, help="The name of the control mapping.").tag(sync=True)
    connected = Bool(read_only=True, help="Whether the gamepad is connected.").tag(sync=True)
    timestamp = Float(read_only=True, help="The last time the data from this gamepad was updated.").tag(sync=True)
    buttons = TypedTuple(trait=Instance(Button), read_only=True, help="The buttons on the gamepad.").tag(sync=True, **widget_serialization)
    axes = TypedTuple(trait=Instance(Axis), read_only=True, help="The axes on the gamepad.").tag(sync=True, **widget_serialization)
