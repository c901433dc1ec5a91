# This file defines CoreWidget: the widgets whose models live in
# @jupyter-widgets/controls.

"""CoreWidget."""

from traitlets import Unicode

from .._version import __jupyter_widgets_controls_version__
from .widget import Widget


class CoreWidget(Widget):
    """A widget of @jupyter-widgets/controls."""
    _model_module = Unicode("@jupyter-widgets/controls").tag(sync=True)
    _model_module_version = Unicode(__jupyter_widgets_controls_version__).tag(sync=True)
    _view_module = Unicode("@jupyter-widgets/controls").tag(sync=True)
    _view_module_version = Unicode(__jupyter_widgets_controls_version__).tag(sync=True)
