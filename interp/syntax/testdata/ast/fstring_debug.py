x = 1
a = f"{x = }"
b = f"{x=!r:>10}"
c = f"{x # c1
 = }"
d = f"{'#' = }"
e = f"{x + 1 # comment
  # another
  = }"
g = f"{ {'a': 1}['a'] = }"
h = f"{f'{x = }' = }"
