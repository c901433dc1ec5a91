"""Prompt for a password without echoing it, and the user's login name
(adder). In a notebook the kernel asks the front end for a password
field (input_request with password=True); at a terminal echo is turned
off on /dev/tty; otherwise it falls back to reading stdin, with CPython's
GetPassWarning."""

import os
import sys
import warnings
import _adder_getpass

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off."""
    line = _adder_getpass.getpass(prompt)
    if line is None:
        return fallback_getpass(prompt, stream)
    return line


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


unix_getpass = getpass


def getuser():
    """Get the username from the environment or password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    return _adder_getpass.username()
