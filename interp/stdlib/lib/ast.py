"""Abstract Syntax Trees (adder): the node classes of Python 3.12's
grammar, parse() (adder's own parser produces the tree), dump(),
literal_eval(), walk(), NodeVisitor/NodeTransformer and the location
helpers. Compiling an AST object back to code and unparse() are not
provided."""

import _adder_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s" % (
                type(self).__name__, len(self._fields), "" if len(self._fields) == 1 else "s"))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__, id(self))


AST.__module__ = 'ast'

_POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# name: (base, fields, positioned); a trailing '?' marks an optional field
# (None when absent, and left out by dump), '*' a list.
_NODES = """
mod
Module mod body* type_ignores*
Interactive mod body*
Expression mod body
FunctionType mod argtypes* returns
stmt +
FunctionDef stmt name args body* decorator_list* returns? type_comment? type_params*
AsyncFunctionDef stmt name args body* decorator_list* returns? type_comment? type_params*
ClassDef stmt name bases* keywords* body* decorator_list* type_params*
Return stmt value?
Delete stmt targets*
Assign stmt targets* value type_comment?
TypeAlias stmt name type_params* value
AugAssign stmt target op value
AnnAssign stmt target annotation value? simple
For stmt target iter body* orelse* type_comment?
AsyncFor stmt target iter body* orelse* type_comment?
While stmt test body* orelse*
If stmt test body* orelse*
With stmt items* body* type_comment?
AsyncWith stmt items* body* type_comment?
Match stmt subject cases*
Raise stmt exc? cause?
Try stmt body* handlers* orelse* finalbody*
TryStar stmt body* handlers* orelse* finalbody*
Assert stmt test msg?
Import stmt names*
ImportFrom stmt module? names* level?
Global stmt names*
Nonlocal stmt names*
Expr stmt value
Pass stmt
Break stmt
Continue stmt
expr +
BoolOp expr op values*
NamedExpr expr target value
BinOp expr left op right
UnaryOp expr op operand
Lambda expr args body
IfExp expr test body orelse
Dict expr keys* values*
Set expr elts*
ListComp expr elt generators*
SetComp expr elt generators*
DictComp expr key value generators*
GeneratorExp expr elt generators*
Await expr value
Yield expr value?
YieldFrom expr value
Compare expr left ops* comparators*
Call expr func args* keywords*
FormattedValue expr value conversion format_spec?
JoinedStr expr values*
Constant expr value kind?
Attribute expr value attr ctx
Subscript expr value slice ctx
Starred expr value ctx
Name expr id ctx
List expr elts* ctx
Tuple expr elts* ctx
Slice expr lower? upper? step?
expr_context
Load expr_context
Store expr_context
Del expr_context
boolop
And boolop
Or boolop
operator
Add operator
Sub operator
Mult operator
MatMult operator
Div operator
Mod operator
Pow operator
LShift operator
RShift operator
BitOr operator
BitXor operator
BitAnd operator
FloorDiv operator
unaryop
Invert unaryop
Not unaryop
UAdd unaryop
USub unaryop
cmpop
Eq cmpop
NotEq cmpop
Lt cmpop
LtE cmpop
Gt cmpop
GtE cmpop
Is cmpop
IsNot cmpop
In cmpop
NotIn cmpop
comprehension AST target iter ifs* is_async
excepthandler +
ExceptHandler excepthandler type? name? body*
arguments AST posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
arg AST+ arg annotation? type_comment?
keyword AST+ arg? value
alias AST+ name asname?
withitem AST context_expr optional_vars?
match_case AST pattern guard? body*
pattern +
MatchValue pattern value
MatchSingleton pattern value
MatchSequence pattern patterns*
MatchMapping pattern keys* patterns* rest?
MatchClass pattern cls patterns* kwd_attrs* kwd_patterns*
MatchStar pattern name?
MatchAs pattern pattern? name?
MatchOr pattern patterns*
type_ignore
TypeIgnore type_ignore lineno tag
type_param +
TypeVar type_param name bound?
ParamSpec type_param name
TypeVarTuple type_param name
"""


def _build():
    made = {'AST': AST}
    for line in _NODES.strip().splitlines():
        parts = line.split()
        name = parts[0]
        if len(parts) == 1 or parts[1] == '+':
            # An abstract base (its subclasses carry positions if '+').
            ns = {'_fields': (), '_attributes': _POS if len(parts) > 1 else (), '__module__': 'ast'}
            made[name] = type(name, (AST,), ns)
            continue
        base = parts[1]
        positioned = base.endswith('+')
        base = made[base.rstrip('+')]
        fields = []
        ns = {'__module__': 'ast'}
        for f in parts[2:]:
            fname = f.rstrip('?*')
            fields.append(fname)
            if f.endswith('?'):
                ns[fname] = None
        ns['_fields'] = tuple(fields)
        ns['_attributes'] = _POS if positioned else base._attributes
        if ns['_attributes']:
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        made[name] = type(name, (base,), ns)
    return made


_classes = _build()
globals().update(_classes)
del _build


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None, optimize=-1):
    """Parse the source into an AST node."""
    if mode == 'func_type':
        raise NotImplementedError("adder: ast.parse(mode='func_type') is not supported")
    text = _adder_ast.dump(source, str(filename), mode, bool(type_comments))
    ns = dict(_classes)
    ns['inf'] = float('inf')
    ns['infj'] = complex(0, float('inf'))
    ns['__builtins__'] = {'Ellipsis': Ellipsis, 'True': True, 'False': False, 'None': None,
                          'float': float, 'complex': complex}
    return eval(text, ns)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string containing only a Python
    literal: strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    None and Ellipsis."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            else:
                return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set' and
              node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                else:
                    return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in node."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (node.__class__.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (node.__class__.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


def copy_location(new_node, old_node):
    """Copy the source location from old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give nodes without positions their parent's, recursively."""
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ("end_lineno" in child._attributes and (end_lineno := getattr(child, "end_lineno", 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """Yield (fieldname, value) for each field of node that is present."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """The source text that generated node (None without positions)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = source.splitlines(keepends=True)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = ' ' * len(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    """Yield node and all its descendants, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks the tree calling visit_<ClassName> for each node (or
    generic_visit, which visits the children)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor that replaces each node by what its visitor returns
    (None removes it)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
