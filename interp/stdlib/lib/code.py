"""Utilities needed to emulate Python's interactive interpreter (adder):
InteractiveInterpreter runs source that codeop finds complete;
InteractiveConsole buffers lines until they form a statement."""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting errors as the
    interactive interpreter does."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Run source if complete; True means more input is needed."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        typ, value, tb = sys.exc_info()
        sys.last_exc = sys.last_value = value
        sys.last_type = typ
        sys.last_traceback = tb
        if filename and typ is SyntaxError:
            value.filename = filename
        self.write(''.join(traceback.format_exception_only(typ, value)))

    def showtraceback(self):
        typ, value, tb = sys.exc_info()
        sys.last_exc = sys.last_value = value
        sys.last_type = typ
        sys.last_traceback = tb
        try:
            lines = traceback.format_exception(typ, value, tb.tb_next if tb is not None else None)
            hook = getattr(sys, 'excepthook', None)
            if hook is None or hook is getattr(sys, '__excepthook__', None):
                self.write(''.join(lines))
            else:
                hook(typ, value, tb)
        finally:
            typ = value = tb = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter fed line by line, with a prompt loop (interact)."""

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        super().__init__(locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read lines with raw_input (prompts sys.ps1/sys.ps2) and push them
        until end of input; Ctrl-C drops the pending lines."""
        prompts = (getattr(sys, 'ps1', None) or ">>> ", getattr(sys, 'ps2', None) or "... ")
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                self.__class__.__name__))
        elif banner:
            self.write("%s\n" % banner)
        more = False
        while True:
            try:
                line = self.raw_input(prompts[1] if more else prompts[0])
            except EOFError:
                self.write("\n")
                break
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
                continue
            try:
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg:
            self.write('%s\n' % exitmsg)

    def push(self, line, filename=None, _symbol="single"):
        """Add a line; run the buffer if it is complete. True means more
        input is needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        if filename is None:
            filename = self.filename
        more = self.runsource(source, filename, symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole (reading lines with readfunc if given)."""
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)
