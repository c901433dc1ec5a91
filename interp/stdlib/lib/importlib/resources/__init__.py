"""Read resources contained within a package (adder): files() gives a
Traversable of a package's directory (a pathlib.Path for packages on
disk; a read-only tree for the standard library embedded in adder),
as_file() a real path for it, and the older functions (read_text,
open_binary, path, contents, ...) are there as in 3.12, with their
deprecation warnings."""

import contextlib
import io
import os
import pathlib
import sys
import tempfile
import types
import warnings

import _adder_importlib
from importlib.resources.abc import Traversable, ResourceReader

__all__ = ['Package', 'as_file', 'contents', 'files', 'is_resource', 'open_binary', 'open_text', 'path',
           'read_binary', 'read_text', 'Anchor', 'ResourceReader']

Package = types.ModuleType | str
Anchor = Package
_ROOT = _adder_importlib.root


class _Embedded(Traversable):
    """A file or directory of the standard library embedded in adder."""

    def __init__(self, path):
        self._path = path.rstrip('/')

    def __repr__(self):
        return '_Embedded(%r)' % self._path

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __eq__(self, other):
        return isinstance(other, _Embedded) and other._path == self._path

    def __hash__(self):
        return hash(self._path)

    @property
    def name(self):
        return self._path.rpartition('/')[2]

    def _package(self):
        return self._path[len(_ROOT):].strip('/').replace('/', '.')

    def is_dir(self):
        return self._path.rstrip('/') + '/' == _ROOT or _adder_importlib.read(self._path + '/__init__.py') is not None

    def is_file(self):
        return _adder_importlib.read(self._path) is not None

    def iterdir(self):
        if not self.is_dir():
            raise NotADirectoryError(self._path)
        for name, ispkg in _adder_importlib.names(self._package()):
            yield _Embedded(self._path + '/' + (name if ispkg else name + '.py'))
        if self.is_dir() and self._path.rstrip('/') + '/' != _ROOT:
            yield _Embedded(self._path + '/__init__.py')

    def joinpath(self, *descendants):
        names = [p for d in descendants for p in str(d).split('/') if p]
        return _Embedded('/'.join([self._path] + names)) if names else self

    def open(self, mode='r', *args, **kwargs):
        data = _adder_importlib.read(self._path)
        if data is None:
            raise FileNotFoundError(self._path)
        if 'b' in mode:
            return io.BytesIO(data)
        return io.TextIOWrapper(io.BytesIO(data), *args, **kwargs)


def _resolve(anchor):
    if anchor is None:
        anchor = sys._getframe(2).f_globals['__name__']
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def files(anchor=None):
    """A Traversable of the package's (or the module's directory's) resources."""
    module = _resolve(anchor)
    f = getattr(module, '__file__', None)
    if f is None:
        spec = getattr(module, '__spec__', None)
        locations = getattr(spec, 'submodule_search_locations', None) if spec is not None else None
        if locations:
            return pathlib.Path(list(locations)[0])
        raise TypeError("{!r} is not a package".format(getattr(module, '__name__', module)))
    directory = os.path.dirname(f)
    if f.startswith(_ROOT):
        return _Embedded(directory)
    return pathlib.Path(directory)


@contextlib.contextmanager
def as_file(path):
    """A real file system path for a Traversable, for the with block."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    if path.is_dir():
        with tempfile.TemporaryDirectory() as d:
            _copy_tree(path, pathlib.Path(d))
            yield pathlib.Path(d)
        return
    fd, raw = tempfile.mkstemp(suffix=path.name)
    try:
        os.write(fd, path.read_bytes())
        os.close(fd)
        yield pathlib.Path(raw)
    finally:
        try:
            os.remove(raw)
        except FileNotFoundError:
            pass


def _copy_tree(src, dst):
    for child in src.iterdir():
        if child.is_dir():
            (dst / child.name).mkdir()
            _copy_tree(child, dst / child.name)
        else:
            (dst / child.name).write_bytes(child.read_bytes())


def _legacy(fn):
    def wrapper(*args, **kwargs):
        warnings.warn(f"{fn.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html#migrating-from-legacy "
                      "for migration advice.", DeprecationWarning, stacklevel=2)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _check_resource(resource):
    parent, sep, name = resource.rpartition('/')
    if sep or resource in ('.', '..'):
        raise ValueError(f'{resource!r} must be only a file name')
    return resource


@_legacy
def open_binary(package, resource):
    """Return a file-like object opened for binary reading of the resource."""
    return (files(package) / _check_resource(resource)).open('rb')


@_legacy
def read_binary(package, resource):
    """Return the binary contents of the resource."""
    return (files(package) / _check_resource(resource)).read_bytes()


@_legacy
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Return a file-like object opened for text reading of the resource."""
    return (files(package) / _check_resource(resource)).open('r', encoding=encoding, errors=errors)


@_legacy
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """Return the decoded string of the resource."""
    with (files(package) / _check_resource(resource)).open('r', encoding=encoding, errors=errors) as f:
        return f.read()


@_legacy
def contents(package):
    """The names of the entries in the package's directory."""
    return [path.name for path in files(package).iterdir()]


@_legacy
def is_resource(package, name):
    """Whether name is a file (not a directory) in the package."""
    _check_resource(name)
    return any(traversable.name == name and traversable.is_file() for traversable in files(package).iterdir())


@_legacy
def path(package, resource):
    """A context manager giving a real path for the resource."""
    return as_file(files(package) / _check_resource(resource))
