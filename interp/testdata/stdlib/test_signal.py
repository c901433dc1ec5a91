import signal, os, sys

print(signal.SIGINT == 2, signal.SIGTERM, int(signal.SIGKILL), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.SIG_IGN)
print(signal.Signals(15).name, signal.Signals.SIGUSR1.name, signal.strsignal(signal.SIGINT), signal.strsignal(9))
print(len(signal.valid_signals()), signal.strsignal(signal.SIGRTMIN + 1))

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("raise_signal interrupted")

got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

def on_int(signum, frame):
    print("custom SIGINT handler", signum)
signal.signal(signal.SIGINT, on_int)
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

for args in [(signal.SIGKILL, signal.SIG_IGN), (99, signal.SIG_IGN), (0, signal.SIG_IGN), (signal.SIGTERM, 5), (signal.SIGTERM, "x")]:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# os.kill of another process / no process
import subprocess
p = subprocess.Popen(["sleep", "10"])
os.kill(p.pid, signal.SIGTERM)
print("child returncode", p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print("killed returncode", p.wait())
try:
    os.kill(p.pid, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
print(os.getpgrp() == os.getpgid(0), os.getpgrp() > 0)
