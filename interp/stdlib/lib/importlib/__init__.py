"""A pure-Python face of adder's import system: import_module, reload and
invalidate_caches (importlib.util finds modules without importing them).
"""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """adder's finders keep no caches."""


def reload(module):
    """Execute a module's source again in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    source = None
    if filename:
        try:
            with open(filename, encoding='utf-8') as f:
                source = f.read()
        except OSError:
            source = None
    if source is None:
        import _adder_importlib
        if _adder_importlib.embedded(name) is None:
            return module  # a Go module: nothing to re-run
        # An embedded module: import a fresh copy and take its namespace.
        del sys.modules[name]
        try:
            fresh = __import__(name)
            fresh = sys.modules[name]
        finally:
            sys.modules[name] = module
        module.__dict__.update(fresh.__dict__)
        return module
    exec(compile(source, filename, 'exec'), module.__dict__)
    return module
