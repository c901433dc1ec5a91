# calendar Day/Month IntEnums with module-level reprs; IntFlag as a container.
import calendar, enum
print(calendar.monthrange(2024, 2), repr(calendar.weekday(2024, 1, 1)), calendar.MONDAY, repr(calendar.JANUARY), calendar.Month(3), calendar.Day.SUNDAY + 1)
print(calendar.firstweekday(), list(calendar.Calendar().iterweekdays()), calendar.month(2024, 2).splitlines()[1], calendar.FEBRUARY == 2)
print(list(calendar.Day)[:2], str(calendar.Day.FRIDAY), f"{calendar.TUESDAY}", calendar.Month.DECEMBER.name)
class P(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), repr(P.R & 4), repr(~P.R), len(P(6)), repr(P.R | 1), list(P(7)), P.R in P(6), bool(P(0)), repr(P(8)))
try:
    print(4 in P(6))
except TypeError as e:
    print("TypeError", e)
