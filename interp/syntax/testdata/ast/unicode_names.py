café = 1
naïve = café + 1
π = 3.14
变量 = "中文"
ｗｉｄｔｈ = 10
µ = 1
s = "émoji 🎉 and ümlaut"
t = f"{café} ☕"
def функция(аргумент): return аргумент
class Ĉlass: pass
x = "\u00e9" "é"
