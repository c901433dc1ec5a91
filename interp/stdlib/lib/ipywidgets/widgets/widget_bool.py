# This file defines the boolean widgets: Checkbox, ToggleButton and Valid,
# with their styles.

"""Boolean widgets."""

from traitlets import Bool, CaselessStrEnum, Unicode

from .trait_types import InstanceDict
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_core import CoreWidget
from .widget_description import DescriptionStyle, DescriptionWidget

_BUTTON_STYLES = ["primary", "success", "info", "warning", "danger", ""]


class _Bool(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the widgets whose value is a bool."""
    value = Bool(False, help="Bool value").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes.").tag(sync=True)

    def __init__(self, value=None, **kwargs):
        if value is not None:
            kwargs["value"] = value
        super().__init__(**kwargs)

    _model_name = Unicode("BoolModel").tag(sync=True)


@register
class CheckboxStyle(DescriptionStyle, CoreWidget):
    """Checkbox style: the background."""
    _model_name = Unicode("CheckboxStyleModel").tag(sync=True)
    background = Unicode(None, allow_none=True, help="Background specifications.").tag(sync=True)


@register
class Checkbox(_Bool):
    """A checkbox with a description."""
    _view_name = Unicode("CheckboxView").tag(sync=True)
    _model_name = Unicode("CheckboxModel").tag(sync=True)
    indent = Bool(True, help="Indent the control to align with other controls with a description.").tag(sync=True)
    style = InstanceDict(CheckboxStyle, help="Styling customizations").tag(sync=True, **widget_serialization)


@register
class ToggleButtonStyle(DescriptionStyle, CoreWidget):
    """Toggle button style: fonts and text color."""
    _model_name = Unicode("ToggleButtonStyleModel").tag(sync=True)
    font_family = Unicode(None, allow_none=True, help="Toggle button text font family.").tag(sync=True)
    font_size = Unicode(None, allow_none=True, help="Toggle button text font size.").tag(sync=True)
    font_style = Unicode(None, allow_none=True, help="Toggle button text font style.").tag(sync=True)
    font_variant = Unicode(None, allow_none=True, help="Toggle button text font variant.").tag(sync=True)
    font_weight = Unicode(None, allow_none=True, help="Toggle button text font weight.").tag(sync=True)
    text_color = Unicode(None, allow_none=True, help="Toggle button text color").tag(sync=True)
    text_decoration = Unicode(None, allow_none=True, help="Toggle button text decoration.").tag(sync=True)


@register
class ToggleButton(_Bool):
    """A button that stays pressed (value True) or not."""
    _view_name = Unicode("ToggleButtonView").tag(sync=True)
    _model_name = Unicode("ToggleButtonModel").tag(sync=True)
    icon = Unicode("", help="Font-awesome icon.").tag(sync=True)
    button_style = CaselessStrEnum(values=_BUTTON_STYLES, default_value="",
                                   help="Use a predefined styling for the button.").tag(sync=True)
    style = InstanceDict(ToggleButtonStyle, help="Styling customizations").tag(sync=True, **widget_serialization)


@register
class Valid(_Bool):
    """A valid (check) / invalid (cross) indicator."""
    readout = Unicode("Invalid", help="Message displayed when the value is False").tag(sync=True)
    _view_name = Unicode("ValidView").tag(sync=True)
    _model_name = Unicode("ValidModel").tag(sync=True)
