# This file defines DatePicker: dates travel as {"year", "month" (0-based),
# "date"}, as JavaScript counts months.

"""DatePicker."""

from traitlets import Bool, CaselessStrEnum, Int, TraitError, Union, Unicode, validate

from .trait_types import Date, date_serialization
from .valuewidget import ValueWidget
from .widget import register
from .widget_core import CoreWidget
from .widget_description import DescriptionWidget


@register
class DatePicker(DescriptionWidget, ValueWidget, CoreWidget):
    """Picks a date (value: a datetime.date or None)."""
    _view_name = Unicode("DatePickerView").tag(sync=True)
    _model_name = Unicode("DatePickerModel").tag(sync=True)
    value = Date(None, allow_none=True).tag(sync=True, **date_serialization)
    disabled = Bool(False, help="Enable or disable user changes.").tag(sync=True)
    min = Date(None, allow_none=True).tag(sync=True, **date_serialization)
    max = Date(None, allow_none=True).tag(sync=True, **date_serialization)
    step = Union((Int(1), CaselessStrEnum(["any"])), default_value=1,
                 help='The date step to use for the picker, in days, or "any".').tag(sync=True)

    @validate("value")
    def _validate_value(self, proposal):
        value = proposal["value"]
        if value is None:
            return value
        if self.min and self.min > value:
            value = max(value, self.min)
        if self.max and self.max < value:
            value = min(value, self.max)
        return value

    @validate("min")
    def _validate_min(self, proposal):
        min = proposal["value"]
        if min is None:
            return min
        if self.max and min > self.max:
            raise TraitError("setting min > max")
        if self.value and min > self.value:
            self.value = min
        return min

    @validate("max")
    def _validate_max(self, proposal):
        max = proposal["value"]
        if max is None:
            return max
        if self.min and max < self.min:
            raise TraitError("setting max < min")
        if self.value and max < self.value:
            self.value = max
        return max
