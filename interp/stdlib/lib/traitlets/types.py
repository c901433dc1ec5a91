# This file defines adder's trait types: scalars (Int, Float, Bool,
# Unicode, Bytes and their casting C* forms), containers (List, Tuple, Set,
# Dict), Instance/Type, Enum/CaselessStrEnum, Union and Callable, each
# validating as traitlets 5 documents.

"""The trait types."""

import importlib

from .traitlets import TraitType, TraitError, Undefined, describe, class_of

__all__ = [
    "Any", "Int", "Integer", "CInt", "Long", "CLong", "Float", "CFloat", "Complex", "CComplex",
    "Bool", "CBool", "Unicode", "CUnicode", "Bytes", "CBytes", "ObjectName", "DottedObjectName",
    "Container", "List", "Set", "Tuple", "Dict", "Instance", "ForwardDeclaredInstance", "Type",
    "ForwardDeclaredType", "This", "Enum", "CaselessStrEnum", "UseEnum", "Union", "Callable",
    "TCPAddress", "CRegExp",
]


class Any(TraitType):
    """Any value."""
    default_value = None
    allow_none = True
    info_text = "any value"


def _check_bounds(trait, obj, value):
    lo, hi = getattr(trait, "min", None), getattr(trait, "max", None)
    if lo is not None and value < lo:
        raise TraitError("The value of the '%s' trait of %s instance should not be less than %s, but a value of %s was specified"
                         % (trait.name, class_of(obj), lo, value))
    if hi is not None and value > hi:
        raise TraitError("The value of the '%s' trait of %s instance should not be greater than %s, but a value of %s was specified"
                         % (trait.name, class_of(obj), hi, value))
    return value


class Int(TraitType):
    """An int, optionally within min/max."""
    default_value = 0
    info_text = "an int"

    def __init__(self, default_value=Undefined, allow_none=False, **kwargs):
        self.min = kwargs.pop("min", None)
        self.max = kwargs.pop("max", None)
        super().__init__(default_value=default_value, allow_none=allow_none, **kwargs)

    def validate(self, obj, value):
        if not isinstance(value, int):
            self.error(obj, value)
        return _check_bounds(self, obj, value)

    def from_string(self, s):
        return int(s)


class CInt(Int):
    """An int, casting the value with int()."""

    def validate(self, obj, value):
        try:
            value = int(value)
        except Exception:
            self.error(obj, value)
        return _check_bounds(self, obj, value)


Integer = Long = Int
CLong = CInt


class Float(TraitType):
    """A float (an int is converted), optionally within min/max."""
    default_value = 0.0
    info_text = "a float"

    def __init__(self, default_value=Undefined, allow_none=False, **kwargs):
        self.min = kwargs.pop("min", -float("inf"))
        self.max = kwargs.pop("max", float("inf"))
        super().__init__(default_value=default_value, allow_none=allow_none, **kwargs)

    def validate(self, obj, value):
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, float):
            self.error(obj, value)
        return _check_bounds(self, obj, value)

    def from_string(self, s):
        return float(s)


class CFloat(Float):
    """A float, casting the value with float()."""

    def validate(self, obj, value):
        try:
            value = float(value)
        except Exception:
            self.error(obj, value)
        return _check_bounds(self, obj, value)


class Complex(TraitType):
    default_value = 0.0j
    info_text = "a complex number"

    def validate(self, obj, value):
        if isinstance(value, complex):
            return value
        if isinstance(value, (float, int)):
            return complex(value)
        self.error(obj, value)


class CComplex(Complex):
    def validate(self, obj, value):
        try:
            return complex(value)
        except Exception:
            self.error(obj, value)


class Bool(TraitType):
    """A boolean (0 and 1 are accepted)."""
    default_value = False
    info_text = "a boolean"

    def validate(self, obj, value):
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            if value == 1:
                return True
            if value == 0:
                return False
        self.error(obj, value)

    def from_string(self, s):
        s = s.lower()
        if s in ("true", "1"):
            return True
        if s in ("false", "0"):
            return False
        raise ValueError("%r is not 1, 0, true, or false" % s)


class CBool(Bool):
    def validate(self, obj, value):
        try:
            return bool(value)
        except Exception:
            self.error(obj, value)


class Unicode(TraitType):
    """A str (ASCII bytes are decoded)."""
    default_value = ""
    info_text = "a unicode string"

    def validate(self, obj, value):
        if isinstance(value, str):
            return value
        if isinstance(value, bytes):
            try:
                return value.decode("ascii", "strict")
            except UnicodeDecodeError:
                raise TraitError("Could not decode %r for unicode trait '%s' of %s instance."
                                 % (value, self.name, class_of(obj))) from None
        self.error(obj, value)


