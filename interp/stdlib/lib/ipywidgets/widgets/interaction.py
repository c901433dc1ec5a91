# This file defines interact, interactive, interact_manual, interactive_output
# and fixed: a function's arguments become controls (the "abbreviations":
# an int or (min, max[, step]) tuple -> slider, bool -> Checkbox, str ->
# Text, list or dict -> Dropdown), and each change reruns the function with
# its output captured in an Output widget.

"""Interact: controls for a function's arguments."""

from collections.abc import Iterable, Mapping
from inspect import Parameter, signature
from numbers import Integral, Real

from traitlets import Any, HasTraits, Unicode

from .domwidget import DOMWidget
from .valuewidget import ValueWidget
from .widget import _show_traceback, _get_ipython
from .widget_bool import Checkbox
from .widget_box import VBox
from .widget_button import Button
from .widget_float import FloatSlider
from .widget_int import IntSlider
from .widget_output import Output
from .widget_selection import Dropdown
from .widget_string import Text

empty = Parameter.empty


def _display(obj):
    from IPython.display import display
    display(obj)


def _clear_output(wait=False):
    from IPython.display import clear_output
    clear_output(wait=wait)


def show_inline_matplotlib_plots():
    """Show pending matplotlib figures (adder has no matplotlib: nothing to do)."""


def interactive_output(f, controls):
    """An Output widget showing f(**values of controls), rerun on each change.

    Unlike interact, no controls are displayed: lay them out yourself."""
    out = Output()

    def observer(change):
        kwargs = {k: v.value for k, v in controls.items()}
        with out:
            _clear_output(wait=True)
            f(**kwargs)
    for k, w in controls.items():
        w.observe(observer, "value")
    observer(None)
    return out


def _matches(o, pattern):
    """Whether o is a sequence of instances of pattern's types, in order."""
    if not len(o) == len(pattern):
        return False
    return all(isinstance(obj, kind) for obj, kind in zip(o, pattern))


