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
