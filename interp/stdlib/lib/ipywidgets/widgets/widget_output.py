# This file defines Output, the widget that shows captured output. Inside
# `with out:` its msg_id is the running request's (get_ipython().kernel.
# get_parent()), and the frontend routes the outputs of that request into
# the widget instead of the cell; append_stdout and friends add outputs
# through the synced outputs list.

"""Output."""

import sys
import traceback

from traitlets import Dict, Unicode

from .._version import __jupyter_widgets_output_version__
from .domwidget import DOMWidget
from .trait_types import TypedTuple
from .widget import _get_ipython, register


@register
class Output(DOMWidget):
    """Captures output: `with out: print(...)`, out.capture(), append_stdout(text)."""
    _view_name = Unicode("OutputView").tag(sync=True)
    _model_name = Unicode("OutputModel").tag(sync=True)
    _view_module = Unicode("@jupyter-widgets/output").tag(sync=True)
    _model_module = Unicode("@jupyter-widgets/output").tag(sync=True)
    _view_module_version = Unicode(__jupyter_widgets_output_version__).tag(sync=True)
    _model_module_version = Unicode(__jupyter_widgets_output_version__).tag(sync=True)

    msg_id = Unicode("", help="Parent message id of messages to capture").tag(sync=True)
    outputs = TypedTuple(trait=Dict(), help="The output messages synced from the frontend.").tag(sync=True)

    _nesting = 0

    def clear_output(self, *pargs, **kwargs):
        """Clear the widget's outputs (wait=True: at the next output)."""
        from IPython.display import clear_output
        with self:
            clear_output(*pargs, **kwargs)

    def capture(self, clear_output=False, *clear_args, **clear_kwargs):
        """Decorator: run the function inside `with self:` (clearing first if asked)."""
        def capture_decorator(func):
            import functools

            @functools.wraps(func)
            def inner(*args, **kwargs):
                if clear_output:
                    self.clear_output(*clear_args, **clear_kwargs)
                with self:
                    return func(*args, **kwargs)
            return inner
        return capture_decorator

    def __enter__(self):
        """Route the running request's outputs into this widget."""
        self._flush()
        kernel = None
        ip = _get_ipython()
        if ip is not None and getattr(ip, "kernel", None) is not None:
            kernel = ip.kernel
        elif self.comm is not None and getattr(self.comm, "kernel", None) is not None:
            kernel = self.comm.kernel
        if kernel is not None:
            parent = None
            if hasattr(kernel, "get_parent"):
                parent = kernel.get_parent()
            elif hasattr(kernel, "_parent_header"):
                parent = kernel._parent_header
            if parent and parent.get("header"):
                self.msg_id = parent["header"]["msg_id"]
                self._nesting += 1

    def __exit__(self, etype, evalue, tb):
        """Stop capturing; an exception is shown in the widget and swallowed under a kernel."""
        shown = False
        if etype is not None:
            ip = _get_ipython()
            if ip is not None:
                traceback.print_exception(etype, evalue, tb)
                shown = True
        self._flush()
        if self._nesting > 0:
            self._nesting -= 1
            if self._nesting == 0:
                self.msg_id = ""
        return True if shown else None

    def _flush(self):
        sys.stdout.flush()
        sys.stderr.flush()

    def _append_stream_output(self, text, stream_name):
        self.outputs += ({"output_type": "stream", "name": stream_name, "text": text},)

    def append_stdout(self, text):
        """Add text as stdout output."""
        self._append_stream_output(text, stream_name="stdout")

    def append_stderr(self, text):
        """Add text as stderr output."""
        self._append_stream_output(text, stream_name="stderr")

    def append_display_data(self, display_object):
        """Add the rich display of display_object as an output."""
        import _adder_display
        data, metadata = _adder_display.format(display_object, None, None)
        self.outputs += ({"output_type": "display_data", "data": data, "metadata": metadata},)
