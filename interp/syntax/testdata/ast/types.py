type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = dict[T, Ts]
type A[T: (int, str)] = T
type = 1
type.x = 2
print(type)
x: type = int
def type(): pass
