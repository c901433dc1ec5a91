# The Python half of get_ipython(): the events API (register callbacks for
# pre_execute, pre_run_cell, post_execute and post_run_cell, as IPython's
# EventManager) and the ExecutionInfo/ExecutionResult objects those
# callbacks receive (the session triggers the events around every cell),
# the config object, and InteractiveShell, the base of get_ipython()'s
# class, whose attributes code sets as on IPython's.
import sys


class EventManager:
    """Callbacks the shell runs around each cell, by event name."""

    available_events = ('pre_execute', 'pre_run_cell', 'post_execute',
                        'post_run_cell', 'shell_initialized')

    def __init__(self, shell=None, available_events=None):
        self.shell = shell
        self.callbacks = {n: [] for n in (available_events or self.available_events)}

    def register(self, event, function):
        if not callable(function):
            raise TypeError('Need a callable, got %r' % function)
        if event not in self.callbacks:
            raise KeyError('Unknown event %s' % event)
        if function not in self.callbacks[event]:
            self.callbacks[event].append(function)

    def unregister(self, event, function):
        if function in self.callbacks[event]:
            return self.callbacks[event].remove(function)
        raise ValueError('Function {!r} is not registered as a {} callback'.format(function, event))

    def trigger(self, event, *args, **kwargs):
        # A failing callback is reported and the others still run, as in
        # IPython: an extension's bug must not stop the cell.
        for func in list(self.callbacks[event]):
            try:
                func(*args, **kwargs)
            except (Exception, KeyboardInterrupt):
                import traceback
                print("Error in callback {} (for {}):".format(func, event), file=sys.stderr)
                traceback.print_exc()


class ExecutionInfo:
    """What a cell is: its source and how it is run."""

    def __init__(self, raw_cell, store_history, silent, shell_futures, cell_id):
        self.raw_cell = raw_cell
        self.store_history = store_history
        self.silent = silent
        self.shell_futures = shell_futures
        self.cell_id = cell_id

    def __repr__(self):
        name = self.__class__.__qualname__
        raw_cell = ((self.raw_cell[:50] + '..') if len(self.raw_cell) > 50 else self.raw_cell)
        return '<%s object at %x, raw_cell="%s" store_history=%s silent=%s shell_futures=%s cell_id=%s>' % (
            name, id(self), raw_cell, self.store_history, self.silent, self.shell_futures, self.cell_id)


class ExecutionResult:
    """How a cell ended: its count, result and any exception."""

    def __init__(self, info):
        self.execution_count = None
        self.error_before_exec = None
        self.error_in_exec = None
        self.info = info
        self.result = None

    @property
    def success(self):
        return (self.error_before_exec is None) and (self.error_in_exec is None)

    def raise_error(self):
        if self.error_before_exec is not None:
            raise self.error_before_exec
        if self.error_in_exec is not None:
            raise self.error_in_exec

    def __repr__(self):
        name = self.__class__.__qualname__
        return '<%s object at %x, execution_count=%s error_before_exec=%s error_in_exec=%s info=%s result=%s>' % (
            name, id(self), self.execution_count, self.error_before_exec, self.error_in_exec,
            repr(self.info), repr(self.result))


def _bind_register_magics(shell):
    # get_ipython().register_magics(*objs): each object is a Magics
    # subclass (instantiated with the shell) or instance, whose methods
    # marked with @line_magic/@cell_magic become magics.
    def register_magics(*objs):
        for obj in objs:
            if isinstance(obj, type):
                obj = obj(shell)
            table = getattr(obj, 'magics', None)
            if not isinstance(table, dict):
                raise ValueError("Class or instance %r is not a Magics subclass "
                                 "decorated with @magics_class" % (obj,))
            for kind in ('line', 'cell'):
                for name, meth in table.get(kind, {}).items():
                    func = getattr(obj, meth) if isinstance(meth, str) else meth
                    shell.register_magic_function(func, kind, name)
    return register_magics


class Config(dict):
    """get_ipython().config: a dict whose sections (capitalised names, the
    configurable classes) are also attributes and appear on first use, as
    in traitlets' Config: config.InlineBackend.figure_format = 'retina'."""

    def __missing__(self, key):
        if isinstance(key, str) and key[:1].isupper():
            section = self[key] = Config()
            return section
        raise KeyError(key)

    def __getattr__(self, key):
        if key.startswith('__'):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value

    def __delattr__(self, key):
        try:
            del self[key]
        except KeyError:
            raise AttributeError(key) from None


class InteractiveShell:
    """The settings part of IPython's InteractiveShell: get_ipython()'s
    class derives from it, so InteractiveShell.ast_node_interactivity =
    'all' (the usual recipe) or %config changes the running shell."""

    __module__ = 'IPython.core.interactiveshell'

    # Which top-level statements of a cell show their value: 'last_expr'
    # (default), 'all', 'last_expr_or_assign', 'last' or 'none'.
    ast_node_interactivity = 'last_expr'
