# This file is the core of adder's traitlets: HasTraits, the TraitType
# descriptor protocol, change notification (observe, hold_trait_notifications),
# cross-validation (@validate), dynamic defaults (@default) and link/dlink.
# The trait types themselves live in types.py and are re-exported here, as
# code imports them from traitlets.traitlets too.

"""Typed attributes with validation and change notification."""

import contextlib
import inspect

from .utils.bunch import Bunch
from .utils.sentinel import Sentinel

Undefined = Sentinel("Undefined", "traitlets", "Used in traitlets to specify that no defaults are set.")
All = Sentinel("All", "traitlets", "Used in traitlets to listen to all types of notification or to notifications from all trait attributes.")
NoDefaultSpecified = Undefined


class TraitError(Exception):
    """A trait was given a value it does not accept."""


def class_of(obj):
    """'a Name' or 'an Name' for obj's class (or obj if it is a str)."""
    name = obj if isinstance(obj, str) else type(obj).__name__
    return add_article(name)


def add_article(name, definite=False, capital=False):
    if definite:
        result = "the " + name
    else:
        result = ("an " if name[:1].lower() in "aeiou" else "a ") + name
    if capital:
        return result[0].upper() + result[1:]
    return result


def describe(article, value, name=None, verbose=False, capital=False):
    """How traitlets' error messages name a value: 'the str 'x''."""
    if isinstance(value, type):
        typename = value.__name__
        if article == "the" or (article is None and not verbose):
            result = "the " + "class " + typename
        else:
            result = typename
        if name is not None:
            result += " " + name
    else:
        typename = type(value).__name__
        if article == "the":
            result = "the " + typename
        elif article in ("a", "an"):
            result = add_article(typename)
        else:
            result = typename
        result += " " + repr(value)
    if capital:
        result = result[0].upper() + result[1:]
    return result


def is_trait(t):
    """Whether t is a trait type or trait instance."""
    return isinstance(t, TraitType) or (isinstance(t, type) and issubclass(t, TraitType))


def parse_notifier_name(names):
    if names is All or isinstance(names, str):
        return [names]
    if not names or All in names:
        return [All]
    for n in names:
        if not isinstance(n, str):
            raise TypeError("names must be strings, not %s" % type(n).__name__)
    return list(names)


# --- descriptors -----------------------------------------------------------


class BaseDescriptor:
    """A class attribute that HasDescriptors set up per class and per instance."""

    name = None
    this_class = None

    def class_init(self, cls, name):
        self.this_class = cls
        self.name = name

    def subclass_init(self, cls):
        pass

    def instance_init(self, obj):
        pass


class TraitType(BaseDescriptor):
    """A typed attribute: validation on set, change notification, metadata."""

    metadata = {}
    allow_none = False
    read_only = False
    info_text = "any value"
    default_value = Undefined

    def __init__(self, default_value=Undefined, allow_none=False, read_only=None, help=None,
                 config=None, **kwargs):
        if default_value is not Undefined:
            self.default_value = default_value
        if allow_none:
            self.allow_none = allow_none
        if read_only is not None:
            self.read_only = read_only
        self.help = help if help is not None else ""
        md = dict(self.metadata)
        md.update(kwargs)
        if help is not None:
            md["help"] = help
        if config is not None:
            md["config"] = config
        self.metadata = md

    def from_string(self, s):
        return s

    def default(self, obj=None):
        """The static default, copied when it is a mutable container."""
        value = self.default_value
        if isinstance(value, (list, dict, set)):
            return type(value)(value)
        return value

    def get_default_value(self):
        return self.default_value

    def tag(self, **metadata):
        """Add metadata (sync=True, ...); returns the trait for chaining."""
        md = dict(self.metadata)
        md.update(metadata)
        self.metadata = md
        return self

    def get_metadata(self, key, default=None):
        return self.metadata.get(key, default)

    def set_metadata(self, key, value):
        self.metadata[key] = value

    def info(self):
        return self.info_text

    def error(self, obj, value, error=None, info=None):
        if error is not None:
            raise error
        if obj is not None:
            msg = "The '%s' trait of %s instance expected %s, not %s." % (
                self.name, class_of(obj), info or self.info(), describe("the", value))
        else:
            msg = "The '%s' trait expected %s, not %s." % (self.name, info or self.info(), describe("the", value))
        raise TraitError(msg)

    # Reading and writing.

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.get(obj, cls)

    def get(self, obj, cls=None):
        try:
            return obj._trait_values[self.name]
        except KeyError:
            pass
        value = obj._trait_default(self)
        # A default is validated, but not cross-validated: @validate
        # methods reading other traits' defaults would recurse.
        lock = obj._cross_validation_lock
        obj._cross_validation_lock = True
        try:
            value = self._validate(obj, value) if value is not None or not self.allow_none else value
        finally:
            obj._cross_validation_lock = lock
        obj._trait_values[self.name] = value
        obj._notify_observers(Bunch(name=self.name, value=value, owner=obj, type="default"))
        return value

    def __set__(self, obj, value):
        if self.read_only:
            raise TraitError('The "%s" trait is read-only.' % self.name)
        self.set(obj, value)

    def set(self, obj, value):
        new_value = self._validate(obj, value)
        if self.name in obj._trait_values:
            old_value = obj._trait_values[self.name]
        else:
            old_value = self.default_value
        obj._trait_values[self.name] = new_value
        try:
            silent = bool(old_value == new_value)
        except Exception:
            silent = False
        if silent is not True:
            obj._notify_trait(self.name, old_value, new_value)

    def _validate(self, obj, value):
        if value is None and self.allow_none:
            return value
        if hasattr(self, "validate"):
            value = self.validate(obj, value)
        if obj._cross_validation_lock is False:
            value = self._cross_validate(obj, value)
        return value

    def _cross_validate(self, obj, value):
        validator = obj._trait_validator(self.name)
        if validator is not None:
            proposal = Bunch({"trait": self, "value": value, "owner": obj})
            value = validator(obj, proposal)
        return value

    def __or__(self, other):
        from .types import Union
        if isinstance(other, Union):
            return Union([self] + list(other.trait_types))
        return Union([self, other])


