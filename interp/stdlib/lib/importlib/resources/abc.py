"""Abstract base classes for resources (adder): Traversable, the interface
importlib.resources.files returns, and TraversableResources."""

import abc

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """Abstract base class for loaders to provide resource reading support."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class Traversable(abc.ABC):
    """A file or directory in a package's resources (pathlib.Path is one).
    As CPython's runtime-checkable protocol, any class with the methods
    counts as one."""

    _protocol = ('iterdir', 'read_bytes', 'read_text', 'is_dir', 'is_file', 'joinpath', '__truediv__', 'open',
                 'name')

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Traversable:
            return all(any(attr in k.__dict__ for k in other.__mro__) for attr in cls._protocol) or NotImplemented
        return NotImplemented

    @abc.abstractmethod
    def iterdir(self):
        """The children of this directory."""

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as strm:
            return strm.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    def joinpath(self, *descendants):
        if not descendants:
            return self
        names = [p for d in descendants for p in str(d).split('/') if p]
        target = self
        for name in names:
            matches = [t for t in target.iterdir() if t.name == name]
            if not matches:
                raise FileNotFoundError('Target not found during traversal.', target, names)
            target = matches[0]
        return target

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Open the file (text by default)."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name of this object."""


class TraversableResources(ResourceReader):
    """A resource reader whose resources are a Traversable tree."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's resources."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
