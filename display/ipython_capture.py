# IPython.utils.capture for adder: capture_output collects what a block
# prints and displays (the engine of %%capture), CapturedIO holds it and
# shows it again on demand, RichOutput is one captured display.
import sys
from io import StringIO

import _adder_display

__all__ = ["RichOutput", "CapturedIO", "capture_output"]


class RichOutput(object):
    """One captured display: its mimebundle, metadata and transient data."""

    def __init__(self, data=None, metadata=None, transient=None, update=False):
        self.data = data or {}
        self.metadata = metadata or {}
        self.transient = transient or {}
        self.update = update

    def display(self):
        from IPython.display import publish_display_data
        publish_display_data(data=self.data, metadata=self.metadata,
                             transient=self.transient, update=self.update)

    def _repr_mime_(self, mime):
        if mime not in self.data:
            return None
        data = self.data[mime]
        if mime in self.metadata:
            return data, self.metadata[mime]
        return data

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.data, self.metadata

    def _repr_html_(self):
        return self._repr_mime_("text/html")

    def _repr_latex_(self):
        return self._repr_mime_("text/latex")

    def _repr_json_(self):
        return self._repr_mime_("application/json")

    def _repr_javascript_(self):
        return self._repr_mime_("application/javascript")

    def _repr_png_(self):
        return self._repr_mime_("image/png")

    def _repr_jpeg_(self):
        return self._repr_mime_("image/jpeg")

    def _repr_svg_(self):
        return self._repr_mime_("image/svg+xml")


class CapturedIO(object):
    """What a capture_output block printed and displayed.

    stdout and stderr are the captured text; outputs lists the displays as
    RichOutput objects. Calling the object, or show(), replays everything.
    """

    def __init__(self, stdout, stderr, outputs=None):
        self._stdout = stdout
        self._stderr = stderr
        self._outputs = [] if outputs is None else outputs

    def __str__(self):
        return self.stdout

    @property
    def stdout(self):
        return self._stdout.getvalue() if self._stdout else ""

    @property
    def stderr(self):
        return self._stderr.getvalue() if self._stderr else ""

    @property
    def outputs(self):
        return [RichOutput(**kwargs) for kwargs in self._outputs]

    def show(self):
        """Write the captured text to sys.stdout/sys.stderr and display
        the captured outputs again."""
        if self.stdout:
            sys.stdout.write(self.stdout)
        if self.stderr:
            sys.stderr.write(self.stderr)
        for o in self.outputs:
            o.display()

    __call__ = show


class capture_output(object):
    """Context manager capturing sys.stdout, sys.stderr and displays."""

    def __init__(self, stdout=True, stderr=True, display=True):
        self.stdout = stdout
        self.stderr = stderr
        self.display = display

    def __enter__(self):
        self.sys_stdout = sys.stdout
        self.sys_stderr = sys.stderr
        stdout = stderr = outputs = None
        if self.stdout:
            stdout = sys.stdout = StringIO()
        if self.stderr:
            stderr = sys.stderr = StringIO()
        if self.display:
            outputs = []
            self.saved_capture = _adder_display.capture(outputs)
        return CapturedIO(stdout, stderr, outputs)

    def __exit__(self, exc_type, exc_value, traceback):
        sys.stdout = self.sys_stdout
        sys.stderr = self.sys_stderr
        if self.display:
            _adder_display.capture(self.saved_capture)


def _capture_result(captured, value):
    # The value of a captured cell is one more output, as IPython's
    # capturing display hook records it.
    if value is None or captured._outputs is None:
        return
    data, metadata = _adder_display.format(value)
    captured._outputs.append({"data": data, "metadata": metadata, "transient": {}, "update": False})
