from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
from datetime import datetime, timedelta, timezone
import pickle

paris = ZoneInfo("Europe/Paris")
print(paris, repr(paris), paris.key, ZoneInfo("Europe/Paris") is paris, ZoneInfo.no_cache("Europe/Paris") is paris)
for zone in ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "Asia/Tokyo"]:
    z = ZoneInfo(zone)
    for dt in [datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12)]:
        d = dt.replace(tzinfo=z)
        print(zone, d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(timezone.utc))
ny = ZoneInfo("America/New_York")
amb = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(amb, amb.tzname(), amb.replace(fold=1), amb.replace(fold=1).tzname())
gap = datetime(2024, 3, 10, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(timezone.utc))
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for h in range(3):
    t = (u + timedelta(hours=h)).astimezone(ny)
    print(t, t.fold, t.tzname())
print(datetime(2024, 3, 31, 0, 59, tzinfo=timezone.utc).astimezone(paris),
      datetime(2024, 3, 31, 1, 0, tzinfo=timezone.utc).astimezone(paris))
print(datetime.fromtimestamp(1700000000, tz=ZoneInfo("Asia/Kolkata")))
print(datetime(1900, 1, 1, tzinfo=paris).utcoffset(), datetime(2100, 7, 1, tzinfo=paris).tzname())
try:
    ZoneInfo("Nowhere/City")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e, isinstance(e, KeyError))
zones = available_timezones()
print("Europe/Paris" in zones, "America/New_York" in zones, "posixrules" in zones, len(zones) > 300)
print(pickle.loads(pickle.dumps(paris)) is paris)
