import ast, re

src = '''
"""Module doc."""
import os, sys as system
from collections import OrderedDict as OD
x: int = 1 + 2 * 3
def f(a, /, b=2, *args, c, d=4, **kw) -> int:
    """Doc of f.

    More."""
    return a if b else -c
class K(Base, metaclass=M):
    y = [i ** 2 for i in range(10) if i % 2]
    async def g(self):
        async with ctx() as v:
            await v
for k, v in {'a': 1, **d}.items():
    print(f"{k!r:>10}={v}", sep='')
else:
    pass
while x < 10 <= y:
    x += 1; break
try:
    raise ValueError("bad") from None
except (TypeError, ValueError) as e:
    del e
finally:
    assert x, "msg"
with open("f") as fh, lock:
    lam = lambda q, *r: q[1:2, ::3]
match cmd:
    case [1, *rest] if rest: pass
    case {"k": v, **others}: pass
    case Point(x=0) | None: pass
global gg
s = {1, 2}; t = (); u = ...; w = b"by"; z = 1.5e300; cplx = 2j
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse("a[1] = b.c(d, *e, k=f)"), include_attributes=True))
print(ast.dump(ast.parse("x", mode="eval")), ast.dump(ast.parse("1 + 1", mode="single")))
print(ast.get_docstring(tree), "|", ast.get_docstring(tree.body[4]))
print(sorted({type(n).__name__ for n in ast.walk(tree)})[:12])
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter()
c.visit(tree)
print(c.names[:10], len(c.names))
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "x":
            return ast.copy_location(ast.Name(id="renamed", ctx=node.ctx), node)
        return node
    def visit_Pass(self, node):
        return None
t2 = Renamer().visit(ast.parse("x = x + 1\nif x: pass\nelse: y"))
print(ast.dump(t2))
fn = tree.body[4]
print(type(fn).__name__, fn.name, fn.lineno, fn.col_offset, fn.end_lineno, fn.returns.id, [a.arg for a in fn.args.args])
print(ast.get_source_segment(src, fn.body[1]), ast.get_source_segment(src, tree.body[3].value))
for s in ["[1, 2.5, 'x', b'y', None, True, (1,), {'a': {1, 2}}]", "-5", "3+4j", "set()", " {1: -2.5e3}", "...", "'\\u00e9'"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1 + x", "f(1)", "{1: 2} | {}", "a.b"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", re.sub("0x[0-9a-f]+", "ADDR", str(e)))
try:
    ast.parse("def f(:")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
n = ast.Name("v", ast.Load())
print(n.id, isinstance(n.ctx, ast.Load), ast.Name._fields, ast.Constant._fields, ast.Name._attributes, ast.Constant.kind)
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))), re.sub("0x[0-9a-f]+", "ADDR", repr(n)))
m = ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=ast.Constant(1))], type_ignores=[]))
print(m.body[0].lineno, m.body[0].value.col_offset, ast.increment_lineno(m, 3).body[0].lineno)
print(list(ast.iter_fields(ast.parse("a").body[0]))[0][0], len(list(ast.iter_child_nodes(tree))))
print(isinstance(tree.body[0], ast.stmt), issubclass(ast.Add, ast.operator), ast.AST in ast.expr.__mro__)
