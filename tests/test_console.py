"""`jupyter console --kernel adder` driven in tmux, as a person would use
it. Each test also runs against ipykernel (kernel "python3") so the script's
expectations are checked against the reference kernel."""

import os
import re
import time

import pytest

from tmux import Tmux

# jupyter_console's prompt_toolkit loop has a race of its own with keys that
# arrive while it redraws (jupyter_client#927); under a loaded machine that
# can fail a run whatever the kernel. Each terminal test gets one rerun.
pytestmark = pytest.mark.flaky(reruns=1, reruns_delay=2)

KERNELS = ["adder"]
if os.path.exists("/usr/share/jupyter/kernels/python3"):
    KERNELS.append("python3")


def start_console(kernel):
    env = {k: os.environ[k] for k in ("JUPYTER_PATH", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR",
                                      "JUPYTER_CONFIG_DIR", "IPYTHONDIR") if k in os.environ}
    env["TERM"] = "xterm"
    t = Tmux(f"/usr/bin/jupyter console --kernel {kernel}", env=env)
    try:
        t.wait_for(r"In \[1\]: ", timeout=30)
    except AssertionError:
        t.close()
        raise
    time.sleep(1)  # the console is still starting its input loop
    return t


def wait_dead(t, timeout=20):
    deadline = time.monotonic() + timeout
    while not t.dead():
        assert time.monotonic() < deadline, "console did not exit:\n" + t.screen()
        time.sleep(0.1)


@pytest.fixture(params=KERNELS)
def kernel(request):
    return request.param


@pytest.fixture
def console(kernel):
    t = start_console(kernel)
    try:
        yield t
    finally:
        t.close()


def test_session_basics(console):
    t = console
    # A multi-line def: the console asks is_complete and keeps reading.
    # The console indents the body itself, as a person sees it do.
    t.type_line("def twice(x):")
    t.type_line("return 2 * x")
    t.type_line("")
    end = t.wait_for(r"In \[2\]: ")
    t.type_line("twice(21)")
    end = t.wait_for(r"Out\[2\]: 42", after=end)
    t.type_line("import asyncio")
    end = t.wait_for(r"In \[4\]: ", after=end)
    t.type_line("await asyncio.sleep(0.1); print('slept')")
    end = t.wait_for(r"^slept$", after=end)
    t.type_line("1/0")
    end = t.wait_for(r"ZeroDivisionError: division by zero", after=end)
    t.type_line("exit")
    wait_dead(t)


def test_editor_features(console):
    t = console
    t.type_line("class Point:")
    t.type_line("def __init__(self, x):")
    t.type_line("self.x = x")
    t.send("BSpace")  # back out of __init__'s body to the class level
    t.send("BSpace")
    t.send("BSpace")
    t.send("BSpace")
    t.type_line("def norm(self):")
    t.type_line("return abs(self.x)")
    t.type_line("")
    t.type_line("")
    end = t.wait_for(r"In \[2\]: ")
    t.type_line("p = Point(-3)")
    end = t.wait_for(r"In \[3\]: ", after=end)
    # Tab completes the only attribute starting with "no".
    t.send("p.no", literal=True)
    time.sleep(0.4)
    t.send("Tab")
    t.wait_for(r"p\.norm", after=end)
    time.sleep(0.4)
    t.send("()", literal=True)
    time.sleep(0.4)
    t.send("Enter")
    end = t.wait_for(r"Out\[3\]: 3", after=end)
    t.type_line("Point.norm?")
    end = t.wait_for(r"Signature:\s*Point\.norm\(self\)", after=end)
    end = t.wait_for(r"In \[5\]: ", after=end)
    t.type_line("%timeit -n 10 -r 2 sum(range(100))")
    end = t.wait_for(r"per loop \(mean ± std\. dev\. of 2 runs, 10 loops each\)", after=end)
    t.type_line("name = input('who? ')")
    end = t.wait_for(r"who\? ", after=end)
    t.type_line("adder")
    t.type_line("name.upper()")
    end = t.wait_for(r"Out\[\d+\]: 'ADDER'", after=end)


def test_history_survives_restart(kernel):
    """A line typed in one console session comes back with Up in the next,
    which starts a new kernel process: the history is persisted."""
    marker = f"history_marker_{os.getpid()}_{kernel.replace('3', 'three')} = 1"
    first = start_console(kernel)
    try:
        first.type_line(marker)
        first.wait_for(r"In \[2\]: ")
        first.type_line("exit")
        wait_dead(first)
    finally:
        first.close()
    second = start_console(kernel)
    try:
        # The newest line may be "exit" (ipykernel does not always store
        # it): walk back until the marker shows.
        for _ in range(3):
            second.send("Up")
            try:
                second.wait_for(re.escape(marker), timeout=3)
                break
            except AssertionError:
                continue
        else:
            raise AssertionError("history not recalled:\n" + second.screen())
    finally:
        second.close()
