# This file is adder's ipywidgets package: interactive controls that talk
# to JupyterLab / Notebook / VS Code over comms with the Jupyter widget
# messaging protocol 2.1 (@jupyter-widgets/base and controls 2.0.0, output
# 1.0.0). It is written for adder from the protocol and model-state
# specifications; the widget classes are in ipywidgets.widgets.

"""Interactive HTML widgets for Jupyter notebooks (the ipywidgets 8 API)."""

from ._version import (__version__, version_info, __protocol_version__, __control_protocol_version__,
                       __jupyter_widgets_base_version__, __jupyter_widgets_controls_version__)
from traitlets import link, dlink
from .widgets import *
from . import widgets


def load_ipython_extension(ip):
    """Nothing to set up: adder registers the comm targets on import."""


def register_comm_target(kernel=None):
    """Register the widget comm targets (done on import under a kernel)."""
    from .widgets.widget import _register_comm_targets
    _register_comm_targets()


from .widgets.widget import _register_comm_targets as _reg  # noqa: E402
_reg()
del _reg

from . import embed  # noqa: E402
from .embed import embed_minimal_html  # noqa: E402
