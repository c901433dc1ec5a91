a = [1, 2, 3,]
b = (1,)
c = ()
d = {}
e = {1: 2, 3: 4, **f, 5: 6}
g = {1, 2, *h}
i = [*a, *b]
j = (*a, *b)
k = 1, 2
l = 1,
m = [i for i in range(10) if i % 2 if i > 3]
n = {i: j for i, j in z}
o = {i for i in z}
p = (i for i in z)
q = [x for y in z for x in y]
r = [(a, b) for a in x for b in y if a != b]
s = list(i for i in z)
t = [[1, 2], [3, [4, 5]]]
u = {**a, **b}
v = [
    1,
    2,
]
