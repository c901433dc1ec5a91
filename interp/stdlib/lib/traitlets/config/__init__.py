# This file is a small traitlets.config: Config, Configurable,
# LoggingConfigurable and SingletonConfigurable, enough for classes that
# derive from them. Loading configuration files and Application are not
# included.

"""Configurable objects (a subset of traitlets.config)."""

import logging

from ..traitlets import HasTraits, Instance, default

__all__ = ["Config", "Configurable", "LoggingConfigurable", "SingletonConfigurable", "MultipleInstanceError"]


class Config(dict):
    """Configuration: section name -> {trait name: value}; sections are made on access."""

    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        if key not in self and key[:1].isupper():
            self[key] = Config()
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value

    def merge(self, other):
        """Merge other into this config, section by section."""
        for k, v in other.items():
            if isinstance(v, dict) and isinstance(self.get(k), dict):
                self[k].update(v)
            else:
                self[k] = v


class Configurable(HasTraits):
    """HasTraits whose config=True traits take values from config[ClassName]."""

    config = Instance(Config, (), {})
    parent = Instance("traitlets.config.Configurable", allow_none=True)

    def __init__(self, **kwargs):
        parent = kwargs.pop("parent", None)
        if parent is not None:
            kwargs.setdefault("config", parent.config)
        config = kwargs.pop("config", None)
        super().__init__(**kwargs)
        if parent is not None:
            self.parent = parent
        if config is not None:
            self.config = config
            for klass in reversed(type(self).__mro__):
                section = config.get(klass.__name__) if isinstance(config, dict) else None
                if isinstance(section, dict):
                    for name, value in section.items():
                        if name not in kwargs and self.has_trait(name) and self.trait_metadata(name, "config"):
                            setattr(self, name, value)


class LoggingConfigurable(Configurable):
    """A Configurable with a log attribute."""

    log = Instance("logging.Logger", allow_none=True)

    @default("log")
    def _log_default(self):
        return logging.getLogger(type(self).__module__)


class MultipleInstanceError(Exception):
    pass


class SingletonConfigurable(LoggingConfigurable):
    """A Configurable with one global instance (instance(), initialized())."""

    _instance = None

    @classmethod
    def instance(cls, *args, **kwargs):
        if cls._instance is None:
            inst = cls(*args, **kwargs)
            for subclass in cls.__mro__:
                if isinstance(subclass, type) and issubclass(subclass, SingletonConfigurable):
                    subclass._instance = inst
        if isinstance(cls._instance, cls):
            return cls._instance
        raise MultipleInstanceError("An incompatible sibling of '%s' is already instantiated as singleton: %s"
                                    % (cls.__name__, type(cls._instance).__name__))

    @classmethod
    def initialized(cls):
        return hasattr(cls, "_instance") and cls._instance is not None

    @classmethod
    def clear_instance(cls):
        if not cls.initialized():
            return
        for subclass in cls.__mro__:
            if isinstance(subclass, type) and issubclass(subclass, SingletonConfigurable) and isinstance(cls._instance, subclass):
                subclass._instance = None
