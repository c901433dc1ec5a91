# This file defines the selection widgets: Dropdown, RadioButtons, Select,
# ToggleButtons and SelectionSlider (one choice), SelectMultiple and
# SelectionRangeSlider (several). Only the option labels and the selected
# index are synced; value and label are kept in step with index here.

"""Selection widgets."""

from collections.abc import Iterable, Mapping

from traitlets import Any, Bool, CaselessStrEnum, Int, Tuple, TraitError, Unicode, observe, validate

from .trait_types import InstanceDict, TypedTuple
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_core import CoreWidget
from .widget_description import DescriptionStyle, DescriptionWidget
from .widget_int import SliderStyle, _BEHAVIORS


def _exhaust_iterable(x):
    """A tuple of x when it is a one-shot iterator (a generator), else x."""
    if isinstance(x, Iterable) and not isinstance(x, (list, tuple, dict, str, Mapping)) and iter(x) is x:
        return tuple(x)
    return x


def _make_options(x):
    """((label, value), ...) from a mapping, (label, value) pairs or plain values."""
    if isinstance(x, Mapping):
        return tuple((str(k), v) for k, v in x.items())
    xlist = tuple(x)
    if all((isinstance(i, (list, tuple)) and len(i) == 2) for i in xlist):
        return tuple((str(k), v) for k, v in xlist)
    return tuple((str(i), i) for i in xlist)