def _get_min_max_value(min, max, value=None, step=None):
    """(min, max, value) with the missing ones inferred, as interact does."""
    if value is None:
        if min is None or max is None:
            raise ValueError("unable to infer range, value from: ({}, {}, {})".format(min, max, value))
        diff = max - min
        value = min + (diff / 2)
        # Keep the type of the range (an int slider stays int).
        if not isinstance(value, type(diff)):
            value = min + (diff // 2)
    else:
        if not isinstance(value, Real):
            raise TypeError("expected a real number, got: %r" % value)
        if value == 0:
            vrange = (value, value + 1)
        elif value > 0:
            vrange = (-value, 3 * value)
        else:
            vrange = (3 * value, -value)
        if min is None:
            min = vrange[0]
        if max is None:
            max = vrange[1]
    if step is not None:
        # Put value on a step.
        tick = int((value - min) / step)
        value = min + tick * step
    if not min <= value <= max:
        raise ValueError("value must be between min and max (min={}, value={}, max={})".format(min, value, max))
    return min, max, value


def _yield_abbreviations_for_parameter(param, kwargs):
    name = param.name
    kind = param.kind
    ann = param.annotation
    default = param.default
    not_found = (name, empty, empty)
    if kind in (Parameter.POSITIONAL_OR_KEYWORD, Parameter.KEYWORD_ONLY):
        if name in kwargs:
            value = kwargs.pop(name)
        elif ann is not empty:
            value = ann
        elif default is not empty:
            value = default
        else:
            yield not_found
            return
        yield (name, value, default)
    elif kind == Parameter.VAR_KEYWORD:
        # The **kwargs take the abbreviations nobody else took.
        for k, v in kwargs.copy().items():
            kwargs.pop(k)
            yield k, v, empty


class interactive(VBox):
    """A VBox of controls for f's arguments and an Output showing f's result.

    interactive(f, x=10) makes the controls from the abbreviations; each
    change of a control's value calls f again (or the button does, with
    manual=True in the options)."""

    def __init__(*args, **kwargs):
        # interactive(f, options={}, **abbreviations): positional-only in
        # effect, so an argument of f may be called 'f' or 'options'.
        self, f = args[0], args[1]
        options = args[2] if len(args) > 2 else {}
        VBox.__init__(self, _dom_classes=["widget-interact"])
        self.result = None
        self.args = []
        self.kwargs = {}
        self.f = f
        self.clear_output = kwargs.pop("clear_output", True)
        self.manual = options.get("manual", False)
        self.manual_name = options.get("manual_name", "Run Interact")
        self.auto_display = options.get("auto_display", False)

        new_kwargs = self.find_abbreviations(kwargs)
        widgets = self.widgets_from_abbreviations(new_kwargs)
        self.kwargs_widgets = widgets
        if self.manual:
            self.manual_button = Button(description=self.manual_name)
        c = [w for w in widgets if isinstance(w, DOMWidget)]
        if self.manual:
            c.append(self.manual_button)
        self.out = Output()
        c.append(self.out)
        self.children = c

        if self.manual:
            self.manual_button.on_click(self.update)
            # Enter in a text box runs it too.
            for w in self.kwargs_widgets:
                if isinstance(w, Text):
                    w.continuous_update = False
                    w.observe(self.update, names="value")
        else:
            for widget in self.kwargs_widgets:
                widget.observe(self.update, names="value")
            self.update()

    def update(self, *args):
        """Call f with the controls' values; its output goes to the Output."""
        self.kwargs = {}
        if self.manual:
            self.manual_button.disabled = True
        try:
            show_inline_matplotlib_plots()
            with self.out:
                if self.clear_output:
                    _clear_output(wait=True)
                for widget in self.kwargs_widgets:
                    value = widget.get_interact_value()
                    self.kwargs[widget._kwarg] = value
                self.result = self.f(**self.kwargs)
                show_inline_matplotlib_plots()
                if self.auto_display and self.result is not None:
                    _display(self.result)
        except Exception:
            if _get_ipython() is None:
                raise
            _show_traceback()
        finally:
            if self.manual:
                self.manual_button.disabled = False

    def signature(self):
        return signature(self.f)

    def find_abbreviations(self, kwargs):
        """[(name, abbreviation, default)] for f's parameters and kwargs."""
        new_kwargs = []
        try:
            sig = self.signature()
        except (ValueError, TypeError):
            # A builtin without a signature: only the kwargs.
            return [(key, value, value) for key, value in kwargs.items()]
        for param in sig.parameters.values():
            for name, value, default in _yield_abbreviations_for_parameter(param, kwargs):
                if value is empty:
                    raise ValueError("cannot find widget or abbreviation for argument: {!r}".format(name))
                new_kwargs.append((name, value, default))
        return new_kwargs

    def widgets_from_abbreviations(self, seq):
        """The control for each (name, abbreviation, default)."""
        result = []
        for name, abbrev, default in seq:
            if isinstance(abbrev, Widget_types()) and not isinstance(abbrev, ValueWidget):
                raise TypeError("{!r} is not a ValueWidget".format(abbrev))
            widget = self.widget_from_abbrev(abbrev, default)
            if widget is None:
                raise ValueError("{!r} cannot be transformed to a widget".format(abbrev))
            if not (isinstance(widget, ValueWidget) or isinstance(widget, fixed)):
                raise TypeError("{!r} is not a ValueWidget".format(widget))
            if not widget.description:
                widget.description = name
            widget._kwarg = name
            result.append(widget)
        return result

    @classmethod
    def widget_from_abbrev(cls, abbrev, default=empty):
        """The control an abbreviation stands for (a widget or fixed is kept)."""
        if isinstance(abbrev, ValueWidget) or isinstance(abbrev, fixed):
            return abbrev
        if isinstance(abbrev, tuple):
            widget = cls.widget_from_tuple(abbrev)
            if default is not empty:
                try:
                    widget.value = default
                except Exception:
                    # The default may not fit: keep the widget's.
                    pass
            return widget
        widget = cls.widget_from_single_value(abbrev)
        if widget is not None:
            return widget
        if isinstance(abbrev, Iterable):
            widget = cls.widget_from_iterable(abbrev)
            if default is not empty:
                try:
                    widget.value = default
                except Exception:
                    pass
            return widget
        return None

    @staticmethod
    def widget_from_single_value(o):
        """Text for a str, Checkbox for a bool, a slider for a number."""
        if isinstance(o, str):
            return Text(value=str(o))
        if isinstance(o, bool):
            return Checkbox(value=o)
        if isinstance(o, Integral):
            min, max, value = _get_min_max_value(None, None, o)
            return IntSlider(value=o, min=min, max=max)
        if isinstance(o, Real):
            min, max, value = _get_min_max_value(None, None, o)
            return FloatSlider(value=o, min=min, max=max)
        return None

    @staticmethod
    def widget_from_tuple(o):
        """A slider for (min, max) or (min, max, step)."""
        if _matches(o, (Real, Real)):
            min, max, value = _get_min_max_value(o[0], o[1])
            if all(isinstance(_, Integral) for _ in o):
                cls = IntSlider
            else:
                cls = FloatSlider
            return cls(value=value, min=min, max=max)
        if _matches(o, (Real, Real, Real)):
            step = o[2]
            if step <= 0:
                raise ValueError("step must be >= 0, not %r" % step)
            min, max, value = _get_min_max_value(o[0], o[1], step=step)
            if all(isinstance(_, Integral) for _ in o):
                cls = IntSlider
            else:
                cls = FloatSlider
            return cls(value=value, min=min, max=max, step=step)
        return None

    @staticmethod
    def widget_from_iterable(o):
        """A Dropdown of a list, dict or other iterable's items."""
        if isinstance(o, (list, dict)):
            return Dropdown(options=o)
        if isinstance(o, Mapping):
            return Dropdown(options=list(o.items()))
        return Dropdown(options=list(o))

    @classmethod
    def factory(cls):
        options = cls.default_options()
        return _InteractFactory(cls, options)

    @staticmethod
    def default_options():
        return dict(manual=False, auto_display=True, manual_name="Run Interact")


def Widget_types():
    from .widget import Widget
    return (Widget,)


class _InteractFactory:
    """interact: interact(f, **abbreviations), @interact, @interact(x=...), interact.options(...)."""

    def __init__(self, cls, options, kwargs={}):
        self.cls = cls
        self.opts = options
        self.kwargs = kwargs

    def widget(self, f):
        """The interactive widget for f, not displayed."""
        return self.cls(f, self.opts, **self.kwargs)

    def __call__(*args, **kwargs):
        # interact(f=None, **abbreviations), f positional only in effect.
        self = args[0]
        f = args[1] if len(args) > 1 else None
        if f is None:
            # @interact(x=...): a factory that remembers the abbreviations.
            kw = dict(self.kwargs)
            kw.update(kwargs)
            return self.__class__(self.cls, self.opts, kw)
        if kwargs:
            kw = dict(self.kwargs)
            kw.update(kwargs)
            return self.__class__(self.cls, self.opts, kw)(f)
        w = self.widget(f)
        try:
            f.widget = w
        except AttributeError:
            # A bound method cannot take attributes: set it on the function.
            f = f.__func__
            f.widget = w
        _display(w)
        return f

    def options(self, **kwds):
        """A factory with changed options (manual, manual_name, auto_display)."""
        opts = dict(self.opts)
        for k in kwds:
            if k not in opts:
                raise ValueError("invalid option {!r}".format(k))
        opts.update(kwds)
        return self.__class__(self.cls, opts, self.kwargs)


class fixed(HasTraits):
    """A value interact passes to the function as it is, with no control."""
    value = Any(help="Any Python object")
    description = Unicode("", help="Any Python object")

    def __init__(self, value, **kwargs):
        super().__init__(value=value, **kwargs)

    def get_interact_value(self):
        """The value interact passes on."""
        return self.value


interact = interactive.factory()
interact_manual = interact.options(manual=True, manual_name="Run Interact")
