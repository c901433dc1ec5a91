# This file defines Button and ButtonStyle. A click in the frontend comes
# as the custom message {"event": "click"}; on_click callbacks then run.

"""Button."""

from traitlets import Bool, CaselessStrEnum, Unicode

from .domwidget import DOMWidget
from .trait_types import Color, InstanceDict
from .widget import CallbackDispatcher, register, widget_serialization
from .widget_core import CoreWidget
from .widget_style import Style


@register
class ButtonStyle(Style, CoreWidget):
    """Button style: color and fonts."""
    _model_name = Unicode("ButtonStyleModel").tag(sync=True)
    button_color = Color(None, allow_none=True, help="Color of the button").tag(sync=True)
    font_family = Unicode(None, allow_none=True, help="Button text font family.").tag(sync=True)
    font_size = Unicode(None, allow_none=True, help="Button text font size.").tag(sync=True)
    font_style = Unicode(None, allow_none=True, help="Button text font style.").tag(sync=True)
    font_variant = Unicode(None, allow_none=True, help="Button text font variant.").tag(sync=True)
    font_weight = Unicode(None, allow_none=True, help="Button text font weight.").tag(sync=True)
    text_color = Unicode(None, allow_none=True, help="Button text color.").tag(sync=True)
    text_decoration = Unicode(None, allow_none=True, help="Button text decoration.").tag(sync=True)


@register
class Button(DOMWidget, CoreWidget):
    """A button; on_click(callback) runs callback(button) on each click."""
    _view_name = Unicode("ButtonView").tag(sync=True)
    _model_name = Unicode("ButtonModel").tag(sync=True)
    description = Unicode(help="Button label.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes.").tag(sync=True)
    icon = Unicode("", help="Font-awesome icon names, without the 'fa-' prefix.").tag(sync=True)
    button_style = CaselessStrEnum(values=["primary", "success", "info", "warning", "danger", ""], default_value="",
                                   help="Use a predefined styling for the button.").tag(sync=True)
    style = InstanceDict(ButtonStyle).tag(sync=True, **widget_serialization)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._click_handlers = CallbackDispatcher()
        self.on_msg(self._handle_button_msg)

    def on_click(self, callback, remove=False):
        """Call callback(button) when the button is clicked; remove=True unregisters it."""
        self._click_handlers.register_callback(callback, remove=remove)

    def click(self):
        """Run the click callbacks, as a click in the frontend does."""
        self._click_handlers(self)

    def _handle_button_msg(self, _, content, buffers):
        if content.get("event", "") == "click":
            self.click()