class CUnicode(Unicode):
    def validate(self, obj, value):
        try:
            return str(value)
        except Exception:
            self.error(obj, value)


class ObjectName(Unicode):
    info_text = "a valid object identifier in Python"

    def validate(self, obj, value):
        value = super().validate(obj, value)
        if not value.isidentifier():
            self.error(obj, value)
        return value


class DottedObjectName(ObjectName):
    def validate(self, obj, value):
        value = Unicode.validate(self, obj, value)
        if not all(part.isidentifier() for part in value.split(".")):
            self.error(obj, value)
        return value


class Bytes(TraitType):
    """A bytes object."""
    default_value = b""
    info_text = "a bytes object"

    def validate(self, obj, value):
        if isinstance(value, bytes):
            return value
        if isinstance(value, bytearray):
            return bytes(value)
        self.error(obj, value)


class CBytes(Bytes):
    def validate(self, obj, value):
        try:
            return bytes(value)
        except Exception:
            self.error(obj, value)


class CRegExp(TraitType):
    info_text = "a regular expression"

    def validate(self, obj, value):
        import re
        try:
            return re.compile(value)
        except Exception:
            self.error(obj, value)


class TCPAddress(TraitType):
    default_value = ("127.0.0.1", 0)
    info_text = "an (ip, port) tuple"

    def validate(self, obj, value):
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], int):
            if 0 <= value[1] <= 65535:
                return value
        self.error(obj, value)


# --- Instance, Type --------------------------------------------------------


def _import_item(name):
    module, _, attr = name.rpartition(".")
    if not module:
        return importlib.import_module(name)
    return getattr(importlib.import_module(module), attr)


class ClassBasedTraitType(TraitType):
    def _resolve(self, klass):
        if isinstance(klass, str):
            if "." not in klass and self.this_class is not None:
                mod = importlib.import_module(self.this_class.__module__)
                return getattr(mod, klass)
            return _import_item(klass)
        return klass


class Instance(ClassBasedTraitType):
    """An instance of klass (a class or dotted name); args/kw build the default."""

    klass = None

    def __init__(self, klass=None, args=None, kw=None, **kwargs):
        if klass is None:
            klass = self.klass
        if klass is None or not (isinstance(klass, str) or isinstance(klass, type)):
            raise TraitError("The klass attribute must be a class not: %r" % klass)
        self.klass = klass
        if kw is not None and not isinstance(kw, dict):
            raise TraitError("The 'kw' argument must be a dict or None.")
        if args is not None and not isinstance(args, tuple):
            raise TraitError("The 'args' argument must be a tuple or None.")
        self.default_args = args
        self.default_kwargs = kw
        super().__init__(**kwargs)

    def _klass(self):
        self.klass = self._resolve(self.klass)
        return self.klass

    def info(self):
        name = self.klass if isinstance(self.klass, str) else self.klass.__name__
        return add_an(name) + (" or None" if self.allow_none else "")

    def validate(self, obj, value):
        if isinstance(value, self._klass()):
            return value
        self.error(obj, value)

    def make_dynamic_default(self):
        if self.default_args is None and self.default_kwargs is None:
            return None
        return self._klass()(*(self.default_args or ()), **(self.default_kwargs or {}))

    def default(self, obj=None):
        return self.make_dynamic_default()


def add_an(name):
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


class ForwardDeclaredInstance(Instance):
    pass


class This(ClassBasedTraitType):
    """An instance of the class that declares the trait."""
    info_text = "an instance of the same type as the receiver or None"
    default_value = None
    allow_none = True

    def validate(self, obj, value):
        if isinstance(value, self.this_class):
            return value
        self.error(obj, value)


class Type(ClassBasedTraitType):
    """A subclass of klass."""

    def __init__(self, default_value=Undefined, klass=None, **kwargs):
        if default_value is Undefined:
            new_default = object if klass is None else klass
        else:
            new_default = default_value
        self.klass = object if klass is None else klass
        super().__init__(new_default, **kwargs)

    def validate(self, obj, value):
        value = self._resolve(value)
        klass = self._resolve(self.klass)
        if isinstance(value, type) and issubclass(value, klass):
            return value
        self.error(obj, value)

    def default(self, obj=None):
        return self._resolve(self.default_value)


ForwardDeclaredType = Type


# --- enums, unions, callables ----------------------------------------------


