import re

# The flags are RegexFlag (an int subclass) values that print by name.
print(re.I, re.I | re.M, repr(re.S), int(re.X), re.NOFLAG, re.compile('a', re.I | re.S), re.compile('b'), re.compile(b'c', re.I))
print(re.IGNORECASE == 2, re.I | 8, type(re.I | re.M).__name__)
