f"{x =try: }"
# ---
f"{ {'a': 1}['a'] = if}"
# ---
f"{x except+ 1}"
# ---
f"{name!r} {na{me!s} {name!a}"
# ---
f"{x y}"
# ---
f"{x = y}"
# ---
f"{x = !r}"
# ---
f"{x = :>10}"
# ---
f"{x if}"
# ---
f"{x,}"
# ---
f"{x;}"