class Enum(TraitType):
    """One of the given values."""

    def __init__(self, values, default_value=Undefined, **kwargs):
        self.values = values
        if kwargs.get("allow_none") and default_value is Undefined:
            default_value = None
        super().__init__(default_value, **kwargs)

    def validate(self, obj, value):
        if self.values and value in self.values:
            return value
        self.error(obj, value)

    def info(self):
        result = "any of " + repr(list(self.values))
        if self.allow_none:
            return result + " or None"
        return result


class CaselessStrEnum(Enum):
    """One of the given strings, matched without regard to case."""

    def __init__(self, values, default_value=Undefined, **kwargs):
        super().__init__(values, default_value=default_value, **kwargs)

    def validate(self, obj, value):
        if not isinstance(value, str):
            self.error(obj, value)
        for v in self.values or ():
            if v.lower() == value.lower():
                return v
        self.error(obj, value)

    def info(self):
        result = "any of " + repr(list(self.values)) + " (case-insensitive)"
        if self.allow_none:
            return result + " or None"
        return result


class UseEnum(TraitType):
    """A member of an enum.Enum class (by member, name or value)."""

    def __init__(self, enum_class, default_value=None, **kwargs):
        if default_value is None and not kwargs.get("allow_none"):
            default_value = list(enum_class.__members__.values())[0]
        self.enum_class = enum_class
        super().__init__(default_value=default_value, **kwargs)

    def validate(self, obj, value):
        if isinstance(value, self.enum_class):
            return value
        if isinstance(value, str):
            if value in self.enum_class.__members__:
                return self.enum_class.__members__[value]
        try:
            return self.enum_class(value)
        except Exception:
            self.error(obj, value)


class Union(TraitType):
    """A value accepted by any of trait_types, tried in order."""

    def __init__(self, trait_types, **kwargs):
        self.trait_types = list(trait_types)
        self.info_text = " or ".join(tt.info() for tt in self.trait_types)
        super().__init__(**kwargs)

    def default(self, obj=None):
        if self.default_value is not Undefined:
            return super().default(obj)
        for tt in self.trait_types:
            v = tt.default(obj)
            if v is not Undefined:
                return v
        return None

    def class_init(self, cls, name):
        for tt in self.trait_types:
            tt.class_init(cls, None)
        super().class_init(cls, name)

    def validate(self, obj, value):
        for tt in self.trait_types:
            try:
                v = tt._validate(obj, value) if hasattr(tt, "validate") else value
                return v
            except TraitError:
                continue
        self.error(obj, value)

    def __or__(self, other):
        if isinstance(other, Union):
            return Union(self.trait_types + other.trait_types)
        return Union(self.trait_types + [other])


class Callable(TraitType):
    """A callable object."""
    info_text = "a callable"

    def validate(self, obj, value):
        if callable(value):
            return value
        self.error(obj, value)


# --- containers ------------------------------------------------------------


class Container(Instance):
    """A list, set or tuple whose elements may be validated by a trait."""

    klass = None
    _cast_types = ()
    _literal_from_string_pairs = ()

    def __init__(self, trait=None, default_value=Undefined, minlen=0, maxlen=None, **kwargs):
        if default_value is None and not kwargs.get("allow_none", False):
            default_value = Undefined
        if isinstance(trait, type) and issubclass(trait, TraitType):
            trait = trait()
        self._trait = trait
        self._minlen = minlen
        self._maxlen = maxlen
        if default_value is not Undefined and default_value is not None:
            default_value = self.klass(default_value)
        super().__init__(klass=self.klass, **kwargs)
        self.default_value = default_value

    def make_dynamic_default(self):
        return self.klass()

    def default(self, obj=None):
        if self.default_value is Undefined or self.default_value is None:
            return self.klass() if self.default_value is Undefined else None
        return self.klass(self.default_value)

    def class_init(self, cls, name):
        if isinstance(self._trait, TraitType):
            self._trait.class_init(cls, None)
        super().class_init(cls, name)

    def info(self):
        return add_an(self.klass.__name__)

    def validate(self, obj, value):
        if isinstance(value, self._cast_types):
            value = self.klass(value)
        if not isinstance(value, self.klass):
            self.error(obj, value)
        n = len(value)
        if n < self._minlen or (self._maxlen is not None and n > self._maxlen):
            raise TraitError("The '%s' trait of %s instance must be of length %i <= L <= %i, but a value of %s was specified."
                             % (self.name, class_of(obj), self._minlen, self._maxlen if self._maxlen is not None else 2**63 - 1, value))
        return self.validate_elements(obj, value)

    def validate_elements(self, obj, value):
        if self._trait is None or type(self._trait) is Any:
            return value
        validated = []
        for v in value:
            try:
                v = self._trait._validate(obj, v)
            except TraitError:
                raise TraitError("The '%s' trait of %s instance contains %s of %s which expected %s, not %s."
                                 % (self.name, class_of(obj), add_an(type(self._trait).__name__),
                                    add_an(type(self).__name__), self._trait.info(), describe("the", v))) from None
            validated.append(v)
        return self.klass(validated)


