# This file defines Widget, the kernel side of one widget model: its synced
# traits (tag(sync=True)) go to the frontend in comm_open and 'update'
# messages; the frontend's 'update', 'request_state' and 'custom' messages
# come back through the comm. It also holds the buffer helpers (binary
# values travel as message buffers, named by buffer_paths), widget
# references ("IPY_MODEL_<id>"), the model registry and the
# 'jupyter.widget' / 'jupyter.widget.control' comm targets.

"""The Widget base class and the widget messaging protocol."""

import json
import logging
import os
import traceback
from contextlib import contextmanager

from traitlets import Any, Container, Dict, HasTraits, Instance, List, Undefined, Unicode, default, observe

from .._version import (__protocol_version__, __control_protocol_version__,
                        __jupyter_widgets_base_version__)

# Echo updates (protocol 2.1): on by default, as in ipywidgets 8.
JUPYTER_WIDGETS_ECHO = os.environ.get("JUPYTER_WIDGETS_ECHO", "1").lower() not in ("0", "false", "no", "off", "")

_instances = {}
_log = logging.getLogger("ipywidgets")


def _get_ipython():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _show_traceback():
    """Show the exception being handled as IPython shows a cell's."""
    ip = _get_ipython()
    if ip is not None and hasattr(ip, "showtraceback"):
        ip.showtraceback()
    else:
        traceback.print_exc()


# --- binary buffers --------------------------------------------------------


def _binary_types():
    # memoryview where the interpreter has it.
    kinds = [bytes, bytearray]
    mv = getattr(__import__("builtins"), "memoryview", None)
    if mv is not None:
        kinds.append(mv)
    return tuple(kinds)


_BINARY = _binary_types()


def _separate_buffers(substate, path, buffer_paths, buffers):
    # Returns substate without its binary values (copied only where one
    # was removed); paths and buffers are appended in traversal order.
    if isinstance(substate, (list, tuple)):
        out = None
        for i, v in enumerate(substate):
            if isinstance(v, _BINARY):
                if out is None:
                    out = list(substate)
                out[i] = None
                buffers.append(v)
                buffer_paths.append(path + [i])
            elif isinstance(v, (dict, list, tuple)):
                vnew = _separate_buffers(v, path + [i], buffer_paths, buffers)
                if v is not vnew:
                    if out is None:
                        out = list(substate)
                    out[i] = vnew
        return substate if out is None else out
    if isinstance(substate, dict):
        out = None
        for k, v in substate.items():
            if isinstance(v, _BINARY):
                if out is None:
                    out = dict(substate)
                del out[k]
                buffers.append(v)
                buffer_paths.append(path + [k])
            elif isinstance(v, (dict, list, tuple)):
                vnew = _separate_buffers(v, path + [k], buffer_paths, buffers)
                if v is not vnew:
                    if out is None:
                        out = dict(substate)
                    out[k] = vnew
        return substate if out is None else out
    raise ValueError("expected state to be a list or dict, not %r" % (substate,))


def _remove_buffers(state):
    """Split state into (state without binary values, buffer_paths, buffers)."""
    buffer_paths, buffers = [], []
    state = _separate_buffers(state, [], buffer_paths, buffers)
    return state, buffer_paths, [bytes(b) for b in buffers]


def _put_buffers(state, buffer_paths, buffers):
    """Put each buffer back into state at its path."""
    for path, buf in zip(buffer_paths, buffers):
        obj = state
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = bytes(buf) if not isinstance(buf, bytes) else buf


def _buffer_list_equal(a, b):
    if len(a) != len(b):
        return False
    return all(bytes(x) == bytes(y) for x, y in zip(a, b))


# --- widget references -----------------------------------------------------


def _widget_to_json(x, obj):
    if isinstance(x, dict):
        return {k: _widget_to_json(v, obj) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_widget_to_json(v, obj) for v in x]
    if isinstance(x, Widget):
        return "IPY_MODEL_" + x.model_id
    return x