class _Selection(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the one-choice selection widgets."""

    value = Any(None, help="Selected value", allow_none=True)
    label = Unicode(None, help="Selected label", allow_none=True)
    index = Int(None, help="Selected index", allow_none=True).tag(sync=True)
    options = Any((), help="Iterable of values or (label, value) pairs that the user can select.")
    _options_full = None
    _options_labels = TypedTuple(trait=Unicode(), read_only=True, help="The labels for the options.").tag(sync=True)
    disabled = Bool(help="Enable or disable user changes").tag(sync=True)

    def __init__(self, *args, **kwargs):
        self.equals = kwargs.pop("equals", lambda x, y: x == y)
        self._initializing_traits_ = True
        kwargs["options"] = _exhaust_iterable(kwargs.get("options", ()))
        self._options_full = _make_options(kwargs["options"])
        self._propagate_options(None)
        if "index" not in kwargs and "value" not in kwargs and "label" not in kwargs:
            # The first option is selected by default.
            options = self._options_full
            nonempty = len(options) > 0
            kwargs["index"] = 0 if nonempty else None
            kwargs["label"], kwargs["value"] = options[0] if nonempty else (None, None)
        super().__init__(*args, **kwargs)
        self._initializing_traits_ = False

    @validate("options")
    def _validate_options(self, proposal):
        proposal.value = _exhaust_iterable(proposal.value)
        self._options_full = _make_options(proposal.value)
        return proposal.value

    @observe("options")
    def _propagate_options(self, change):
        """Labels and values from the options; the selection moves to the first."""
        options = self._options_full
        self.set_trait("_options_labels", tuple(i[0] for i in options))
        self._options_values = tuple(i[1] for i in options)
        if self._initializing_traits_ is not True:
            if len(options) > 0:
                if self.index == 0:
                    # Same index, new value: say so.
                    self._notify_trait("index", 0, 0)
                else:
                    self.index = 0
            else:
                self.index = None

    @validate("index")
    def _validate_index(self, proposal):
        if proposal.value is None or 0 <= proposal.value < len(self._options_labels):
            return proposal.value
        raise TraitError("Invalid selection: index out of bounds")

    @observe("index")
    def _propagate_index(self, change):
        if change.new is None:
            label = value = None
        elif self._options_labels:
            label = self._options_labels[change.new]
            value = self._options_values[change.new]
        else:
            label = value = None
        if self.label is not label:
            self.label = label
        if self.value is not value:
            self.value = value

    @validate("value")
    def _validate_value(self, proposal):
        value = proposal.value
        try:
            return next(x for x in self._options_values if self.equals(x, value)) if value is not None else None
        except StopIteration:
            raise TraitError("Invalid selection: value not found") from None

    @observe("value")
    def _propagate_value(self, change):
        if change.new is None:
            index = None
        elif self.index is not None and self.equals(self._options_values[self.index], change.new):
            index = self.index
        else:
            index = self._options_values.index(change.new)
        if self.index != index:
            self.index = index

    @validate("label")
    def _validate_label(self, proposal):
        if (proposal.value is not None) and (proposal.value not in self._options_labels):
            raise TraitError("Invalid selection: label not found")
        return proposal.value

    @observe("label")
    def _propagate_label(self, change):
        if change.new is None:
            index = None
        elif self.index is not None and self._options_labels[self.index] == change.new:
            index = self.index
        else:
            index = self._options_labels.index(change.new)
        if self.index != index:
            self.index = index

    def _repr_keys(self):
        # options is not synced, but a repr without it would say little.
        yield from sorted(set(super()._repr_keys()) | {"options"})


class _MultipleSelection(DescriptionWidget, ValueWidget, CoreWidget):
    """Base of the several-choice selection widgets."""

    value = TypedTuple(trait=Any(), help="Selected values")
    label = TypedTuple(trait=Unicode(), help="Selected labels")
    index = TypedTuple(trait=Int(), help="Selected indices").tag(sync=True)
    options = Any((), help="Iterable of values or (label, value) pairs that the user can select.")
    _options_full = None
    _options_labels = TypedTuple(trait=Unicode(), read_only=True, help="The labels for the options.").tag(sync=True)
    disabled = Bool(help="Enable or disable user changes").tag(sync=True)

    def __init__(self, *args, **kwargs):
        self.equals = kwargs.pop("equals", lambda x, y: x == y)
        self._initializing_traits_ = True
        kwargs["options"] = _exhaust_iterable(kwargs.get("options", ()))
        self._options_full = _make_options(kwargs["options"])
        self._propagate_options(None)
        super().__init__(*args, **kwargs)
        self._initializing_traits_ = False

    @validate("options")
    def _validate_options(self, proposal):
        proposal.value = _exhaust_iterable(proposal.value)
        self._options_full = _make_options(proposal.value)
        return proposal.value

    @observe("options")
    def _propagate_options(self, change):
        options = self._options_full
        self.set_trait("_options_labels", tuple(i[0] for i in options))
        self._options_values = tuple(i[1] for i in options)
        if self._initializing_traits_ is not True:
            self.index = ()

    @validate("index")
    def _validate_index(self, proposal):
        if all(0 <= i < len(self._options_labels) for i in proposal.value):
            return proposal.value
        raise TraitError("Invalid selection: index out of bounds")

    @observe("index")
    def _propagate_index(self, change):
        label = tuple(self._options_labels[i] for i in change.new)
        value = tuple(self._options_values[i] for i in change.new)
        if self.label != label:
            self.label = label
        if self.value != value:
            self.value = value

    @validate("value")
    def _validate_value(self, proposal):
        value = proposal.value
        try:
            return tuple(next(x for x in self._options_values if self.equals(x, v)) for v in value)
        except StopIteration:
            raise TraitError("Invalid selection: value not found") from None

    @observe("value")
    def _propagate_value(self, change):
        index = tuple(self._options_values.index(v) for v in change.new)
        if self.index != index:
            self.index = index

    @validate("label")
    def _validate_label(self, proposal):
        if any(i not in self._options_labels for i in proposal.value):
            raise TraitError("Invalid selection: label not found")
        return proposal.value

    @observe("label")
    def _propagate_label(self, change):
        index = tuple(self._options_labels.index(i) for i in change.new)
        if self.index != index:
            self.index = index

    def _repr_keys(self):
        # options is not synced, but a repr without it would say little.
        yield from sorted(set(super()._repr_keys()) | {"options"})


@register
class ToggleButtonsStyle(DescriptionStyle, CoreWidget):
    """ToggleButtons style: button width and font weight."""
    _model_name = Unicode("ToggleButtonsStyleModel").tag(sync=True)
    button_width = Unicode(help="The width of each button.").tag(sync=True)
    font_weight = Unicode(help="Text font weight of each button.").tag(sync=True)


@register
class ToggleButtons(_Selection):
    """A row of toggle buttons, one selected."""
    _view_name = Unicode("ToggleButtonsView").tag(sync=True)
    _model_name = Unicode("ToggleButtonsModel").tag(sync=True)
    tooltips = TypedTuple(Unicode(), help="Tooltips for each button.").tag(sync=True)
    icons = TypedTuple(Unicode(), help="Icons names for each button (FontAwesome names without the fa- prefix).").tag(sync=True)
    style = InstanceDict(ToggleButtonsStyle).tag(sync=True, **widget_serialization)
    button_style = CaselessStrEnum(values=["primary", "success", "info", "warning", "danger", ""], default_value="",
                                   allow_none=True, help="Use a predefined styling for the buttons.").tag(sync=True)


@register
class Dropdown(_Selection):
    """A dropdown list, one selected."""
    _view_name = Unicode("DropdownView").tag(sync=True)
    _model_name = Unicode("DropdownModel").tag(sync=True)


@register
class RadioButtons(_Selection):
    """Radio buttons, one selected."""
    _view_name = Unicode("RadioButtonsView").tag(sync=True)
    _model_name = Unicode("RadioButtonsModel").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="vertical",
                                  help="Vertical or horizontal.").tag(sync=True)


@register
class Select(_Selection):
    """A listbox, one selected."""
    _view_name = Unicode("SelectView").tag(sync=True)
    _model_name = Unicode("SelectModel").tag(sync=True)
    rows = Int(5, help="The number of rows to display.").tag(sync=True)


@register
class SelectMultiple(_MultipleSelection):
    """A listbox, several selected (shift and/or ctrl click)."""
    _view_name = Unicode("SelectMultipleView").tag(sync=True)
    _model_name = Unicode("SelectMultipleModel").tag(sync=True)
    rows = Int(5, help="The number of rows to display.").tag(sync=True)


class _SelectionNonempty(_Selection):
    """A selection that always has one of its (nonempty) options selected."""
    index = Int(0, help="Selected index").tag(sync=True)

    def __init__(self, *args, **kwargs):
        if len(kwargs.get("options", ())) == 0:
            raise TraitError("options must be nonempty")
        super().__init__(*args, **kwargs)

    @validate("options")
    def _validate_options(self, proposal):
        self._options_full = _make_options(_exhaust_iterable(proposal.value))
        if len(self._options_full) == 0:
            raise TraitError("Option list must be nonempty")
        return proposal.value

    @validate("index")
    def _validate_index(self, proposal):
        if 0 <= proposal.value < len(self._options_labels):
            return proposal.value
        raise TraitError("Invalid selection: index out of bounds")


class _MultipleSelectionNonempty(_MultipleSelection):
    def __init__(self, *args, **kwargs):
        if len(kwargs.get("options", ())) == 0:
            raise TraitError("options must be nonempty")
        super().__init__(*args, **kwargs)

    @validate("options")
    def _validate_options(self, proposal):
        self._options_full = _make_options(_exhaust_iterable(proposal.value))
        if len(self._options_full) == 0:
            raise TraitError("Option list must be nonempty")
        return proposal.value


@register
class SelectionSlider(_SelectionNonempty):
    """A slider over the options, one selected."""
    _view_name = Unicode("SelectionSliderView").tag(sync=True)
    _model_name = Unicode("SelectionSliderModel").tag(sync=True)
    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current selected label next to the slider").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is holding the slider.").tag(sync=True)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)


@register
class SelectionRangeSlider(_MultipleSelectionNonempty):
    """A slider over the options selecting a (lower, upper) pair."""
    _view_name = Unicode("SelectionRangeSliderView").tag(sync=True)
    _model_name = Unicode("SelectionRangeSliderModel").tag(sync=True)
    value = Tuple(help="Min and max selected values")
    label = Tuple(help="Min and max selected labels")
    index = Tuple((0, 0), help="Min and max selected indices").tag(sync=True)

    def __init__(self, *args, **kwargs):
        if "index" not in kwargs and "value" not in kwargs and "label" not in kwargs:
            # The first option at both ends (index (0, 0) is the default,
            # so setting it alone would not update value and label).
            kwargs["options"] = _exhaust_iterable(kwargs.get("options", ()))
            options = _make_options(kwargs["options"])
            if options:
                kwargs["index"] = (0, 0)
                kwargs["label"] = (options[0][0],) * 2
                kwargs["value"] = (options[0][1],) * 2
        super().__init__(*args, **kwargs)

    @observe("options")
    def _propagate_options(self, change):
        options = self._options_full
        self.set_trait("_options_labels", tuple(i[0] for i in options))
        self._options_values = tuple(i[1] for i in options)
        if self._initializing_traits_ is not True:
            self.index = (0, 0)

    @validate("index")
    def _validate_index(self, proposal):
        if len(proposal.value) != 2:
            raise TraitError("Invalid selection: index must have two values, but is %r" % (proposal.value,))
        if all(0 <= i < len(self._options_labels) for i in proposal.value):
            return proposal.value
        raise TraitError("Invalid selection: index out of bounds: %s" % (proposal.value,))

    orientation = CaselessStrEnum(values=["horizontal", "vertical"], default_value="horizontal",
                                  help="Vertical or horizontal.").tag(sync=True)
    readout = Bool(True, help="Display the current selected label next to the slider").tag(sync=True)
    continuous_update = Bool(True, help="Update the value of the widget as the user is holding the slider.").tag(sync=True)
    style = InstanceDict(SliderStyle).tag(sync=True, **widget_serialization)
    behavior = CaselessStrEnum(values=_BEHAVIORS, default_value="drag-tap",
                               help="Slider dragging behavior.").tag(sync=True)
