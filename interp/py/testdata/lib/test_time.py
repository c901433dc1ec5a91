# time.strptime and clocks.
import time
print(time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("5 Mar 2024", "%d %b %Y"))
print(time.strptime("07/04/99 11PM", "%m/%d/%y %I%p"))
try: time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e: print(e)
try: time.strptime("2024-01-01x", "%Y-%m-%d")
except ValueError as e: print(e)
print(time.clock_gettime(time.CLOCK_REALTIME) > 0, time.thread_time_ns() >= 0)
import time
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(st, st.tm_mon, st[2], time.strftime("%Y/%m/%d %H:%M", st), time.asctime(time.gmtime(0)), st.tm_zone)
try: time.struct_time((1, 2))
except TypeError as e: print(e)