class List(Container):
    """A list."""
    klass = list
    _cast_types = (tuple,)


class Set(Container):
    """A set."""
    klass = set
    _cast_types = (tuple, list)


class Tuple(Container):
    """A tuple, optionally with one trait per position: Tuple(Int(), Unicode())."""
    klass = tuple
    _cast_types = (list,)

    def __init__(self, *traits, **kwargs):
        default_value = kwargs.pop("default_value", Undefined)
        if len(traits) == 1 and default_value is Undefined and not (
                isinstance(traits[0], TraitType) or (isinstance(traits[0], type) and issubclass(traits[0], TraitType))):
            default_value = traits[0]
            traits = ()
        if default_value is None and not kwargs.get("allow_none", False):
            default_value = Undefined
        self._traits = [t() if isinstance(t, type) else t for t in traits]
        Instance.__init__(self, klass=tuple, **kwargs)
        self._trait = None
        self._minlen, self._maxlen = 0, None
        self.default_value = tuple(default_value) if default_value not in (Undefined, None) else default_value

    def class_init(self, cls, name):
        for t in self._traits:
            t.class_init(cls, None)
        Instance.class_init(self, cls, name)

    def validate(self, obj, value):
        if isinstance(value, list):
            value = tuple(value)
        if not isinstance(value, tuple):
            self.error(obj, value)
        return self.validate_elements(obj, value)

    def validate_elements(self, obj, value):
        if not self._traits:
            return value
        if len(value) != len(self._traits):
            raise TraitError("The '%s' trait of %s instance requires %i elements, but a value of %s was specified."
                             % (self.name, class_of(obj), len(self._traits), value))
        validated = []
        for t, v in zip(self._traits, value):
            try:
                v = t._validate(obj, v)
            except TraitError:
                raise TraitError("The '%s' trait of %s instance contains %s of %s which expected %s, not %s."
                                 % (self.name, class_of(obj), add_an(type(t).__name__), add_an(type(self).__name__),
                                    t.info(), describe("the", v))) from None
            validated.append(v)
        return tuple(validated)

    def make_dynamic_default(self):
        # With element traits and no default, the default is None.
        return None if self._traits else ()

    def default(self, obj=None):
        if self.default_value is Undefined:
            return self.make_dynamic_default()
        return self.default_value


class Dict(Instance):
    """A dict, optionally validating values (value_trait), keys (key_trait) or per-key traits."""

    def __init__(self, value_trait=None, per_key_traits=None, key_trait=None, default_value=Undefined, **kwargs):
        if default_value is Undefined and value_trait is not None and not (
                isinstance(value_trait, TraitType) or (isinstance(value_trait, type) and issubclass(value_trait, TraitType))):
            default_value = value_trait
            value_trait = None
        if default_value is None and not kwargs.get("allow_none", False):
            default_value = Undefined
        if isinstance(value_trait, type):
            value_trait = value_trait()
        if isinstance(key_trait, type):
            key_trait = key_trait()
        self._value_trait = value_trait
        self._key_trait = key_trait
        self._per_key_traits = per_key_traits
        super().__init__(klass=dict, **kwargs)
        self.default_value = dict(default_value) if default_value not in (Undefined, None) else default_value

    def make_dynamic_default(self):
        return {}

    def default(self, obj=None):
        if self.default_value is Undefined:
            return {}
        if self.default_value is None:
            return None
        return dict(self.default_value)

    def info(self):
        return "a dict"

    def class_init(self, cls, name):
        for t in (self._value_trait, self._key_trait):
            if isinstance(t, TraitType):
                t.class_init(cls, None)
        for t in (self._per_key_traits or {}).values():
            t.class_init(cls, None)
        super().class_init(cls, name)

    def validate(self, obj, value):
        if not isinstance(value, dict):
            self.error(obj, value)
        if self._value_trait is None and self._key_trait is None and not self._per_key_traits:
            return value
        out = {}
        per_key = self._per_key_traits or {}
        for k, v in value.items():
            if self._key_trait is not None:
                try:
                    k = self._key_trait._validate(obj, k)
                except TraitError as error:
                    self.error(obj, k, error)
            t = per_key.get(k, self._value_trait)
            if t is not None:
                try:
                    v = t._validate(obj, v)
                except TraitError as error:
                    self.error(obj, v, error)
            out[k] = v
        return out