# --- event handlers (decorators) -------------------------------------------


class EventHandler(BaseDescriptor):
    """A method marked by @observe, @validate or @default."""

    def _init_call(self, func):
        self.func = func
        return self

    def __call__(self, *args, **kwargs):
        if hasattr(self, "func"):
            return self.func(*args, **kwargs)
        return self._init_call(*args, **kwargs)

    def __get__(self, inst, cls=None):
        if inst is None:
            return self
        return self.func.__get__(inst, cls)


class ObserveHandler(EventHandler):
    def __init__(self, names, type="change"):
        self.trait_names = names
        self.type = type

    def instance_init(self, inst):
        inst.observe(self.func.__get__(inst, type(inst)), self.trait_names, type=self.type)


class ValidateHandler(EventHandler):
    def __init__(self, names):
        self.trait_names = names


class DefaultHandler(EventHandler):
    def __init__(self, name):
        self.trait_name = name


def observe(*names, type="change"):
    """Decorate a method to be called with a change dict when the named traits change."""
    if not names:
        raise TypeError("Please specify at least one trait name to observe.")
    for name in names:
        if name is not All and not isinstance(name, str):
            raise TypeError("trait names to observe must be strings or All, not %r" % (name,))
    return ObserveHandler(names, type=type)


def validate(*names):
    """Decorate a method(self, proposal) that validates (and may coerce) a trait's new value."""
    if not names:
        raise TypeError("Please specify at least one trait name to validate.")
    return ValidateHandler(names)


def default(name):
    """Decorate a method computing a trait's default on first access."""
    if not isinstance(name, str):
        raise TypeError("Trait name must be a string or All, not %r" % (name,))
    return DefaultHandler(name)


def observe_compat(func):
    """Backward-compatibility shim: a no-op in traitlets 5."""
    return func


# --- HasTraits -------------------------------------------------------------


class MetaHasDescriptors(type):
    """Sets up the descriptors of each new class."""

    def __init__(cls, name, bases, classdict, **kwargs):
        super().__init__(name, bases, classdict, **kwargs)
        cls.setup_class(classdict)

    def setup_class(cls, classdict):
        cls._descriptors = []
        for k, v in classdict.items():
            if isinstance(v, BaseDescriptor):
                v.class_init(cls, k)
        for k in dir(cls):
            v = getattr(cls, k, None)
            if isinstance(v, BaseDescriptor):
                v.subclass_init(cls)
                cls._descriptors.append(v)


class MetaHasTraits(MetaHasDescriptors):
    """Also collects each class's traits, validators and default generators."""

    def setup_class(cls, classdict):
        super().setup_class(classdict)
        traits = {}
        validators = {}
        defaults = {}
        for klass in reversed(cls.__mro__):
            for k, v in vars(klass).items():
                if isinstance(v, TraitType):
                    traits[k] = v
                elif isinstance(v, ValidateHandler):
                    for n in v.trait_names:
                        validators[n] = v.func
                elif isinstance(v, DefaultHandler):
                    defaults[v.trait_name] = v.func
                elif k.startswith("_") and k.endswith("_default") and callable(v) and len(k) > 9:
                    defaults.setdefault(k[1:-8], v)
        # Sorted by name, as traitlets lists them (inspect.getmembers).
        cls._traits = {k: traits[k] for k in sorted(traits)}
        cls._static_validators = validators
        cls._default_generators = defaults


