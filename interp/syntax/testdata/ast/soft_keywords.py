match, case, _ = 1, 2, 3
match[x]
match(x)
print(match, case)
def match(): pass
type(x)
type[x]
