# This file defines the text widgets: HTML, HTMLMath, Label, Text,
# Textarea, Password and Combobox, with their styles. Text.on_submit runs
# on the frontend's 'submit' custom message.

"""String widgets."""

from traitlets import Bool, Int, Unicode

from .trait_types import Color, InstanceDict, TypedTuple
from .valuewidget import ValueWidget
from .widget import CallbackDispatcher, register, widget_serialization
from .widget_core import CoreWidget
from .widget_description import DescriptionStyle, DescriptionWidget


class _StringStyle(DescriptionStyle, CoreWidget):
    """Text style: background, font size and color."""
    background = Unicode(None, allow_none=True, help="Background specifications.").tag(sync=True)
    font_size = Unicode(None, allow_none=True, help="Text font size.").tag(sync=True)
    text_color = Color(None, allow_none=True, help="Text color").tag(sync=True)


@register
class LabelStyle(_StringStyle):
    """Label style: fonts too."""
    _model_name = Unicode("LabelStyleModel").tag(sync=True)
    font_family = Unicode(None, allow_none=True, help="Label text font family.").tag(sync=True)
    font_style = Unicode(None, allow_none=True, help="Label text font style.").tag(sync=True)
    font_variant = Unicode(None, allow_none=True, help="Label text font variant.").tag(sync=True)
    font_weight = Unicode(None, allow_none=True, help="Label text font weight.").tag(sync=True)
    text_decoration = Unicode(None, allow_none=True, help="Label text decoration.").tag(sync=True)


@register
class TextStyle(_StringStyle):
    """Text input style."""
    _model_name = Unicode("TextStyleModel").tag(sync=True)


@register
class HTMLStyle(_StringStyle):
    """HTML style."""
    _model_name = Unicode("HTMLStyleModel").tag(sync=True)


@register
class HTMLMathStyle(_StringStyle):
    """HTMLMath style."""
    _model_name = Unicode("HTMLMathStyleModel").tag(sync=True)


class _String(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the widgets whose value is a str."""
    value = Unicode(help="String value").tag(sync=True)
    # A zero-width space: the view's default placeholder.
    placeholder = Unicode("\u200b", help="Placeholder text to display when nothing has been typed").tag(sync=True)
    style = InstanceDict(_StringStyle).tag(sync=True, **widget_serialization)

    def __init__(self, value=None, **kwargs):
        if value is not None:
            kwargs["value"] = value
        super().__init__(**kwargs)

    _model_name = Unicode("StringModel").tag(sync=True)


@register
class HTML(_String):
    """Renders its value as HTML."""
    _view_name = Unicode("HTMLView").tag(sync=True)
    _model_name = Unicode("HTMLModel").tag(sync=True)
    style = InstanceDict(HTMLStyle).tag(sync=True, **widget_serialization)


@register
class HTMLMath(_String):
    """Renders its value as HTML with LaTeX math."""
    _view_name = Unicode("HTMLMathView").tag(sync=True)
    _model_name = Unicode("HTMLMathModel").tag(sync=True)
    style = InstanceDict(HTMLMathStyle).tag(sync=True, **widget_serialization)


@register
class Label(_String):
    """A text label (LaTeX math between $ is rendered)."""
    _view_name = Unicode("LabelView").tag(sync=True)
    _model_name = Unicode("LabelModel").tag(sync=True)
    style = InstanceDict(LabelStyle).tag(sync=True, **widget_serialization)


@register
class Textarea(_String):
    """A multi-line text box."""
    _view_name = Unicode("TextareaView").tag(sync=True)
    _model_name = Unicode("TextareaModel").tag(sync=True)
    rows = Int(None, allow_none=True, help="The number of rows to display.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(True, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    style = InstanceDict(TextStyle).tag(sync=True, **widget_serialization)


@register
class Text(_String):
    """A one-line text box."""
    _view_name = Unicode("TextView").tag(sync=True)
    _model_name = Unicode("TextModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(True, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    style = InstanceDict(TextStyle).tag(sync=True, **widget_serialization)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._submission_callbacks = CallbackDispatcher()
        self.on_msg(self._handle_string_msg)

    def _handle_string_msg(self, _, content, buffers):
        if content.get("event", "") == "submit":
            self._submission_callbacks(self)

    def on_submit(self, callback, remove=False):
        """Call callback(widget) when Enter is pressed (deprecated in ipywidgets 8, still working)."""
        self._submission_callbacks.register_callback(callback, remove=remove)


@register
class Password(Text):
    """A one-line text box that hides what is typed."""
    _view_name = Unicode("PasswordView").tag(sync=True)
    _model_name = Unicode("PasswordModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)

    def _repr_keys(self):
        # The value is not shown.
        for key in super()._repr_keys():
            if key != "value":
                yield key


@register
class Combobox(Text):
    """A text box with suggested options."""
    _model_name = Unicode("ComboboxModel").tag(sync=True)
    _view_name = Unicode("ComboboxView").tag(sync=True)
    options = TypedTuple(trait=Unicode(), help="Dropdown options for the combobox").tag(sync=True)
    ensure_option = Bool(False, help="If set, ensure value is in options. Implies continuous_update=False.").tag(sync=True)
