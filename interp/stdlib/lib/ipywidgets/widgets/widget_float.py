# This file defines the float widgets: FloatText, BoundedFloatText,
# FloatSlider, FloatLogSlider, FloatProgress and FloatRangeSlider.

"""Float widgets."""

from traitlets import Bool, CaselessStrEnum, CFloat, Tuple, TraitError, Unicode, validate

from .trait_types import InstanceDict, NumberFormat
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_core import CoreWidget
from .widget_range import _BoundedRangeMixin, _RangeMixin
from .widget_description import DescriptionWidget
from .widget_int import ProgressStyle, SliderStyle, _BAR_STYLES, _BEHAVIORS


class _Float(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the widgets whose value is a float."""
    value = CFloat(0.0, help="Float value").tag(sync=True)

    def __init__(self, value=None, **kwargs):
        if value is not None:
            kwargs["value"] = value
        super().__init__(**kwargs)


class _BoundedFloat(_Float):
    """A float value within [min, max]."""
    max = CFloat(100.0, help="Max value").tag(sync=True)
    min = CFloat(0.0, help="Min value").tag(sync=True)

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
            raise TraitError("Setting min > max")
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


class _BoundedLogFloat(_Float):
    """A float within [base**min, base**max]."""
    max = CFloat(4.0, help="Max value for the exponent").tag(sync=True)
    min = CFloat(0.0, help="Min value for the exponent").tag(sync=True)
    base = CFloat(10.0, help="Base of value").tag(sync=True)
    value = CFloat(1.0, help="Float value").tag(sync=True)

    @validate("value")
    def _validate_value(self, proposal):
        value = proposal["value"]
        if self.base ** self.min > value or self.base ** self.max < value:
            value = min(max(value, self.base ** self.min), self.base ** self.max)
        return value

    @validate("min")
    def _validate_min(self, proposal):
        min = proposal["value"]
        if min > self.max:
            raise TraitError("Setting min > max")
        if self.base ** min > self.value:
            self.value = self.base ** min
        return min

    @validate("max")
    def _validate_max(self, proposal):
        max = proposal["value"]
        if max < self.min:
            raise TraitError("setting max < min")
        if self.base ** max < self.value:
            self.value = self.base ** max
        return max


@register
class FloatText(_Float):
    """Textbox for a float."""
    _view_name = Unicode("FloatTextView").tag(sync=True)
    _model_name = Unicode("FloatTextModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(False, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    step = CFloat(None, allow_none=True, help="Minimum step to increment the value").tag(sync=True)


@register
class BoundedFloatText(_BoundedFloat):
    """Textbox for a float within bounds."""
    _view_name = Unicode("FloatTextView").tag(sync=True)
    _model_name = Unicode("BoundedFloatTextModel").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    continuous_update = Bool(False, help="Update the value as the user types. If False, update on submission, e.g., pressing Enter or navigating away.").tag(sync=True)
    step = CFloat(None, allow_none=True, help="Minimum step to increment the value").tag(sync=True)


@register
class FloatSlider(_BoundedFloat):
    """Slider for a float within bounds."""
    _view_name = Unicode("FloatSliderView").tag(sync=True)
    _model_name = Unicode("FloatSliderModel").tag(sync=True)
    step = CFloat(0.1, allow_none=True, help="Minimum step to increment the value").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current value of the slider next to it.").tag(sync=True)
    readout_format = NumberFormat(".2f", help="Format for the readout").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is holding the slider.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)


@register
class FloatLogSlider(_BoundedLogFloat):
    """Slider for a float on a log scale (min and max are exponents of base)."""
    _view_name = Unicode("FloatLogSliderView").tag(sync=True)
    _model_name = Unicode("FloatLogSliderModel").tag(sync=True)
    step = CFloat(0.1, allow_none=True, help="Minimum step in the exponent to increment the value").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current value of the slider next to it.").tag(sync=True)
    readout_format = NumberFormat(".3g", help="Format for the readout").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is holding the slider.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    base = CFloat(10.0, help="Base for the logarithm").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)


@register
class FloatProgress(_BoundedFloat):
    """Progress bar for a float within bounds."""
    _view_name = Unicode("ProgressView").tag(sync=True)
    _model_name = Unicode("FloatProgressModel").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    bar_style = CaselessStrEnum(values=_BAR_STYLES, default_value="", allow_none=True,
                                help="Use a predefined styling for the progress bar.").tag(sync=True)
    style = InstanceDict(ProgressStyle).tag(sync=True, **widget_serialization)


class _FloatRange(_RangeMixin, _Float):
    value = Tuple(CFloat(), CFloat(), default_value=(0.0, 1.0), help="Tuple of (lower, upper) bounds").tag(sync=True)


class _BoundedFloatRange(_BoundedRangeMixin, _FloatRange):
    _default_bounds = (0.0, 100.0)
    step = CFloat(1.0, help="Minimum step that the value can take (ignored by some views)").tag(sync=True)
    max = CFloat(100.0, help="Max value").tag(sync=True)
    min = CFloat(0.0, help="Min value").tag(sync=True)


@register
class FloatRangeSlider(_BoundedFloatRange):
    """Slider selecting a (lower, upper) pair of floats."""
    _view_name = Unicode("FloatRangeSliderView").tag(sync=True)
    _model_name = Unicode("FloatRangeSliderModel").tag(sync=True)
    step = CFloat(0.1, allow_none=True, help="Minimum step to increment the value").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current value of the slider next to it.").tag(sync=True)
    readout_format = NumberFormat(".2f", help="Format for the readout").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is sliding the slider.").tag(sync=True)
    disabled = Bool(False, help="Enable or disable user changes").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)
