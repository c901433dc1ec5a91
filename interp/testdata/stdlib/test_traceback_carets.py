import traceback
def check(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
def sub():
    d = {}
    return d["missing"] + 1
def div(a=1, b=0):
    x = a / b
def attr():
    return None.value
def call():
    return int("x")
def nested():
    return [1, 2][5]
def multi():
    return dict(
        a=1,
        **None)
def whole():
    raise ValueError("whole line")
def chained():
    val = (1 +
           2) / 0
def uni():
    s = "é"; return s + 1
for f in [sub, div, attr, call, nested, multi, whole, chained, uni]:
    check(f)