class HasDescriptors(metaclass=MetaHasDescriptors):
    """The base class of objects with BaseDescriptor attributes."""

    def __new__(*args, **kwargs):
        cls = args[0]
        new_meth = super(HasDescriptors, cls).__new__
        if new_meth is object.__new__:
            inst = new_meth(cls)
        else:
            inst = new_meth(cls, *args[1:], **kwargs)
        inst.setup_instance(*args[1:], **kwargs)
        return inst

    def setup_instance(*args, **kwargs):
        self = args[0]
        for d in type(self)._descriptors:
            d.instance_init(self)


class HasTraits(HasDescriptors, metaclass=MetaHasTraits):
    """An object whose trait attributes are typed and observable."""

    def setup_instance(*args, **kwargs):
        self = args[0]
        self._trait_values = {}
        self._trait_notifiers = {}
        self._trait_validators = {}
        self._cross_validation_lock = False
        self._hold_cache = None
        super(HasTraits, self).setup_instance(*args[1:], **kwargs)

    def __init__(self, *args, **kwargs):
        with self.hold_trait_notifications():
            for key, value in kwargs.items():
                if self.has_trait(key):
                    setattr(self, key, value)
                # Unknown keywords are dropped, as traitlets does after
                # its deprecation warning.

    def __getstate__(self):
        d = self.__dict__.copy()
        d["_trait_notifiers"] = {}
        d["_trait_validators"] = {}
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)

    # Defaults and validators.

    def _trait_default(self, trait):
        gen = type(self)._default_generators.get(trait.name)
        if gen is not None:
            return gen(self)
        make = getattr(trait, "make_dynamic_default", None)
        if make is not None and trait.default_value is Undefined:
            return make()
        return trait.default(self)

    def _trait_validator(self, name):
        v = self._trait_validators.get(name)
        if v is not None:
            return v
        return type(self)._static_validators.get(name)

    # Notification.

    @property
    def cross_validation_lock(self):
        return self._cross_validation_lock

    @contextlib.contextmanager
    def hold_trait_notifications(self):
        """Delay notifications and cross-validation until the block ends."""
        if self._cross_validation_lock:
            yield
            return
        cache = {}
        self._hold_cache = cache
        self._cross_validation_lock = True
        try:
            yield
            for name in list(cache):
                trait = getattr(type(self), name)
                value = trait._cross_validate(self, getattr(self, name))
                self.set_trait(name, value)
        except TraitError:
            # Roll back what changed, then raise.
            self._hold_cache = None
            for name, changes in cache.items():
                old = changes[0].old
                if old is not Undefined:
                    self._trait_values[name] = old
                else:
                    self._trait_values.pop(name, None)
            cache.clear()
            raise
        finally:
            self._cross_validation_lock = False
            self._hold_cache = None
            for changes in cache.values():
                for change in changes:
                    self.notify_change(change)

    def _notify_trait(self, name, old_value, new_value):
        change = Bunch(name=name, old=old_value, new=new_value, owner=self, type="change")
        cache = self._hold_cache
        if cache is not None:
            # Held: keep the first old and the latest new of each trait.
            past = cache.get(name)
            if past:
                past[-1]["new"] = new_value
            else:
                cache[name] = [change]
            return
        self.notify_change(change)

    def notify_change(self, change):
        """Tell the observers of change.name (the change dict)."""
        return self._notify_observers(change)

    def _notify_observers(self, event):
        if not isinstance(event, Bunch):
            event = Bunch(event)
        name, type_ = event["name"], event["type"]
        callables = []
        if name in self._trait_notifiers:
            callables.extend(self._trait_notifiers[name].get(type_, []))
            callables.extend(self._trait_notifiers[name].get(All, []))
        if All in self._trait_notifiers:
            callables.extend(self._trait_notifiers[All].get(type_, []))
            callables.extend(self._trait_notifiers[All].get(All, []))
        if type_ == "change":
            # The traitlets 4 convention: a _NAME_changed method, unless it
            # is an @observe handler already registered above.
            magic_name = "_%s_changed" % name
            if not isinstance(getattr(type(self), magic_name, None), ObserveHandler):
                magic = getattr(self, magic_name, None)
                if magic is not None and callable(magic):
                    callables.append(_MagicChange(magic, name))
        for c in callables:
            c(event)

    def _add_notifiers(self, handler, name, type):
        by_type = self._trait_notifiers.setdefault(name, {}).setdefault(type, [])
        if handler not in by_type:
            by_type.append(handler)

    def _remove_notifiers(self, handler, name, type):
        try:
            if handler is None:
                del self._trait_notifiers[name][type]
            else:
                self._trait_notifiers[name][type].remove(handler)
        except KeyError:
            pass

    def observe(self, handler, names=All, type="change"):
        """Call handler(change) when the named traits (default: all) change."""
        for n in parse_notifier_name(names):
            self._add_notifiers(handler, n, type)

    def unobserve(self, handler, names=All, type="change"):
        for n in parse_notifier_name(names):
            self._remove_notifiers(handler, n, type)

    def unobserve_all(self, name=All):
        if name is All:
            self._trait_notifiers = {}
        else:
            self._trait_notifiers.pop(name, None)

    def on_trait_change(self, handler=None, name=None, remove=False):
        """The traitlets 4 API: handler() / (name) / (name, new) / (name, old, new)."""
        if handler is None:
            return
        names = parse_notifier_name(name) if name is not None else [All]
        wrapped = _CallbackWrapper(handler)
        for n in names:
            if remove:
                for h in list(self._trait_notifiers.get(n, {}).get("change", [])):
                    if h == wrapped:
                        self._remove_notifiers(h, n, "change")
            else:
                self._add_notifiers(wrapped, n, "change")

    def _register_validator(self, handler, names):
        for name in names:
            self._trait_validators[name] = handler

    # Introspection.

    def set_trait(self, name, value):
        """Set a trait, read-only ones too."""
        cls = type(self)
        if not self.has_trait(name):
            raise TraitError("Class %s does not have a trait named %s" % (cls.__name__, name))
        getattr(cls, name).set(self, value)

    @classmethod
    def class_trait_names(cls, **metadata):
        return list(cls.class_traits(**metadata))

    @classmethod
    def class_traits(cls, **metadata):
        return _filter_traits(cls._traits, metadata)

    @classmethod
    def class_own_traits(cls, **metadata):
        sup = cls.__mro__[1]
        return {n: t for n, t in cls.class_traits(**metadata).items()
                if getattr(sup, n, None) is not t}

    @classmethod
    def trait_events(cls, name=None):
        events = {}
        for k, v in vars(cls).items():
            if isinstance(v, EventHandler):
                if name is None or name in getattr(v, "trait_names", ()):
                    events[k] = v
        return events

    def has_trait(self, name):
        return name in type(self)._traits

    def trait_has_value(self, name):
        return name in self._trait_values

    def trait_names(self, **metadata):
        return list(self.traits(**metadata))

    def traits(self, **metadata):
        return _filter_traits(type(self)._traits, metadata)

    def trait_metadata(self, traitname, key, default=None):
        try:
            trait = type(self)._traits[traitname]
        except KeyError:
            raise TraitError("Class %s does not have a trait named %s" % (type(self).__name__, traitname)) from None
        return trait.metadata.get(key, default)

    def trait_values(self, **metadata):
        return {name: getattr(self, name) for name in self.trait_names(**metadata)}

    def trait_defaults(self, *names, **metadata):
        if len(names) == 1 and not metadata:
            return self._trait_default(type(self)._traits[names[0]])
        names = list(names) + self.trait_names(**metadata)
        return {n: self._trait_default(type(self)._traits[n]) for n in names}

    def add_traits(self, **traits):
        """Give this instance (through a fresh subclass) more traits."""
        cls = type(self)
        ns = {"__module__": cls.__module__}
        ns.update(traits)
        self.__class__ = type(cls.__name__, (cls,), ns)
        for trait in traits.values():
            trait.instance_init(self)


