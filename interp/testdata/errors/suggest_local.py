def f():
    counter = 1
    return countr
class A:
    value = 1
    def m(self):
        return valeu
try:
    f()
except NameError as e:
    print("caught", e)
try:
    A().m()
except NameError as e:
    print("caught", e)
import sys
try:
    sys.pth
except AttributeError as e:
    print("caught", e)
print(mathh)
