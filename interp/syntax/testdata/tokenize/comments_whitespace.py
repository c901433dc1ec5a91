# leading comment

x = 1  # trailing comment


def f():  # comment after colon
    # comment in body
    return 1  # trailing

    # comment before dedent
y = [
    1,  # one
    # standalone
    2,
]
z = (1 +
     2)
w = 1 + \
    2
if x:
	pass
class C:


    x = 1
	