def _json_to_widget(x, obj):
    if isinstance(x, dict):
        return {k: _json_to_widget(v, obj) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_json_to_widget(v, obj) for v in x]
    if isinstance(x, str) and x.startswith("IPY_MODEL_") and x[10:] in _instances:
        return _instances[x[10:]]
    return x


widget_serialization = {"from_json": _json_to_widget, "to_json": _widget_to_json}


# --- registry --------------------------------------------------------------


class WidgetRegistry:
    """Widget classes by (model module, version, name, view module, version, name)."""

    def __init__(self):
        self._registry = {}

    def register(self, model_module, model_module_version_range, model_name, view_module,
                 view_module_version_range, view_name, klass):
        self._registry[(model_module, model_module_version_range, model_name,
                        view_module, view_module_version_range, view_name)] = klass

    def get(self, model_module, model_module_version, model_name, view_module, view_module_version, view_name):
        key = (model_module, model_module_version, model_name, view_module, view_module_version, view_name)
        if key in self._registry:
            return self._registry[key]
        for k, klass in self._registry.items():
            if k[0] == model_module and k[2] == model_name:
                return klass
        raise KeyError(key)

    def items(self):
        return self._registry.items()


def register(widget):
    """Class decorator: record widget in the registry the frontend can create from."""
    w = widget.class_traits()
    Widget._widget_types.register(w["_model_module"].default_value, w["_model_module_version"].default_value,
                                  w["_model_name"].default_value, w["_view_module"].default_value,
                                  w["_view_module_version"].default_value, w["_view_name"].default_value, widget)
    return widget


# --- callbacks -------------------------------------------------------------


class LoggingHasTraits(HasTraits):
    """HasTraits with a log attribute."""
    log = Instance("logging.Logger")

    @default("log")
    def _log_default(self):
        return _log


class CallbackDispatcher(LoggingHasTraits):
    """A list of callbacks called in order; exceptions are shown, not raised."""

    callbacks = List()

    def __call__(self, *args, **kwargs):
        value = None
        for callback in self.callbacks:
            try:
                local_value = callback(*args, **kwargs)
            except Exception:
                _show_traceback()
            else:
                value = local_value if local_value is not None else value
        return value

    def register_callback(self, callback, remove=False):
        """Add callback, or remove it when remove is true."""
        if remove and callback in self.callbacks:
            self.callbacks.remove(callback)
        elif not remove and callback not in self.callbacks:
            self.callbacks.append(callback)


# --- Widget ----------------------------------------------------------------


