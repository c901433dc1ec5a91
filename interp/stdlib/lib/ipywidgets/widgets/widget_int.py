# This file defines the integer widgets: IntText, BoundedIntText,
# IntSlider, IntProgress, IntRangeSlider and Play, and the slider and
# progress styles. Bounded values are clamped into [min, max], as
# ipywidgets does.

"""Integer widgets."""

from traitlets import Bool, CaselessStrEnum, CInt, Tuple, TraitError, Unicode, validate

from .trait_types import Color, InstanceDict, NumberFormat
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_core import CoreWidget
from .widget_range import _BoundedRangeMixin, _RangeMixin
from .widget_description import DescriptionStyle, DescriptionWidget

_BEHAVIORS = ["drag-tap", "drag-snap", "tap", "drag", "snap"]
_BAR_STYLES = ["success", "info", "warning", "danger", ""]



class _Int(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the widgets whose value is an int."""
    value = CInt(0, help="Int value").tag(sync=True)

    def __init__(self, value=None, **kwargs):
        if value is not None:
            kwargs["value"] = value
        super().__init__(**kwargs)


class _BoundedInt(_Int):
    """An int value within [min, max]."""
    max = CInt(100, help="Max value").tag(sync=True)
    min = CInt(0, help="Min value").tag(sync=True)

    def __init__(self, value=None, min=None, max=None, step=None, **kwargs):
        if value is not None:
            kwargs["value"] = value
        if min is not None:
            kwargs["min"] = min
        if max is not None:
            kwargs["max"] = max
        if step is not None:
            kwargs["step"] = step
        super().__init__(**kwargs)

    @validate("value")
    def _validate_value(self, proposal):
        value = proposal["value"]
        if self.min > value or self.max < value:
            value = min(max(value, self.min), self.max)
        return value

    @validate("min")
    def _validate_min(self, proposal):
        min = proposal["value"]
        if min > self.max:
            raise TraitError("setting min > max")
        if min > self.value:
            self.value = min
        return min

    @validate("max")
    def _validate_max(self, proposal):
        max = proposal["value"]
        if max < self.min:
            raise TraitError("setting max < min")
        if max < self.value:
            self.value = max
        return max


@register
class IntText(_Int):
    """Textbox for an int."""
    _view_name = Unicode("IntTextView").tag(sync=True)
    _model_name = Unicode("IntTextModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(False, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    step = CInt(1, help="Minimum step to increment the value").tag(sync=True)


@register
class BoundedIntText(_BoundedInt):
    """Textbox for an int within bounds."""
    _view_name = Unicode("IntTextView").tag(sync=True)
    _model_name = Unicode("BoundedIntTextModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(False, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    step = CInt(1, help="Minimum step to increment the value").tag(sync=True)


@register
class SliderStyle(DescriptionStyle, CoreWidget):
    """Slider style: the handle color."""
    _model_name = Unicode("SliderStyleModel").tag(sync=True)
    handle_color = Color(None, allow_none=True, help="Color of the slider handle.").tag(sync=True)


@register
class IntSlider(_BoundedInt):
    """Slider for an int within bounds."""
    _view_name = Unicode("IntSliderView").tag(sync=True)
    _model_name = Unicode("IntSliderModel").tag(sync=True)
    step = CInt(1, help="Minimum step to increment the value").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current value of the slider next to it.").tag(sync=True)
    readout_format = NumberFormat("d", help="Format for the readout").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is holding the slider.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)


@register
class ProgressStyle(DescriptionStyle, CoreWidget):
    """Progress bar style: the bar color."""
    _model_name = Unicode("ProgressStyleModel").tag(sync=True)
    bar_color = Color(None, allow_none=True, help="Color of the progress bar.").tag(sync=True)


@register
class IntProgress(_BoundedInt):
    """Progress bar for an int within bounds."""
    _view_name = Unicode("ProgressView").tag(sync=True)
    _model_name = Unicode("IntProgressModel").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    bar_style = CaselessStrEnum(values=_BAR_STYLES, default_value="",
                                help="Use a predefined styling for the progress bar.").tag(sync=True)
    style = InstanceDict(ProgressStyle).tag(sync=True, **widget_serialization)


class _IntRange(_RangeMixin, _Int):
    """A (lower, upper) pair of ints."""
    value = Tuple(CInt(), CInt(), default_value=(0, 1), help="Tuple of (lower, upper) bounds").tag(sync=True)


class _BoundedIntRange(_BoundedRangeMixin, _IntRange):
    _default_bounds = (0, 100)
    max = CInt(100, help="Max value").tag(sync=True)
    min = CInt(0, help="Min value").tag(sync=True)


@register
class IntRangeSlider(_BoundedIntRange):
    """Slider selecting a (lower, upper) pair of ints."""
    _view_name = Unicode("IntRangeSliderView").tag(sync=True)
    _model_name = Unicode("IntRangeSliderModel").tag(sync=True)
    step = CInt(1, help="Minimum step that the value can take").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current value of the slider next to it.").tag(sync=True)
    readout_format = NumberFormat("d", help="Format for the readout").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is sliding the slider.").tag(sync=True)
    style = InstanceDict(SliderStyle, help="Slider style customizations.").tag(sync=True, **widget_serialization)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)


@register
class Play(_BoundedInt):
    """Play/repeat buttons that step an int through [min, max]."""
    _view_name = Unicode("PlayView").tag(sync=True)
    _model_name = Unicode("PlayModel").tag(sync=True)
    playing = Bool(help="Whether the control is currently playing.").tag(sync=True)
    repeat = Bool(help="Whether the control will repeat in a continuous loop.").tag(sync=True)
    interval = CInt(100, help="The time between two animation steps (ms).").tag(sync=True)
    step = CInt(1, help="Increment step").tag(sync=True)
    disabled = Bool(help="Enable or disable user changes").tag(sync=True)
    show_repeat = Bool(True, help="Show the repeat toggle button in the widget.").tag(sync=True)
