x = (
    1 +
    2
)
foo(a,
    b=1,
    *c,
    **d)
s = ("implicit"
     "concatenation")
t = f"""
{x}
"""
def long_function_name(
        argument_one,
        argument_two):
    return (argument_one
            + argument_two)
result = [
    value
    for value in range(10)
]
