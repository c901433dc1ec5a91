"""Module docstring."""
def f():
    """Function docstring."""
    '''second string'''
class C:
    """Class docstring
    spanning lines."""
    x = """
    indented triple
    """
