import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), date(2024, 3, 1) - d, d.replace(day=1), date.fromordinal(738000), date.fromisoformat('2023-12-31'))
print(d.strftime('%Y/%m/%d %A %B %j %a %b %y %U %W %w %%'), format(d, '%d.%m.%Y'), f"{d:%Y}", d.isoformat(), d.timetuple()[:3])
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), sorted([date(2023, 5, 1), date(2021, 1, 1)]), date.min, date.max)
print(date.fromisocalendar(2024, 1, 1), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar().week)
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: date.fromisoformat('2023-1-1'), lambda: date(2023, 1.5, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

t = time(13, 5, 9, 123)
print(t, repr(t), time(1, 2), repr(time(1, 2, 3)), t.isoformat(timespec='milliseconds'), t.strftime('%I:%M %p'), time.fromisoformat('08:30:15.5'))
print(time(1) < time(2), time(12, tzinfo=timezone.utc), time(12, 30, tzinfo=timezone(timedelta(hours=2))).utcoffset())

dtm = datetime(2024, 3, 15, 14, 30, 45, 500)
print(dtm, repr(dtm), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), dtm.date(), dtm.time(), dtm.isoformat(), dtm.isoformat(' ', 'seconds'))
print(dtm.strftime('%Y-%m-%d %H:%M:%S.%f'), dtm.strftime('%c | %x | %X'), dtm + timedelta(hours=12), dtm - datetime(2024, 1, 1))
print(datetime.strptime('2023-07-04 09:08:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04/Jul/2023:10:00 PM', '%d/%b/%Y:%I:%M %p'), datetime.strptime('2023-01-02T03:04:05.123+0200', '%Y-%m-%dT%H:%M:%S.%f%z'))
print(datetime.fromisoformat('2024-05-06T07:08:09'), datetime.fromisoformat('2024-05-06 07:08:09.123456+05:30'), datetime.fromisoformat('2024-05-06'), datetime.fromisoformat('2024-05-06T07:08Z'))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), dtm.replace(year=2000, microsecond=0), dtm.timetuple()[:6], dtm.weekday())
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.astimezone(timezone(timedelta(hours=-5))), u.utcoffset(), u.tzname(), u.strftime('%z %Z %:z'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.25, tz=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), datetime(2024, 1, 1) == date(2024, 1, 1), datetime.min, datetime.max)
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.strptime('2023-13-01', '%Y-%m-%d')
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime('2023-01-01 extra', '%Y-%m-%d')
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime('nope', '%Y')
except ValueError as e:
    print("ValueError:", e)

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), timedelta(0), repr(timedelta(0)))
print(timedelta(seconds=-1), repr(timedelta(hours=-1)), timedelta(weeks=2), timedelta(days=-1, seconds=5), abs(timedelta(days=-2)), -td)
print(td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)))
print(timedelta(seconds=1.5), timedelta(milliseconds=1.0005), timedelta(days=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), td * 1.5)
print(timedelta(hours=1) < timedelta(hours=2), timedelta(minutes=60) == timedelta(hours=1), bool(timedelta(0)), sum([timedelta(1), timedelta(2)], timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=3) - timedelta(hours=1))
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3), 'BRT')), dt.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
print(dt.MINYEAR, dt.MAXYEAR, hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {datetime(2024, 1, 1): 1}[datetime(2024, 1, 1)])
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.now(timezone.utc).tzinfo)
