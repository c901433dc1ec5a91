# This file defines FileUpload: the frontend sends the chosen files in an
# update of value, each {name, type, size, last_modified (ms), content}
# with content as a message buffer; value holds them as dicts with content
# bytes and last_modified a UTC datetime.

"""FileUpload."""

import datetime

from traitlets import Bool, CaselessStrEnum, Dict, Unicode

from .trait_types import InstanceDict, TypedTuple
from .valuewidget import ValueWidget
from .widget import register, widget_serialization
from .widget_button import ButtonStyle
from .widget_core import CoreWidget
from .widget_description import DescriptionWidget

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _deserialize_single_file(js):
    uploaded_file = {}
    for attribute in ["name", "type", "size", "content"]:
        uploaded_file[attribute] = js[attribute]
    uploaded_file["content"] = bytes(uploaded_file["content"])
    uploaded_file["last_modified"] = _EPOCH + datetime.timedelta(milliseconds=js["last_modified"])
    return uploaded_file


def _serialize_single_file(uploaded_file):
    js = {}
    for attribute in ["name", "type", "size", "content"]:
        js[attribute] = uploaded_file[attribute]
    delta = uploaded_file["last_modified"] - _EPOCH
    js["last_modified"] = int(delta.total_seconds() * 1000)
    return js


def _deserialize_value(js, _):
    return [_deserialize_single_file(entry) for entry in js]


def _serialize_value(value, _):
    return [_serialize_single_file(entry) for entry in value]


_value_serialization = {"from_json": _deserialize_value, "to_json": _serialize_value}


@register
class FileUpload(DescriptionWidget, ValueWidget, CoreWidget):
    """A button that uploads files from the browser into value."""
    _model_name = Unicode("FileUploadModel").tag(sync=True)
    _view_name = Unicode("FileUploadView").tag(sync=True)

    accept = Unicode(help="File types to accept, empty string for all").tag(sync=True)
    multiple = Bool(help="If True, allow for multiple files upload").tag(sync=True)
    disabled = Bool(help="Enable or disable button").tag(sync=True)
    icon = Unicode("upload", help="Font-awesome icon name, without the 'fa-' prefix.").tag(sync=True)
    button_style = CaselessStrEnum(values=["primary", "success", "info", "warning", "danger", ""], default_value="",
                                   help="Use a predefined styling for the button.").tag(sync=True)
    style = InstanceDict(ButtonStyle).tag(sync=True, **widget_serialization)
    error = Unicode(help="Error message").tag(sync=True)
    value = TypedTuple(Dict(), help="The file upload value").tag(sync=True, echo_update=False, **_value_serialization)

    def clear(self):
        """Forget the uploaded files."""
        self.value = ()
