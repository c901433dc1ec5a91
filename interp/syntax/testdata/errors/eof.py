def broken(:
    pass
# ---
def broken(:
# ---
print((1, 2]
# ---
x = [1, 2
# ---
foo(a b
# ---
f(**)
# ---
x = (1,
y = 2
# ---
foo(a b
x = 1
# ---
foo(a,
    b c
# ---
x = {1: 2,
def f(): pass
# ---
f(a for a in b, c)
x = (
# ---
x = 1 +
y = (
# ---
if x:
    y = [1,
z = 3
# ---
a = (1,
  2,
  3
# ---
(a b)
# ---
(a
# ---
a = (
# ---
a = [
    1,
    2 3,
# ---
class C(:
    x = (
# ---
x = (1 2
     3)
# ---
print(f"{x")
# ---
x = [1, 2
print("unterminated)
# ---
x = (1 2
y = "abc
# ---
def f(x, y
    return x
# ---
lambda x: (x
# ---
x = 1 +
# ---
x = {'a': 1 'b': 2
# ---
import (a
# ---
from x import (a, b
# ---
x = [i for i in range(10]
# ---
try:
    pass
# ---
try:
    pass
x = 1
# ---
try:
    pass

# ---
try:
    pass
# comment
# ---
def f():
    try:
        pass
    x = 1
# ---
def f():
    try:
        pass
# ---
try:
    x = 1
    y = 2
print(x)
# ---
try: pass
# ---
try:
    pass
else:
    pass
# ---
try:
    pass
    # trailing comment
# ---
for x in y:
    try:
        pass
# ---
class C:
    def f(self):
        try:
            pass
# ---
try:
    pass
finally
# ---
try:
    pass
except
