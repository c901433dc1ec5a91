# IPython.core.magic for adder: the decorators that define magics in
# Python (register_line_magic and friends for functions; Magics,
# magics_class, line_magic, cell_magic, line_cell_magic for classes).
# Registration goes through get_ipython().register_magic_function.

__all__ = ["Magics", "magics_class", "line_magic", "cell_magic", "line_cell_magic",
           "register_line_magic", "register_cell_magic", "register_line_cell_magic",
           "needs_local_scope", "no_var_expand", "on_off"]


def on_off(tag):
    """Return an ON/OFF string for a 1/0 input."""
    return ['OFF', 'ON'][tag]


def needs_local_scope(func):
    func.needs_local_scope = True
    return func


def no_var_expand(magic_func):
    magic_func._ipython_magic_no_var_expand = True
    return magic_func


def _register(kind, arg):
    from IPython import get_ipython

    def register(func, name=None):
        get_ipython().register_magic_function(func, kind, name or func.__name__)
        return func

    if callable(arg):
        return register(arg)
    if isinstance(arg, str):
        return lambda func: register(func, arg)
    raise TypeError("Unrecognized call signature for @register_%s_magic" % kind)


def register_line_magic(arg):
    """Decorator: make a function f(line) a line magic (optionally named)."""
    return _register('line', arg)


def register_cell_magic(arg):
    """Decorator: make a function f(line, cell) a cell magic."""
    return _register('cell', arg)


def register_line_cell_magic(arg):
    """Decorator: make a function f(line, cell=None) both kinds of magic."""
    return _register('line_cell', arg)


# Methods marked by the method decorators, until @magics_class collects
# them into the class's `magics` table.
_pending = {'line': {}, 'cell': {}}


def _method(kinds, arg):
    def mark(func, name=None):
        for kind in kinds:
            _pending[kind][name or func.__name__] = func.__name__
        return func

    if callable(arg):
        return mark(arg)
    if isinstance(arg, str):
        return lambda func: mark(func, arg)
    raise TypeError("Unrecognized call signature for a magic method decorator")


def line_magic(arg):
    return _method(('line',), arg)


def cell_magic(arg):
    return _method(('cell',), arg)


def line_cell_magic(arg):
    return _method(('line', 'cell'), arg)


def magics_class(cls):
    """Class decorator: collect the methods marked as magics."""
    cls.registered = True
    cls.magics = {'line': dict(_pending['line']), 'cell': dict(_pending['cell'])}
    _pending['line'].clear()
    _pending['cell'].clear()
    return cls


class Magics:
    """Base class for a group of magics defined as methods."""

    options_table = None
    magics = None
    registered = False
    shell = None

    def __init__(self, shell=None, **kwargs):
        if not self.__class__.registered:
            raise ValueError('Magics subclass without registration - '
                             'did you forget to apply @magics_class?')
        self.shell = shell
        self.options_table = {}
        self.magics = {kind: dict(table) for kind, table in self.__class__.magics.items()}
