"""Utilities for importlib (adder): find_spec, module_from_spec and
spec_from_file_location, enough to check whether a module exists and to
load a module from a file path."""

import os
import sys
import types

__all__ = ['find_spec', 'module_from_spec', 'spec_from_file_location', 'resolve_name', 'ModuleSpec']


class ModuleSpec:
    """The import-related information about a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and origin not in ('built-in', 'frozen')

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'ModuleSpec({", ".join(args)})'


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def get_filename(self, name=None):
        return self.path

    def get_source(self, name=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        module = module_from_spec(spec_from_file_location(fullname or self.name, self.path))
        sys.modules[module.__name__] = module
        self.exec_module(module)
        return module

    def __repr__(self):
        return f'<_frozen_importlib_external.SourceFileLoader object at {id(self):#x}>'


class BuiltinLoader:
    """Stands for adder's own modules (embedded or Go)."""

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        name = module.__name__
        saved = sys.modules.pop(name, None)
        try:
            __import__(name)
            module.__dict__.update(sys.modules[name].__dict__)
        finally:
            if saved is not None:
                sys.modules[name] = saved

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of the named module, or None if it cannot be found; the
    module is not imported (its parent package is)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            spec = ModuleSpec(fullname, BuiltinLoader(), origin=getattr(module, '__file__', None))
        return spec
    parent = fullname.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__path__'])
        paths = getattr(parent_module, '__path__', None)
        if paths is None:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                                      name=fullname)
    else:
        paths = sys.path
    tail = fullname.rpartition('.')[2]
    for entry in list(paths):
        base = os.path.join(entry or '.', tail)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init, submodule_search_locations=[base])
        if os.path.isfile(base + '.py'):
            return spec_from_file_location(fullname, base + '.py')
    import _adder_importlib
    found = _adder_importlib.embedded(fullname)
    if found is not None:
        return ModuleSpec(fullname, BuiltinLoader(), origin=found[0], is_package=found[1])
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, BuiltinLoader(), origin='built-in')
    return None


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a module loaded from the file at location."""
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """Create a module from spec (not yet executed)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    module.__package__ = spec.parent
    return module
