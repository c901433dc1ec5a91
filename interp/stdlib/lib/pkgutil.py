"""Utilities to support packages (adder): listing the modules on a path
(iter_modules, walk_packages), reading a package's data files (get_data),
namespace-package paths (extend_path) and resolving dotted names
(resolve_name). Embedded standard-library packages are listed from the
binary; other paths are directories scanned for .py files and packages."""

import importlib
import os
import sys
from collections import namedtuple

import _adder_importlib

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages', 'iter_modules',
           'get_data', 'read_code', 'extend_path', 'ModuleInfo', 'resolve_name']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

_ROOT = _adder_importlib.root


class _DirFinder:
    """The finder of one directory on a path (what module_finder holds)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def iter_modules(self, prefix=''):
        path = self.path
        if path.startswith(_ROOT) or path.rstrip('/') + '/' == _ROOT:
            pkg = path[len(_ROOT):].strip('/').replace('/', '.')
            for name, ispkg in sorted(_adder_importlib.names(pkg)):
                yield prefix + name, ispkg
            return
        try:
            names = sorted(os.listdir(path or '.'))
        except OSError:
            return
        seen = set()
        for fn in names:
            full = os.path.join(path, fn)
            if fn.endswith('.py') and fn != '__init__.py' and os.path.isfile(full):
                name, ispkg = fn[:-3], False
            elif os.path.isdir(full) and '.' not in fn and os.path.isfile(os.path.join(full, '__init__.py')):
                name, ispkg = fn, True
            else:
                continue
            if name not in seen:
                seen.add(name)
                yield prefix + name, ispkg


def get_importer(path_item):
    """The finder for a path entry."""
    return _DirFinder(os.fspath(path_item))


def iter_importers(fullname=""):
    """Finders for the entries of sys.path (or of the package's path)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        pkg = importlib.import_module(fullname.rpartition('.')[0])
        path = _package_path(pkg)
    else:
        path = list(sys.path) + [_ROOT]
    for item in path:
        yield get_importer(item)


def _package_path(module):
    """Where a package's submodules live (embedded packages included)."""
    path = list(getattr(module, '__path__', None) or [])
    if not path:
        f = getattr(module, '__file__', None) or ''
        if f.endswith('/__init__.py'):
            path = [os.path.dirname(f)]
    return path


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each module or package directly on path (sys.path and
    the standard library by default)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = set()
    for finder in importers:
        for name, ispkg in finder.iter_modules(prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module on path, recursively, importing packages
    to find their submodules."""
    seen = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            subpath = [p for p in _package_path(sys.modules[info.name]) if p not in seen]
            seen.update(subpath)
            yield from walk_packages(subpath, info.name + '.', onerror)


def _deprecated(name):
    import warnings
    warnings.warn("'pkgutil.%s' is deprecated and slated for removal in Python 3.14; "
                  "use importlib.util.find_spec() instead" % name, DeprecationWarning, stacklevel=3)


def get_loader(module_or_name):
    """The loader of a module (or None)."""
    _deprecated('get_loader')
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, str):
        return find_loader(module_or_name)
    return getattr(module_or_name, '__loader__', None)


def find_loader(fullname):
    """The loader that would import fullname, or None."""
    _deprecated('find_loader')
    import importlib.util
    spec = importlib.util.find_spec(fullname)
    return spec.loader if spec is not None else None


def read_code(stream):
    """Compiled code objects are not stored by adder."""
    return None


def extend_path(path, name):
    """A package's __path__ extended by the same-named directories on
    sys.path (pkgutil-style namespace packages)."""
    if not isinstance(path, list):
        return path
    sname = os.path.join(*name.split('.'))
    path = path[:]
    for entry in sys.path:
        if not isinstance(entry, str) or not os.path.isdir(entry):
            continue
        subdir = os.path.join(entry, sname)
        if os.path.isdir(subdir) and subdir not in path:
            path.append(subdir)
        pkgfile = os.path.join(entry, sname + '.pkg')
        if os.path.isfile(pkgfile):
            with open(pkgfile) as f:
                for line in f:
                    line = line.rstrip('\n')
                    if line and not line.startswith('#'):
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a resource file beside a package's modules, or None if
    the package cannot be found."""
    mod = sys.modules.get(package)
    if mod is None:
        try:
            mod = importlib.import_module(package)
        except ImportError:
            return None
    f = getattr(mod, '__file__', None)
    if f is None:
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(f))
    resource_name = os.path.join(*parts)
    data = _adder_importlib.read(resource_name)
    if data is not None:
        return data
    with open(resource_name, 'rb') as fp:
        return fp.read()


def _dotted(s):
    return bool(s) and all(part.isidentifier() for part in s.split('.'))


def resolve_name(name):
    """The object a name like 'pkg.mod:obj.attr' or 'pkg.mod.obj.attr'
    names; without a colon, the longest importable prefix is the module."""
    modname, colon, objpath = name.partition(':')
    if not _dotted(modname) or (objpath and not _dotted(objpath)):
        raise ValueError(f'invalid format: {name!r}')
    if colon:
        obj = importlib.import_module(modname)
        attrs = objpath.split('.') if objpath else []
    else:
        parts = modname.split('.')
        modname = parts[0]
        obj = importlib.import_module(modname)
        attrs = parts[1:]
        while attrs:
            try:
                obj = importlib.import_module(modname + '.' + attrs[0])
            except ImportError:
                break
            modname += '.' + attrs.pop(0)
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
