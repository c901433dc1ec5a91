"""Interfaces for launching and remotely controlling web browsers (adder):
the BROWSER environment variable first, then xdg-open and the usual
graphical browsers when a display is available, then console browsers
when a terminal is; open() tries them in turn."""

import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


def _audit(url):
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("webbrowser.open", url)


_lock = threading.RLock()
_browsers = {}          # lower-cased name -> [class, instance]
_tryorder = None        # preference order of browser names
_os_preferred_browser = None


def register(name, klass, instance=None, *, preferred=False):
    """Register a browser connector."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        _browsers[name.lower()] = [klass, instance]
        if preferred or (_os_preferred_browser and name in _os_preferred_browser):
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def get(using=None):
    """A browser controller by name (the first that can run by default)."""
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    alternatives = [using] if using is not None else _tryorder
    for browser in alternatives:
        if '%s' in browser:
            cmdline = shlex.split(browser)
            if cmdline[-1] == '&':
                return BackgroundBrowser(cmdline[:-1])
            return GenericBrowser(cmdline)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Display url in a browser: new=1 a new window, 2 a new tab. True if
    a browser was launched."""
    _audit(url)
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """For a command line whose program is on PATH and is a browser
    registered under its base name: a copy of that controller running this
    command line, registered too. Otherwise [None, None]."""
    cmd = browser.split()[0]
    if not shutil.which(cmd):
        return [None, None]
    name = os.path.basename(cmd).lower()
    known = _browsers.get(name)
    if known is None or known[1] is None or known[1].basename != name:
        return [None, None]
    import copy
    controller = copy.copy(known[1])
    controller.name = browser
    controller.basename = os.path.basename(browser)
    register(browser, None, instance=controller, preferred=preferred)
    return [None, controller]


class BaseBrowser:
    """Parent class of all browsers."""
    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command with the URL in place of %s; it counts as
    opened if the command exits with status 0."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def open(self, url, new=0, autoraise=True):
        _audit(url)
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        try:
            p = subprocess.Popen(cmdline, close_fds=True)
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser run in the background (not waited for)."""

    def open(self, url, new=0, autoraise=True):
        cmdline = [self.name] + [arg.replace("%s", url) for arg in self.args]
        _audit(url)
        try:
            p = subprocess.Popen(cmdline, close_fds=True, start_new_session=True)
            return p.poll() is None
        except OSError:
            return False


def register_X_browsers():
    """The graphical browsers found on PATH, xdg-open first."""
    for name in ("xdg-open", "gio", "x-www-browser", "firefox", "google-chrome", "chromium", "chromium-browser",
                 "microsoft-edge", "opera", "epiphany", "konqueror"):
        if shutil.which(name):
            args = ["open", "%s"] if name == "gio" else ["%s"]
            register(name, None, BackgroundBrowser([name] + args))


def register_standard_browsers():
    global _tryorder
    _tryorder = []
    if sys.platform.startswith("linux") or os.name == "posix":
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            register_X_browsers()
        if os.environ.get("TERM"):
            for name in ("www-browser", "links", "elinks", "lynx", "w3m"):
                if shutil.which(name):
                    register(name, None, GenericBrowser(name))
    if "BROWSER" in os.environ:
        userchoices = os.environ["BROWSER"].split(os.pathsep)
        userchoices.reverse()
        for cmdline in userchoices:
            if cmdline != '':
                cmd = _synthesize(cmdline, preferred=True)
                if cmd[1] is None:
                    register(cmdline, None, GenericBrowser(cmdline), preferred=True)
