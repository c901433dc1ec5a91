try:
    raise ValueError("a")
except ValueError:
    raise TypeError("b")
