"""Subprocesses with accessible I/O streams (adder), over Go's os/exec.

Differences from CPython, by design of the host: a stream left as None
(inherit) is collected and written to sys.stdout / sys.stderr when the
child is waited for, so a child's output shows in a notebook cell, in
order with the program's own prints; pipes are read by Go goroutines, so
no pipe can fill up and deadlock, and every wait can be interrupted.
preexec_fn, pass_fds, user/group and umask are not supported."""

import os
import sys
import time
import signal
import _adder_subprocess as _sp

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _signame(sig):
    try:
        return "<Signals.%s: %d>" % (signal.Signals(sig).name, sig)
    except ValueError:
        return "unknown signal %d" % sig


class CalledProcessError(SubprocessError):
    """Raised when run(check=True), check_call or check_output sees a
    non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signame(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout expires while waiting for a child."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    """Popen.stdout / Popen.stderr: the read end of a child's pipe."""

    def __init__(self, popen, which, text, encoding, errors):
        self._popen = popen
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def _conv(self, data):
        if self._text:
            return _translate_newlines(data, self._encoding, self._errors)
        return data

    def read(self, size=-1):
        if self.closed:
            raise ValueError("read of closed file")
        if size is None:
            size = -1
        return self._conv(_sp.read(self._popen._handle, self._which, size, False))

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        return self._conv(_sp.read(self._popen._handle, self._which, -1, True))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _PipeWriter:
    """Popen.stdin: the write end of the child's standard input."""

    def __init__(self, popen, text, encoding, errors):
        self._popen = popen
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        n = len(data)
        if self._text:
            data = data.encode(self._encoding, self._errors)
        _sp.write(self._popen._handle, bytes(data))
        return n

    def writable(self):
        return True

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")

    def close(self):
        if not self.closed:
            self.closed = True
            _sp.close_stdin(self._popen._handle)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _stream_code(v, name):
    if v is None:
        return None
    if v in (PIPE, DEVNULL) or (v == STDOUT and name == 'stderr'):
        return v
    if isinstance(v, int):
        if v < 0:
            raise ValueError("bad value for %s: %r" % (name, v))
        return v
    try:
        return v.fileno()
    except (AttributeError, OSError):
        raise TypeError("%s must be PIPE, DEVNULL, a file descriptor or a file object" % name) from None


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self._handle = None
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        if preexec_fn is not None:
            raise NotImplementedError("adder: preexec_fn is not supported")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            argv = [os.fsdecode(args) if not isinstance(args, str) else args]
        else:
            argv = [os.fsdecode(a) if not isinstance(a, str) else a for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable:
                argv[0] = executable
            executable = None
        if executable is not None:
            executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                envlist.append(k + "=" + os.fsdecode(v))
        codes = []
        for v, name in ((stdin, 'stdin'), (stdout, 'stdout'), (stderr, 'stderr')):
            codes.append(_stream_code(v, name))
        in_code, out_code, err_code = codes
        self._pass = [out_code is None, err_code is None]
        if out_code is None:
            out_code = _sp.INHERIT
        if err_code is None:
            err_code = _sp.INHERIT
        self._handle = _sp.spawn(argv, executable, cwd, envlist, in_code, out_code, err_code,
                                 bool(start_new_session))
        self.pid = _sp.pid(self._handle)
        if stdin == PIPE:
            self.stdin = _PipeWriter(self, self.text_mode, self.encoding, self.errors)
        if stdout == PIPE:
            self.stdout = _PipeReader(self, 0, self.text_mode, self.encoding, self.errors)
        if stderr == PIPE:
            self.stderr = _PipeReader(self, 1, self.text_mode, self.encoding, self.errors)

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(lambda cls, item: cls)

    @property
    def universal_newlines(self):
        return self.text_mode

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                self.kill()
            self.wait()

    def _pass_through(self):
        # Output of inherited streams goes to sys.stdout / sys.stderr.
        for which, stream in ((0, sys.stdout), (1, sys.stderr)):
            if self._pass[which]:
                data = _sp.drain(self._handle, which)
                if data and stream is not None:
                    stream.write(data.decode('utf-8', 'replace'))
                    stream.flush()

    def _finish(self, code):
        self.returncode = code
        self._pass_through()
        return code

    def poll(self):
        if self.returncode is None:
            code = _sp.wait(self._handle, 0.0)
            if code is not None:
                self._finish(code)
            else:
                self._pass_through()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        code = _sp.wait(self._handle, timeout)
        if code is None:
            self._pass_through()
            raise TimeoutExpired(self.args, timeout)
        return self._finish(code)

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout and stderr to the end and wait; returns
        (stdout, stderr), each None unless it was a pipe."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.stdin is None:
            raise ValueError("stdin was not a pipe")  # CPython ignores it silently on some paths
        self._communication_started = True
        if self.stdin is not None and not self.stdin.closed:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        code = _sp.wait(self._handle, timeout)
        if code is None:
            self._pass_through()
            exc = TimeoutExpired(self.args, timeout)
            raise exc
        self._finish(code)
        out = err = None
        if self.stdout is not None:
            out = self.stdout.read() if not self.stdout.closed else None
            self.stdout.close()
        if self.stderr is not None:
            err = self.stderr.read() if not self.stderr.closed else None
            self.stderr.close()
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is None:
            _sp.signal(self._handle, sig)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def _partial(p, which):
    stream = p.stdout if which == 0 else p.stderr
    if stream is None or stream.closed:
        return None
    data = _sp.drain(p._handle, which)
    return stream._conv(data) if data else (b'' if not p.text_mode else '')


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.output = _partial(process, 0)
            exc.stderr = _partial(process, 1)
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
