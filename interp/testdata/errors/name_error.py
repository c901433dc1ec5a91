print("hi")
def f():
    return undefined_thing
lst = [f for _ in range(1)]
lst[0]()
