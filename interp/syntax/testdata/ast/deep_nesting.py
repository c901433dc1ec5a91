x = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
z = -(-(-(-(-(-(-(-(-(-1)))))))))
w = not not not not not not not not x
v = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p
u = f(g(h(i(j(k(l(m(n(o(1))))))))))
if a:
    if b:
        if c:
            if d:
                if e:
                    if f:
                        pass
