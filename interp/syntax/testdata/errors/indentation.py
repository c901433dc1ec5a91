if x:
pass
# ---
for x in y:
x = 1
# ---
while x:
print(x)
# ---
def f():
return 1
# ---
class C:
pass
# ---
with a:
pass
# ---
try:
pass
except:
    pass
# ---
try:
    pass
except ValueError:
pass
# ---
try:
    pass
finally:
pass
# ---
if x:
    pass
elif y:
pass
# ---
if x:
    pass
else:
pass
# ---
match x:
case 1:
    pass
# ---
match x:
    case 1:
    pass
# ---
async def f():
pass
# ---
  x = 1
# ---
x = 1
    y = 2
# ---
if x:
        a = 1
    b = 2
# ---
if x:
	a = 1
        b = 2
# ---
if x:
        a = 1
	b = 2
# ---
def f():
    x = 1
   y = 2
# ---
for x in y:
    pass
else:
pass
# ---
try:
    pass
except* ValueError:
pass
