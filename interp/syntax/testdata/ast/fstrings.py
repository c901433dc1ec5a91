name = "x"
a = f"hello {name}"
b = f"{name!r} {name!s} {name!a}"
c = f"{3.14159:.2f} {name:>{10}} {name:{'<'}{5}}"
d = f"{name=}" f"{name = }" f"{name=!s}" f"{name=:>10}"
e = f'{"nested"}' f"{'quotes'}" f"{f'{name}'}"
f = f"{{literal}} {{{name}}}"
g = rf"\d{name}\n" fr'{name}\t'
h = f"""multi
line {name}
  end"""
i = f"{ name }" f"{name!r:^20}"
j = "plain" f"mixed {name}" 'tail'
k = f"{[x for x in y]}" if False else f"{(lambda: 1)()}"
l = f"{a['b']}" f"{a["b"]}"
m = f"{name:{name}.{name}}"
n = f"{1:{2}}" f"{x:{y}{z}}"
o = f'{3!r:}'
p = f"\N{EM DASH}{name}\x41"
q = u"kind" "x"
r = f"{'a' if x else 'b'}"
s = f"{name}" ""
