# This file holds what the int and float range widgets share: a value that
# is a (lower, upper) pair kept in order, and its clamping to [min, max].
# The int and float classes only differ in their trait types.

"""Range widget behaviour shared by IntRangeSlider and FloatRangeSlider."""

from traitlets import TraitError, validate


class _RangeMixin:
    """A value that is a (lower, upper) pair with lower <= upper."""

    @property
    def lower(self):
        return self.value[0]

    @lower.setter
    def lower(self, lower):
        self.value = (lower, self.value[1])

    @property
    def upper(self):
        return self.value[1]

    @upper.setter
    def upper(self, upper):
        self.value = (self.value[0], upper)

    @validate("value")
    def _validate_value(self, proposal):
        lower, upper = proposal["value"]
        if upper < lower:
            raise TraitError("setting lower > upper")
        return lower, upper


class _BoundedRangeMixin(_RangeMixin):
    """A range within [min, max]; the default value is the middle half.
    _default_bounds is (min, max) for the int or float class."""

    _default_bounds = (0, 100)

    def __init__(self, *args, **kwargs):
        min, max = kwargs.get("min", self._default_bounds[0]), kwargs.get("max", self._default_bounds[1])
        if kwargs.get("value", None) is None:
            # The middle half of the range.
            kwargs["value"] = (0.75 * min + 0.25 * max, 0.25 * min + 0.75 * max)
        elif not isinstance(kwargs["value"], tuple):
            try:
                kwargs["value"] = tuple(kwargs["value"])
            except Exception:
                raise TypeError("A 'range' must be able to be cast to a tuple. The input of type %s could not be cast to a tuple"
                                % type(kwargs["value"])) from None
        super().__init__(*args, **kwargs)

    @validate("min", "max")
    def _validate_bounds(self, proposal):
        trait = proposal["trait"]
        new = proposal["value"]
        if trait.name == "min" and new > self.max:
            raise TraitError("setting min > max")
        if trait.name == "max" and new < self.min:
            raise TraitError("setting max < min")
        if trait.name == "min":
            self.value = (max(new, self.value[0]), max(new, self.value[1]))
        if trait.name == "max":
            self.value = (min(new, self.value[0]), min(new, self.value[1]))
        return new

    @validate("value")
    def _validate_value(self, proposal):
        lower, upper = super()._validate_value(proposal)
        lower, upper = min(lower, self.max), min(upper, self.max)
        lower, upper = max(lower, self.min), max(upper, self.min)
        return lower, upper
