"""A terminal program driven through tmux: start it in a detached session,
type into it with send-keys, and read the screen with capture-pane."""

import re
import subprocess
import time
import uuid


class Tmux:
    def __init__(self, command, env=None, width=120, height=50):
        self.name = "adder-test-" + uuid.uuid4().hex[:8]
        args = ["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height)]
        for key, value in (env or {}).items():
            args += ["-e", f"{key}={value}"]
        subprocess.run(args + [command], check=True)
        subprocess.run(["tmux", "set-option", "-t", self.name, "remain-on-exit", "on"], check=True)

    def send(self, *keys, literal=False):
        args = ["tmux", "send-keys", "-t", self.name]
        if literal:
            args.append("-l")
        subprocess.run(args + list(keys), check=True)

    def type_line(self, text, pause=0.4):
        """Types text, waits until the program has echoed it, then presses
        Enter. Keys sent faster than a person types make jupyter_console's
        prompt_toolkit loop fail ("cannot enter context"), a bug of its own."""
        self.send(text, literal=True)
        if text.strip():
            self.wait_for(re.escape(text.strip()) + r"\s*$", timeout=10)
        time.sleep(pause)
        self.send("Enter")
        time.sleep(pause)

    def screen(self):
        return subprocess.run(["tmux", "capture-pane", "-p", "-J", "-S", "-2000", "-t", self.name],
                              check=True, capture_output=True, text=True).stdout

    def wait_for(self, pattern, timeout=20, after=0):
        """Waits until pattern (a regex) appears on the screen at or after
        character offset `after`; returns the match's end offset."""
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern, re.M)
        while True:
            text = self.screen()
            m = rx.search(text, after)
            if m:
                return m.end()
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {pattern!r}; screen:\n{text}")
            time.sleep(0.1)

    def dead(self):
        out = subprocess.run(["tmux", "list-panes", "-t", self.name, "-F", "#{pane_dead}"],
                             capture_output=True, text=True).stdout
        return out.strip() == "1"

    def close(self):
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)
