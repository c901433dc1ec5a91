# This file is the Python half of adder's comms: the API of the `comm`
# package that ipykernel 6 uses (create_comm, get_comm_manager, BaseComm,
# CommManager), run as module `comm`. The Go half (comm_module.go) binds
# _publish, which puts a message on iopub under the request being handled,
# and _new_id before this source runs; the kernel's comm requests arrive
# through _dispatch and _comm_info.

"""Jupyter comms: channels between kernel code and frontend targets."""

import logging

__version__ = "0.2.2"
__all__ = ["create_comm", "get_comm_manager", "__version__"]

logger = logging.getLogger("Comm")


class BaseComm:
    """One end of a comm: messages to and from a frontend target.

    Subclasses send through publish_msg. A comm made here (primary) opens
    its frontend peer at once; one made for a frontend's comm_open is not
    primary and is open already.
    """

    def __init__(self, target_name="comm", data=None, metadata=None, buffers=None,
                 comm_id=None, primary=True, target_module=None, topic=None,
                 _open_data=None, _close_data=None, **kwargs):
        self.comm_id = comm_id if comm_id else _new_id()
        self.primary = primary
        self.target_name = target_name
        self.target_module = target_module
        self.topic = topic if topic else ("comm-%s" % self.comm_id).encode("ascii")
        self._open_data = _open_data if _open_data else {}
        self._close_data = _close_data if _close_data else {}
        self._msg_callback = None
        self._close_callback = None
        self._closed = True
        if self.primary:
            self.open(data=data, metadata=metadata, buffers=buffers)
        else:
            self._closed = False

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        raise NotImplementedError("publish_msg Comm method is not implemented")

    def open(self, data=None, metadata=None, buffers=None):
        """Open the frontend's side of this comm."""
        if data is None:
            data = self._open_data
        manager = get_comm_manager()
        if manager is None:
            raise RuntimeError("Comms cannot be opened without a comm_manager.")
        manager.register_comm(self)
        try:
            self.publish_msg("comm_open", data=data, metadata=metadata, buffers=buffers,
                             target_name=self.target_name, target_module=self.target_module)
            self._closed = False
        except Exception:
            manager.unregister_comm(self)
            raise

    def close(self, data=None, metadata=None, buffers=None, deleting=False):
        """Close the frontend's side of this comm (once)."""
        if self._closed:
            return
        self._closed = True
        if data is None:
            data = self._close_data
        self.publish_msg("comm_close", data=data, metadata=metadata, buffers=buffers)
        if not deleting:
            get_comm_manager().unregister_comm(self)

    def send(self, data=None, metadata=None, buffers=None):
        """Send a comm_msg to the frontend's side."""
        self.publish_msg("comm_msg", data=data, metadata=metadata, buffers=buffers)

    def on_close(self, callback):
        """Call callback(msg) when the frontend closes the comm; None removes it."""
        self._close_callback = callback

    def on_msg(self, callback):
        """Call callback(msg) for each comm_msg from the frontend; None removes it."""
        self._msg_callback = callback

    def handle_close(self, msg):
        if self._close_callback:
            self._close_callback(msg)

    def handle_msg(self, msg):
        if self._msg_callback:
            self._msg_callback(msg)


