if x:
    if y:
        pass
    z = 1
else:
	pass
def f(a,
      b):
    return (a +
            b)