def _filter_traits(traits, metadata):
    if not metadata:
        return dict(traits)
    result = {}
    for name, trait in traits.items():
        for key, want in metadata.items():
            have = trait.metadata.get(key, None)
            if callable(want):
                if not want(have):
                    break
            elif have != want:
                break
        else:
            result[name] = trait
    return result


class _MagicChange:
    # Calls a _NAME_changed method the old way: (name, old, new), fewer if
    # it takes fewer.
    def __init__(self, method, name):
        self.method = method
        self.name = name

    def __call__(self, change):
        try:
            n = len(inspect.signature(self.method).parameters)
        except (TypeError, ValueError):
            n = 3
        args = [change["name"], change["old"], change["new"]]
        if n == 0:
            return self.method()
        if n == 1:
            return self.method(change["new"])
        if n == 2:
            return self.method(change["name"], change["new"])
        return self.method(*args)


class _CallbackWrapper:
    # Adapts an on_trait_change handler to the change dict.
    def __init__(self, cb):
        self.cb = cb
        try:
            self.nargs = len(inspect.signature(cb).parameters)
        except (TypeError, ValueError):
            self.nargs = 3

    def __eq__(self, other):
        if isinstance(other, _CallbackWrapper):
            return self.cb == other.cb
        return self.cb == other

    def __hash__(self):
        return hash(self.cb)

    def __call__(self, change):
        if self.nargs == 0:
            self.cb()
        elif self.nargs == 1:
            self.cb(change["name"])
        elif self.nargs == 2:
            self.cb(change["name"], change["new"])
        elif self.nargs == 3:
            self.cb(change["name"], change["old"], change["new"])
        else:
            self.cb(change["name"], change["old"], change["new"], change["owner"])


