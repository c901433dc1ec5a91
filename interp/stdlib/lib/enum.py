"""Support for enumerations (adder).

EnumType (alias EnumMeta) collects the members while the class body runs
(through the namespace __prepare__ returns), then builds each member as an
instance of the new class and records it by name and by value.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute
import builtins as _builtins

builtins_property = _builtins.property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name', 'show_flag_values', 'global_str', 'global_enum_repr',
           'global_flag_repr']

_auto_null = object()
Flag = None  # defined below; EnumType checks for it


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


property = DynamicClassAttribute


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """The class namespace during an enum's class body: it records member
    names in order and resolves auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
            elif key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
            elif key not in ('_order_', '_missing_', '_numeric_repr_', '_iter_member_',
                             '_iter_member_by_value_', '_iter_member_by_def_',
                             '_add_alias_', '_add_value_alias_', '_settle_', '_boundary_',
                             '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto) or (isinstance(value, tuple) and any(isinstance(v, auto) for v in value)):
                single = isinstance(value, auto)
                items = (value,) if single else value
                resolved = []
                for v in items:
                    if isinstance(v, auto):
                        self._auto_called = True
                        if v.value is _auto_null:
                            gnv = self.get('_generate_next_value_') or _default_gnv
                            v.value = gnv(key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    resolved.append(v)
                value = resolved[0] if single else tuple(resolved)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v


def _default_gnv(name, start, count, last_values):
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            pass
    if not last_values:
        return start
    raise TypeError('unable to sort non-numeric values') from None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            if gnv is not None:
                dict.__setitem__(d, '_generate_next_value_', gnv)
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', {}))
        ignore = getattr(classdict, '_ignore', [])
        members = {name: classdict[name] for name in member_names}
        ns = {k: v for k, v in classdict.items() if k not in members and k not in ignore}
        ns.pop('_ignore_', None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_new_member_'] = None
        if boundary is not None:
            ns['_boundary_'] = boundary
        custom_new = ns.get('__new__')
        if custom_new is not None and _EnumBase is not None:
            ns['_new_member_'] = custom_new if not isinstance(custom_new, staticmethod) else custom_new.__func__
            ns['__new__'] = _EnumBase.__dict__['__new__']
        order = ns.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if getattr(enum_class, '_new_member_', None) is None:
            for base in enum_class.__mro__[1:]:
                nm = base.__dict__.get('_new_member_')
                if nm is not None:
                    type.__setattr__(enum_class, '_new_member_', nm)
                    break
        if member_type is not object:
            # The data type's __repr__/__str__/__format__ (and __new__, and
            # for flags the bitwise operators) must not shadow the enum's own
            # unless an enum class in the MRO chose it: IntFlag(3) and
            # IntFlag.A | IntFlag.B give members, not plain ints.
            for key in ('__repr__', '__str__', '__format__', '__reduce_ex__', '__new__', '__or__', '__and__',
                        '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if key in classdict:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if key in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            for eklass in enum_class.__mro__[1:]:
                                if isinstance(eklass, EnumType) and key in eklass.__dict__:
                                    type.__setattr__(enum_class, key, eklass.__dict__[key])
                                    break
                        break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name, value in members.items():
            enum_class._add_member_(name, value)
        if is_flag:
            enum_class._settle_flag_()
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new = cls._new_member_
        if new is not None:
            enum_member = new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = cls.__dict__.get('__init__') or next(
            (b.__dict__['__init__'] for b in cls.__mro__ if '__init__' in b.__dict__ and b not in (object, Enum, Flag)), None)
        if init is not None and member_type is object or (init is not None and init is not getattr(member_type, '__init__', None)):
            init(enum_member, *args)
        # An alias: an earlier member has the same value.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in cls._member_map_.values():
                if m._value_ == value and type(m._value_) is type(value):
                    canonical = m
                    break
        is_flag = Flag is not None and issubclass(cls, Flag)
        if canonical is not None and not (is_flag and False):
            enum_member = canonical
        else:
            if not is_flag or _is_single_bit(value) or value == 0 or True:
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, enum_member)

    def _settle_flag_(cls):
        # Multi-bit members are aliases of combinations: keep them out of
        # iteration, which lists the single-bit members in value order.
        singles = []
        mask = 0
        for name in list(cls._member_names_):
            m = cls._member_map_[name]
            v = m._value_
            if isinstance(v, int):
                mask |= v
            if isinstance(v, int) and not _is_single_bit(v):
                cls._member_names_.remove(name)
            else:
                singles.append(name)
        type.__setattr__(cls, '_flag_mask_', mask)
        type.__setattr__(cls, '_all_bits_', 2 ** mask.bit_length() - 1 if mask else 0)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for b in reversed(bases):
            for c in b.__mro__:
                if isinstance(c, EnumType) and first_enum is None:
                    first_enum = b
        member_type = object
        for base in bases:
            for c in base.__mro__:
                if c is object or isinstance(c, EnumType):
                    continue
                if c in (int, str, float, tuple, bytes, complex) or '__new__' in c.__dict__:
                    member_type = c
                    break
                member_type = c
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                gnv = classdict.get('_generate_next_value_', _default_gnv)
                value = gnv(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, 'items'):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @builtins_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__'])
        return sorted(interesting | set(cls._member_names_))


EnumMeta = EnumType
_EnumBase = None


def _is_single_bit(num):
    return num > 0 and (num & (num - 1)) == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_gnv(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
                      | {m for m in type(self).__dict__ if not m.startswith('_')})

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @DynamicClassAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @DynamicClassAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None
_EnumBase = Enum


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    __str__ = int.__repr__
    __format__ = int.__format__


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        boundary = getattr(cls, '_boundary_', None)
        if value & ~flag_mask and value > 0:
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, bits), _bin(flag_mask, bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        pseudo._name_ = '|'.join(names) if names else None
        if value & ~flag_mask:
            extra = value & ~flag_mask
            pseudo._name_ = (pseudo._name_ + '|' if pseudo._name_ else '') + hex(extra) if boundary is KEEP and names else pseudo._name_
        cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        for m in (cls._member_map_[n] for n in cls._member_names_):
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1') if self._value_ >= 0 else len(list(self))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        elif self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._value_repr_ = None


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __str__ = int.__repr__
    __format__ = int.__format__
    # Flag's container protocol, named here: adder's slots for a subclass
    # of int come from int and the class's own dict, not from Flag.
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    # Flag's container protocol, named here: adder's slots for a subclass
    # of int come from int and the class's own dict, not from Flag.
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Check an enumeration for various constraints (only UNIQUE is checked)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum(cls, update_str=False):
    """Export the members into the module's globals; members repr as
    module.NAME (and print as NAME unless the class keeps its mixin's
    str, as IntEnum does)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def global_enum_repr(self):
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    return global_enum_repr(self)


def global_str(self):
    return self._name_


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]
