# This file defines DatetimePicker (timezone-aware, sent as UTC),
# NaiveDatetimePicker and TimePicker. Dates travel as {"year", "month"
# (0-based), "date", "hours", "minutes", "seconds", "milliseconds"}.

"""Date-time and time pickers."""

import datetime as dt

from traitlets import Bool, CaselessStrEnum, Float, Instance, TraitError, Union, Unicode, validate

from .valuewidget import ValueWidget
from .widget import register
from .widget_core import CoreWidget
from .widget_description import DescriptionWidget


def datetime_to_json(pydt, manager):
    if pydt is None:
        return None
    utcdt = pydt.astimezone(dt.timezone.utc)
    return dict(year=utcdt.year, month=utcdt.month - 1, date=utcdt.day, hours=utcdt.hour,
                minutes=utcdt.minute, seconds=utcdt.second, milliseconds=utcdt.microsecond / 1000)


def datetime_from_json(js, manager):
    if js is None:
        return None
    return dt.datetime(js["year"], js["month"] + 1, js["date"], js["hours"], js["minutes"], js["seconds"],
                       int(js["milliseconds"] * 1000), dt.timezone.utc).astimezone()


def naive_to_json(pydt, manager):
    if pydt is None:
        return None
    return dict(year=pydt.year, month=pydt.month - 1, date=pydt.day, hours=pydt.hour,
                minutes=pydt.minute, seconds=pydt.second, milliseconds=pydt.microsecond / 1000)


def naive_from_json(js, manager):
    if js is None:
        return None
    return dt.datetime(js["year"], js["month"] + 1, js["date"], js["hours"], js["minutes"], js["seconds"],
                       int(js["milliseconds"] * 1000))


def time_to_json(pyt, manager):
    if pyt is None:
        return None
    return dict(hours=pyt.hour, minutes=pyt.minute, seconds=pyt.second, milliseconds=pyt.microsecond / 1000)


def time_from_json(js, manager):
    if js is None:
        return None
    return dt.time(js["hours"], js["minutes"], js["seconds"], int(js["milliseconds"] * 1000))


datetime_serialization = {"from_json": datetime_from_json, "to_json": datetime_to_json}
naive_serialization = {"from_json": naive_from_json, "to_json": naive_to_json}
time_serialization = {"from_json": time_from_json, "to_json": time_to_json}


class _BoundedPicker(DescriptionWidget, ValueWidget, CoreWidget):
    disabled = Bool(False, help="Enable or disable user changes.").tag(sync=True)

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
        lo = proposal["value"]
        if lo is None:
            return lo
        if self.max and lo > self.max:
            raise TraitError("setting min > max")
        if self.value and lo > self.value:
            self.value = lo
        return lo

    @validate("max")
    def _validate_max(self, proposal):
        hi = proposal["value"]
        if hi is None:
            return hi
        if self.min and hi < self.min:
            raise TraitError("setting max < min")
        if self.value and hi < self.value:
            self.value = hi
        return hi


@register
class DatetimePicker(_BoundedPicker):
    """Picks a timezone-aware datetime."""
    _view_name = Unicode("DatetimeView").tag(sync=True)
    _model_name = Unicode("DatetimeModel").tag(sync=True)
    value = Instance(dt.datetime, allow_none=True).tag(sync=True, **datetime_serialization)
    min = Instance(dt.datetime, allow_none=True).tag(sync=True, **datetime_serialization)
    max = Instance(dt.datetime, allow_none=True).tag(sync=True, **datetime_serialization)

    def _check_aware(self, value):
        if value is not None and value.tzinfo is None:
            raise TraitError("%s values needs to be timezone aware" % (self.__class__.__name__,))

    @validate("value")
    def _validate_value(self, proposal):
        self._check_aware(proposal["value"])
        return super()._validate_value(proposal)


@register
class NaiveDatetimePicker(DatetimePicker):
    """Picks a datetime without a timezone."""
    _model_name = Unicode("NaiveDatetimeModel").tag(sync=True)
    value = Instance(dt.datetime, allow_none=True).tag(sync=True, **naive_serialization)
    min = Instance(dt.datetime, allow_none=True).tag(sync=True, **naive_serialization)
    max = Instance(dt.datetime, allow_none=True).tag(sync=True, **naive_serialization)

    def _check_aware(self, value):
        if value is not None and value.tzinfo is not None:
            raise TraitError("%s values needs to be timezone unaware" % (self.__class__.__name__,))


@register
class TimePicker(_BoundedPicker):
    """Picks a time of day."""
    _view_name = Unicode("TimeView").tag(sync=True)
    _model_name = Unicode("TimeModel").tag(sync=True)
    value = Instance(dt.time, allow_none=True).tag(sync=True, **time_serialization)
    min = Instance(dt.time, allow_none=True).tag(sync=True, **time_serialization)
    max = Instance(dt.time, allow_none=True).tag(sync=True, **time_serialization)
    step = Union((Float(60, min=0), CaselessStrEnum(["any"])), default_value=60,
                 help='The time step to use for the picker, in seconds, or "any".').tag(sync=True)