class Widget(LoggingHasTraits):
    """The kernel side of a widget model, synced with the frontend over a comm."""

    _widget_construction_callback = None
    _control_comm = None
    _widget_types = WidgetRegistry()
    widgets = _instances
    _model_id = None

    @staticmethod
    def on_widget_constructed(callback):
        """Call callback(widget) each time a widget is constructed."""
        Widget._widget_construction_callback = callback

    @staticmethod
    def _call_widget_constructed(widget):
        if Widget._widget_construction_callback is not None and callable(Widget._widget_construction_callback):
            Widget._widget_construction_callback(widget)

    @classmethod
    def close_all(cls):
        for widget in list(_instances.values()):
            widget.close()

    @staticmethod
    def handle_control_comm_opened(comm, msg):
        """The frontend asks for every widget's state ('jupyter.widget.control')."""
        version = msg.get("metadata", {}).get("version", "")
        if version.split(".")[0] != __control_protocol_version__.split(".")[0]:
            raise ValueError("Incompatible widget control protocol versions: received version %r, expected version %r"
                             % (version, __control_protocol_version__))
        Widget._control_comm = comm
        comm.on_msg(Widget._handle_control_comm_msg)

    @classmethod
    def _handle_control_comm_msg(cls, msg):
        if cls._control_comm is None:
            raise RuntimeError("Control comm has not been properly opened")
        data = msg["content"]["data"]
        method = data["method"]
        if method == "request_states":
            full_state = {}
            drop_defaults = False
            for widget in list(_instances.values()):
                full_state[widget.model_id] = {
                    "model_name": widget._model_name,
                    "model_module": widget._model_module,
                    "model_module_version": widget._model_module_version,
                    "state": widget.get_state(drop_defaults=drop_defaults),
                }
            full_state, buffer_paths, buffers = _remove_buffers(full_state)
            cls._control_comm.send(dict(method="update_states", states=full_state, buffer_paths=buffer_paths),
                                   buffers=buffers)
        else:
            raise RuntimeError('Unknown front-end to back-end widget control msg with method "%s"' % method)

    @staticmethod
    def get_manager_state(drop_defaults=False, widgets=None):
        """The widget-state JSON of widgets (default: all open ones), as notebooks store it."""
        state = {}
        if widgets is None:
            widgets = _instances.values()
        for widget in widgets:
            state[widget.model_id] = widget._get_embed_state(drop_defaults=drop_defaults)
        return {"version_major": 2, "version_minor": 0, "state": state}

    def _get_embed_state(self, drop_defaults=False):
        state = {
            "model_name": self._model_name,
            "model_module": self._model_module,
            "model_module_version": self._model_module_version,
        }
        model_state, buffer_paths, buffers = _remove_buffers(self.get_state(drop_defaults=drop_defaults))
        state["state"] = model_state
        if len(buffers) > 0:
            import base64
            state["buffers"] = [{"encoding": "base64", "path": p, "data": base64.b64encode(b).decode("ascii")}
                                for p, b in zip(buffer_paths, buffers)]
        return state

    def get_view_spec(self):
        """The widget-view JSON that displays this widget."""
        return dict(version_major=2, version_minor=0, model_id=self._model_id)

    @staticmethod
    def handle_comm_opened(comm, msg):
        """A widget model created by the frontend ('jupyter.widget')."""
        data = msg["content"]["data"]
        state = data["state"]
        _put_buffers(state, data.get("buffer_paths", []), msg.get("buffers", []))
        widget_class = Widget._widget_types.get(state["_model_module"], state["_model_module_version"],
                                                state["_model_name"], state["_view_module"],
                                                state["_view_module_version"], state["_view_name"])
        widget = widget_class(comm=comm)
        if "buffer_paths" in data:
            _put_buffers(state, data["buffer_paths"], msg["buffers"])
        widget.set_state(state)

    # The synced model identity.
    _model_name = Unicode("WidgetModel", help="Name of the model.", read_only=True).tag(sync=True)
    _model_module = Unicode("@jupyter-widgets/base", help="The namespace for the model.", read_only=True).tag(sync=True)
    _model_module_version = Unicode(__jupyter_widgets_base_version__,
                                    help="A semver requirement for namespace version containing the model.",
                                    read_only=True).tag(sync=True)
    _view_name = Unicode(None, allow_none=True, help="Name of the view.").tag(sync=True)
    _view_module = Unicode(None, allow_none=True, help="The namespace for the view.").tag(sync=True)
    _view_module_version = Unicode("", help="A semver requirement for the namespace version containing the view.").tag(sync=True)

    _view_count = Any(None, allow_none=True)
    _msg_callbacks = Instance(CallbackDispatcher, ())
    comm = Any(allow_none=True)
    keys = List(help="The traits which are synced.")

    @default("keys")
    def _default_keys(self):
        return [name for name in self.traits(sync=True)]

    def __init__(self, **kwargs):
        self._property_lock = {}
        self._holding_sync = False
        self._states_to_send = set()
        super().__init__(**kwargs)
        Widget._call_widget_constructed(self)
        self.open()

    # The comm.

    def open(self):
        """Open the comm to the frontend with the full state (done by __init__)."""
        if self.comm is None:
            import comm
            state, buffer_paths, buffers = _remove_buffers(self.get_state())
            args = dict(target_name="jupyter.widget", data={"state": state, "buffer_paths": buffer_paths},
                        buffers=buffers, metadata={"version": __protocol_version__})
            if self._model_id is not None:
                args["comm_id"] = self._model_id
            self.comm = comm.create_comm(**args)

    @observe("comm")
    def _comm_changed(self, change):
        if change["new"] is None:
            return
        self._model_id = self.model_id
        self.comm.on_msg(self._handle_msg)
        _instances[self.model_id] = self

    @property
    def model_id(self):
        """The model's id: its comm's id."""
        return self.comm.comm_id

    def close(self):
        """Close the comm: the frontend forgets the model and its views."""
        if self.comm is not None:
            _instances.pop(self.model_id, None)
            self.comm.close()
            self.comm = None
            self._repr_mimebundle_ = None

    # State.

    def send_state(self, key=None):
        """Send the state of key (a name, names, or all) in an 'update'."""
        state = self.get_state(key=key)
        if len(state) > 0:
            if self._property_lock:
                for name, value in state.items():
                    if name in self._property_lock:
                        self._property_lock[name] = value
            state, buffer_paths, buffers = _remove_buffers(state)
            msg = {"method": "update", "state": state, "buffer_paths": buffer_paths}
            self._send(msg, buffers=buffers)

    def get_state(self, key=None, drop_defaults=False):
        """The JSON-able state of key (a name, names, or all synced traits)."""
        if key is None:
            keys = self.keys
        elif isinstance(key, str):
            keys = [key]
        elif hasattr(key, "__iter__"):
            keys = key
        else:
            raise ValueError("key must be a string, an iterable of keys, or None")
        state = {}
        traits = self.traits()
        for k in keys:
            to_json = self.trait_metadata(k, "to_json", self._trait_to_json)
            value = to_json(getattr(self, k), self)
            if not drop_defaults or not self._compare(value, traits[k].default_value):
                state[k] = value
        return state

    def _is_numpy(self, x):
        return type(x).__name__ == "ndarray"

    def _compare(self, a, b):
        if self._is_numpy(a) or self._is_numpy(b):
            import numpy as np
            return np.array_equal(a, b)
        return a == b

    def set_state(self, sync_data):
        """Apply state from the frontend: no 'update' goes back for it (echo_update does)."""
        if self.comm is not None and getattr(self.comm, "kernel", True) is not None and JUPYTER_WIDGETS_ECHO:
            echo_state = {}
            for attr, value in sync_data.items():
                if attr in self.keys and self.trait_metadata(attr, "echo_update", default=True):
                    echo_state[attr] = value
            if echo_state:
                echo_state, echo_buffer_paths, echo_buffers = _remove_buffers(echo_state)
                msg = {"method": "echo_update", "state": echo_state, "buffer_paths": echo_buffer_paths}
                self._send(msg, buffers=echo_buffers)
        with self._lock_property(**sync_data), self.hold_trait_notifications():
            for name in sync_data:
                if name in self.keys:
                    from_json = self.trait_metadata(name, "from_json", self._trait_from_json)
                    self.set_trait(name, from_json(sync_data[name], self))

    def send(self, content, buffers=None):
        """Send a 'custom' message with content (and buffers) to the frontend."""
        self._send({"method": "custom", "content": content}, buffers=buffers)

    def on_msg(self, callback, remove=False):
        """Call callback(widget, content, buffers) for the frontend's custom messages."""
        self._msg_callbacks.register_callback(callback, remove=remove)

    def add_traits(self, **traits):
        super().add_traits(**traits)
        for name, trait in traits.items():
            if trait.get_metadata("sync"):
                self.keys.append(name)
                self.send_state(name)

    def notify_change(self, change):
        """Send a changed synced trait to the frontend, then tell the observers."""
        comm = self.comm
        if comm is not None and getattr(comm, "kernel", True) is not None:
            name = change["name"]
            if name in self.keys and self._should_send_property(name, getattr(self, name)):
                self.send_state(key=name)
        super().notify_change(change)

    def __repr__(self):
        return self._gen_repr_from_keys(self._repr_keys())

    # Internals.

    @contextmanager
    def _lock_property(self, **properties):
        self._property_lock = properties
        try:
            yield
        finally:
            self._property_lock = {}

    @contextmanager
    def hold_sync(self):
        """Send the changes made in the block as one 'update'."""
        if self._holding_sync is True:
            yield
        else:
            try:
                self._holding_sync = True
                yield
            finally:
                self._holding_sync = False
                self.send_state(self._states_to_send)
                self._states_to_send.clear()

    def _should_send_property(self, key, value):
        to_json = self.trait_metadata(key, "to_json", self._trait_to_json)
        if key in self._property_lock:
            split_value = _remove_buffers({key: to_json(value, self)})
            split_lock = _remove_buffers({key: self._property_lock[key]})
            if (json.loads(json.dumps(split_value[0])) == split_lock[0]
                    and split_value[1] == split_lock[1]
                    and _buffer_list_equal(split_value[2], split_lock[2])):
                if self._holding_sync:
                    self._states_to_send.discard(key)
                return False
        if self._holding_sync:
            self._states_to_send.add(key)
            return False
        return True

    def _handle_msg(self, msg):
        data = msg["content"]["data"]
        method = data["method"]
        if method == "update":
            if "state" in data:
                state = data["state"]
                if "buffer_paths" in data:
                    _put_buffers(state, data["buffer_paths"], msg["buffers"])
                self.set_state(state)
        elif method == "request_state":
            self.send_state()
        elif method == "custom":
            if "content" in data:
                self._handle_custom_msg(data["content"], msg["buffers"])
        else:
            self.log.error('Unknown front-end to back-end widget msg with method "%s"' % method)

    def _handle_custom_msg(self, content, buffers):
        self._msg_callbacks(self, content, buffers)

    @staticmethod
    def _trait_to_json(x, self):
        return x

    @staticmethod
    def _trait_from_json(x, self):
        return x

    def _repr_mimebundle_(self, **kwargs):
        plaintext = repr(self)
        if len(plaintext) > 110:
            plaintext = plaintext[:110] + "\u2026"
        data = {"text/plain": plaintext}
        if self._view_name is not None:
            data["application/vnd.jupyter.widget-view+json"] = {
                "version_major": 2,
                "version_minor": 0,
                "model_id": self._model_id,
            }
        return data

    def _send(self, msg, buffers=None):
        if self.comm is not None and (self.comm.kernel is not None if hasattr(self.comm, "kernel") else True):
            self.comm.send(data=msg, buffers=buffers)

    def _repr_keys(self):
        traits = self.traits()
        for key in sorted(self.keys):
            if key[0] == "_":
                continue
            value = getattr(self, key)
            trait = traits[key]
            if self._compare(value, trait.default_value):
                continue
            if (isinstance(trait, (Container, Dict)) and trait.default_value is Undefined
                    and (value is None or len(value) == 0)):
                continue
            yield key

    def _gen_repr_from_keys(self, keys):
        class_name = self.__class__.__name__
        signature = ", ".join("%s=%r" % (key, getattr(self, key)) for key in keys)
        return "%s(%s)" % (class_name, signature)


def _register_comm_targets():
    """Let frontends open 'jupyter.widget' and 'jupyter.widget.control' comms."""
    try:
        import comm
    except ImportError:
        return
    manager = comm.get_comm_manager()
    if manager is None:
        return
    manager.register_target("jupyter.widget", Widget.handle_comm_opened)
    manager.register_target("jupyter.widget.control", Widget.handle_control_comm_opened)
