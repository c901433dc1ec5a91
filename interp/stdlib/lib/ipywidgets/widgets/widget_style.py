# This file defines Style, the base of the style models (StyleView in
# @jupyter-widgets/base).

"""Style."""

from traitlets import Unicode

from .._version import __jupyter_widgets_base_version__
from .widget import Widget


class Style(Widget):
    """Style for a widget (the model of its 'style' attribute)."""
    _model_name = Unicode("StyleModel").tag(sync=True)
    _view_name = Unicode("StyleView").tag(sync=True)
    _view_module = Unicode("@jupyter-widgets/base").tag(sync=True)
    _view_module_version = Unicode(__jupyter_widgets_base_version__).tag(sync=True)
