match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2 | 3j | -1+2j | 1-2j:
        pass
    case "s" "t":
        pass
    case b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case [1, 2, *rest]:
        pass
    case [*_, last]:
        pass
    case (1, 2):
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case (a):
        pass
    case {"k": v, 1: w, **rest}:
        pass
    case {}:
        pass
    case {a.b: 1}:
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=a.b):
        pass
    case Point():
        pass
    case a.B(x):
        pass
    case [1, 2] as lst:
        pass
    case (1 | 2) as n if n > 1:
        pass
    case x if x:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass
    case [Point(x=0, y=0), *others]:
        pass
match (a, b):
    case _: pass
match a, b:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match = 1
match.x = 2
match(x)
case = 3
_ = 4
