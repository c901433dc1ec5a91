import getpass, locale, io, sys, warnings, os

os.environ["USER"] = "alice"
print(getpass.getuser(), issubclass(getpass.GetPassWarning, UserWarning))
del os.environ["USER"]
os.environ["LOGNAME"] = "bob"
print(getpass.getuser())
sys.stdin = io.StringIO("s3cret\n")
err = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    pw = getpass.fallback_getpass("Pass: ", err)
print(repr(pw), repr(err.getvalue()), [str(x.message) for x in w], [x.category.__name__ for x in w])
sys.stdin = io.StringIO("")
try:
    getpass.fallback_getpass("P: ", io.StringIO())
except EOFError:
    print("EOFError")

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ("C", "UTF-8")), locale.normalize("c.utf8"))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY.ISO-8859-99")
except locale.Error as e:
    print("locale.Error", e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
locale.setlocale(locale.LC_ALL, "C")
print(locale.getpreferredencoding(), locale.getencoding(), sorted(locale.localeconv().items()))
print(locale.format_string("%d items, %.2f each", (1234567, 2.5)), locale.str(3.14159265358979), locale.atof("2.5"), locale.atoi("42"))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strxfrm("abc"), locale.LC_ALL, locale.CHAR_MAX)
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