class CommManager:
    """The kernel's comms by id and the targets frontends may open."""

    def __init__(self, **kwargs):
        self.comms = {}
        self.targets = {}

    def register_target(self, target_name, f):
        """Call f(comm, open_msg) when a frontend opens a comm to target_name.

        f may also be a dotted import string naming the callable.
        """
        if isinstance(f, str):
            f = _import_item(f)
        self.targets[target_name] = f

    def unregister_target(self, target_name, f):
        return self.targets.pop(target_name)

    def register_comm(self, comm):
        comm_id = comm.comm_id
        self.comms[comm_id] = comm
        return comm_id

    def unregister_comm(self, comm):
        # KeyError for a comm that is not registered, as in ipykernel.
        self.comms.pop(comm.comm_id)

    def get_comm(self, comm_id):
        """The comm with this id, or None (logged)."""
        try:
            return self.comms[comm_id]
        except KeyError:
            logger.warning("No such comm: %s", comm_id)
            return None

    # The kernel's handlers, named after the message types.

    def comm_open(self, stream, ident, msg):
        content = msg["content"]
        comm_id = content["comm_id"]
        target_name = content["target_name"]
        f = self.targets.get(target_name, None)
        comm = create_comm(comm_id=comm_id, primary=False, target_name=target_name)
        self.register_comm(comm)
        if f is None:
            logger.error("No such comm target registered: %s", target_name)
        else:
            try:
                f(comm, msg)
                return
            except Exception:
                logger.error("Exception opening comm with target: %s", target_name, exc_info=True)
        # The target is missing or failed: close the frontend's side.
        try:
            comm.close()
        except Exception:
            logger.error("Could not close comm during `comm_open` failure clean-up.  "
                         "The comm may not have been opened yet.", exc_info=True)

    def comm_msg(self, stream, ident, msg):
        comm_id = msg["content"]["comm_id"]
        comm = self.get_comm(comm_id)
        if comm is None:
            return
        try:
            comm.handle_msg(msg)
        except Exception:
            logger.error("Exception in comm_msg for %s", comm_id, exc_info=True)

    def comm_close(self, stream, ident, msg):
        comm_id = msg["content"]["comm_id"]
        comm = self.get_comm(comm_id)
        if comm is None:
            return
        comm._closed = True
        del self.comms[comm_id]
        try:
            comm.handle_close(msg)
        except Exception:
            logger.error("Exception in comm_close for %s", comm_id, exc_info=True)


BaseComm.__module__ = CommManager.__module__ = "comm.base_comm"


class Comm(BaseComm):
    """A comm of this kernel: its messages go to the frontend on iopub."""

    def __init__(self, target_name="", data=None, metadata=None, buffers=None, **kwargs):
        for name in ("kernel", "parent", "log", "config"):
            kwargs.pop(name, None)
        if target_name:
            kwargs["target_name"] = target_name
        self.kernel = _kernel()
        super().__init__(data=data, metadata=metadata, buffers=buffers, **kwargs)

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        content = dict(data={} if data is None else data, comm_id=self.comm_id, **keys)
        _publish(msg_type, _dumps(content), _dumps({} if metadata is None else metadata),
                 list(buffers) if buffers else [])


Comm.__module__ = "ipykernel.comm.comm"


class DummyComm(BaseComm):
    """A comm that sends nothing: what create_comm makes outside a kernel."""

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        pass


DummyComm.__module__ = "comm"


def _kernel():
    # The kernel object code written for ipykernel reads off a comm.
    try:
        return get_ipython().kernel
    except NameError:
        return None


def _kernel_comm_class():
    return Comm if _in_kernel else DummyComm


_comm_manager = None


def _create_comm(*args, **kwargs):
    """A new comm to a frontend target: create_comm(target_name, data=..., metadata=..., buffers=...)."""
    return _kernel_comm_class()(*args, **kwargs)


def _get_comm_manager():
    """The kernel's comm manager (also get_ipython().kernel.comm_manager)."""
    global _comm_manager
    if _comm_manager is None:
        _comm_manager = CommManager()
    return _comm_manager


create_comm = _create_comm
get_comm_manager = _get_comm_manager


def _import_item(name):
    module, _, attr = name.rpartition(".")
    if not module:
        return __import__(name)
    return getattr(__import__(module, fromlist=[attr]), attr)


def _json_default(obj):
    # What ipykernel's json_clean turns into JSON.
    if isinstance(obj, (bytes, bytearray)):
        import base64
        return base64.b64encode(bytes(obj)).decode("ascii")
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _dumps(obj):
    import json
    return json.dumps(obj, default=_json_default, ensure_ascii=False, allow_nan=False)


def _dispatch(msg_json, buffers):
    """Run the manager's handler for one message from the frontend."""
    import json
    msg = json.loads(msg_json)
    msg["buffers"] = buffers
    manager = get_comm_manager()
    getattr(manager, msg["msg_type"])(None, None, msg)


_pending = None


def _dispatch_pending():
    """Run the message the kernel stored in _pending."""
    global _pending
    msg_json, buffers = _pending
    _pending = None
    _dispatch(msg_json, buffers)


def _comm_info(target_name):
    comms = get_comm_manager().comms
    return {comm_id: comm.target_name for comm_id, comm in comms.items()
            if not target_name or comm.target_name == target_name}
