# This file defines the trait types ipywidgets adds to traitlets: Color,
# NumberFormat, InstanceDict (a sub-widget given as a dict), TypedTuple,
# Date with its JSON form, and the bytes (de)serializers.

"""Trait types for widgets."""

import datetime
import re

from traitlets import Container, Instance, TraitError, TraitType, Unicode, Undefined

_color_re = re.compile(
    r"^(#[a-fA-F0-9]{3}(?:[a-fA-F0-9]{1}|[a-fA-F0-9]{3}|[a-fA-F0-9]{5})?"
    r"|(?:rgb|hsl)a?\(\s*[-+.%0-9a-zA-Z]+\s*(?:[,\s]\s*[-+.%0-9a-zA-Z]+\s*){2,3}\))$")
_named_color_re = re.compile(r"^[a-zA-Z]+$")


class Color(Unicode):
    """A CSS color: a name, #rgb[a], #rrggbb[aa], rgb[a]() or hsl[a]()."""
    info_text = "a valid HTML color"
    default_value = Undefined

    def validate(self, obj, value):
        if isinstance(value, str):
            v = value.strip()
            if _named_color_re.match(v) or _color_re.match(v):
                return value
        self.error(obj, value)


class NumberFormat(Unicode):
    """A Python format spec (as d3-format understands it)."""
    info_text = "a valid number format"

    def validate(self, obj, value):
        value = super().validate(obj, value)
        if not re.match(r"^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$", value):
            raise TraitError("%s is not a valid format" % value)
        return value


class InstanceDict(Instance):
    """An Instance that also accepts a dict of the class's keyword arguments."""

    def validate(self, obj, value):
        if isinstance(value, dict):
            return super().validate(obj, self._klass()(**value))
        return super().validate(obj, value)

    def make_dynamic_default(self):
        return self._klass()(*(self.default_args or ()), **(self.default_kwargs or {}))


class TypedTuple(Container):
    """A tuple whose elements are validated by one trait (lists are accepted)."""
    klass = tuple
    _cast_types = (list,)


class Date(TraitType):
    """A datetime.date."""
    default_value = datetime.date(2000, 1, 1)
    info_text = "a date object"

    def validate(self, obj, value):
        if isinstance(value, datetime.date):
            return value
        self.error(obj, value)


def date_to_json(pydate, manager):
    """{'year', 'month' (0-based, as JavaScript's), 'date'} or None."""
    if pydate is None:
        return None
    return dict(year=pydate.year, month=pydate.month - 1, date=pydate.day)


def date_from_json(js, manager):
    if js is None:
        return None
    return datetime.date(js["year"], js["month"] + 1, js["date"])


date_serialization = {"from_json": date_from_json, "to_json": date_to_json}


def bytes_from_json(js, obj):
    return None if js is None else bytes(js)


bytes_serialization = {"from_json": bytes_from_json}