# --- links -----------------------------------------------------------------


def _validate_link(*tuples):
    for t in tuples:
        if not len(t) == 2:
            raise TypeError("Each linked traitlet must be specified as (HasTraits, 'trait_name'), not %r" % (t,))
        obj, trait_name = t
        if not isinstance(obj, HasTraits):
            raise TypeError("Each object must be HasTraits, not %r" % type(obj))
        if trait_name not in obj.traits():
            raise TypeError("%r has no trait %r" % (obj, trait_name))


class link:
    """Keep two traits equal both ways: link((a, 'value'), (b, 'value'))."""

    updating = False

    def __init__(self, source, target, transform=None):
        _validate_link(source, target)
        self.source, self.target = source, target
        self._transform, self._transform_inv = transform if transform else (lambda x: x,) * 2
        self.link()

    def link(self):
        try:
            setattr(self.target[0], self.target[1], self._transform(getattr(self.source[0], self.source[1])))
        finally:
            self.source[0].observe(self._update_target, names=self.source[1])
            self.target[0].observe(self._update_source, names=self.target[1])

    @contextlib.contextmanager
    def _busy_updating(self):
        self.updating = True
        try:
            yield
        finally:
            self.updating = False

    def _update_target(self, change):
        if self.updating:
            return
        with self._busy_updating():
            setattr(self.target[0], self.target[1], self._transform(change.new))
            if getattr(self.source[0], self.source[1]) != change.new:
                raise TraitError("Broken link %s: the source value changed while updating the target." % self)

    def _update_source(self, change):
        if self.updating:
            return
        with self._busy_updating():
            setattr(self.source[0], self.source[1], self._transform_inv(change.new))
            if getattr(self.target[0], self.target[1]) != change.new:
                raise TraitError("Broken link %s: the target value changed while updating the source." % self)

    def unlink(self):
        self.source[0].unobserve(self._update_target, names=self.source[1])
        self.target[0].unobserve(self._update_source, names=self.target[1])


class directional_link:
    """Copy source's trait into target's (optionally transformed) on every change."""

    updating = False

    def __init__(self, source, target, transform=None):
        self._transform = transform if transform else lambda x: x
        _validate_link(source, target)
        self.source, self.target = source, target
        self.link()

    def link(self):
        try:
            setattr(self.target[0], self.target[1], self._transform(getattr(self.source[0], self.source[1])))
        finally:
            self.source[0].observe(self._update, names=self.source[1])

    @contextlib.contextmanager
    def _busy_updating(self):
        self.updating = True
        try:
            yield
        finally:
            self.updating = False

    def _update(self, change):
        if self.updating:
            return
        with self._busy_updating():
            setattr(self.target[0], self.target[1], self._transform(change.new))

    def unlink(self):
        self.source[0].unobserve(self._update, names=self.source[1])


dlink = directional_link


from .types import *  # noqa: E402  (the trait types build on the classes above)
from .types import __all__ as _types_all  # noqa: E402

__all__ = [
    "Undefined", "All", "NoDefaultSpecified", "TraitError", "HasDescriptors", "HasTraits",
    "MetaHasDescriptors", "MetaHasTraits", "BaseDescriptor", "TraitType", "EventHandler",
    "ObserveHandler", "ValidateHandler", "DefaultHandler", "observe", "validate", "default",
    "observe_compat", "link", "directional_link", "dlink", "is_trait", "parse_notifier_name",
    "describe", "class_of", "add_article", "Bunch",
] + list(_types_all)
