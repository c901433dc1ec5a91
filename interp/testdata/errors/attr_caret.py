class C:
    pass
c = C()
total = c.value + 1
