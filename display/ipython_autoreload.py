# IPython.extensions.autoreload for adder: `%load_ext autoreload` then
# `%autoreload 2` reloads changed modules before each cell, and updates
# the functions and classes already imported from them in place, so old
# references and instances see the new code.
#
#   %autoreload [0|1|2|3|off|explicit|all|complete]   set the mode
#   %autoreload                                       reload changed modules now
#   %aimport [mod ...] [-mod]                         modules for mode 1; exclusions
import os
import sys
from importlib import import_module, reload

__all__ = ["ModuleReloader", "superreload", "load_ipython_extension"]

# Attributes of a class that are not updated from the new version.
_SKIP_CLASS_ATTRS = ('__dict__', '__doc__', '__module__', '__weakref__')


def _update_function(old, new):
    for name in ('__code__', '__defaults__', '__doc__', '__kwdefaults__', '__annotations__'):
        try:
            setattr(old, name, getattr(new, name))
        except (AttributeError, TypeError, ValueError):
            pass
    try:
        old.__dict__.update(new.__dict__)
    except AttributeError:
        pass


def _update_class(old, new):
    for key in list(old.__dict__):
        if key in _SKIP_CLASS_ATTRS:
            continue
        if key not in new.__dict__:
            try:
                delattr(old, key)
            except (AttributeError, TypeError):
                pass
    for key, new_value in new.__dict__.items():
        if key in _SKIP_CLASS_ATTRS:
            continue
        old_value = old.__dict__.get(key)
        if old_value is not None and _update_generic(old_value, new_value):
            continue
        try:
            setattr(old, key, new_value)
        except (AttributeError, TypeError):
            pass


def _update_property(old, new):
    _update_generic(old.fdel, new.fdel)
    _update_generic(old.fget, new.fget)
    _update_generic(old.fset, new.fset)


def _update_generic(old, new):
    """Update old in place from new when they are the same kind of thing;
    report whether it was done."""
    if type(old) is not type(new):
        return False
    if isinstance(new, type):
        _update_class(old, new)
        return True
    if callable(new) and hasattr(new, '__code__'):
        _update_function(old, new)
        return True
    if isinstance(new, property):
        _update_property(old, new)
        return True
    if isinstance(new, (classmethod, staticmethod)):
        return _update_generic(old.__func__, new.__func__)
    return False


def superreload(module, reload=reload, old_objects=None, shell=None):
    """Reload a module and update the objects the old version defined."""
    if old_objects is None:
        old_objects = {}
    for name, obj in list(module.__dict__.items()):
        if getattr(obj, '__module__', None) != module.__name__:
            continue
        old_objects.setdefault((module.__name__, name), []).append(obj)
    module = reload(module)
    for name, new_obj in list(module.__dict__.items()):
        for old_obj in old_objects.get((module.__name__, name), []):
            if old_obj is not new_obj:
                _update_generic(old_obj, new_obj)
    return module


class ModuleReloader:
    """Tracks module files and reloads the ones that changed."""

    def __init__(self, shell=None):
        self.enabled = False
        self.check_all = True
        self.modules = {}
        self.skip_modules = {}
        self.old_objects = {}
        self.modules_mtimes = {}
        self.shell = shell
        self.check(check_all=True, do_reload=False)

    def mark_module_skipped(self, module_name):
        self.modules.pop(module_name, None)
        self.skip_modules[module_name] = True

    def mark_module_reloadable(self, module_name):
        self.skip_modules.pop(module_name, None)
        self.modules[module_name] = True

    def aimport_module(self, module_name):
        self.mark_module_reloadable(module_name)
        import_module(module_name)
        top_name = module_name.split('.')[0]
        return top_name, sys.modules[top_name]

    def filename_and_mtime(self, module):
        filename = getattr(module, '__file__', None)
        if not filename or not isinstance(filename, str) or not filename.endswith('.py'):
            return None, None
        try:
            return filename, os.stat(filename).st_mtime
        except OSError:
            return None, None

    def check(self, check_all=False, do_reload=True):
        """Reload the modules whose files changed since the last check."""
        if not self.enabled and not check_all:
            return
        names = list(sys.modules) if (check_all or self.check_all) else list(self.modules)
        for modname in names:
            m = sys.modules.get(modname)
            if m is None or modname in self.skip_modules:
                continue
            filename, mtime = self.filename_and_mtime(m)
            if filename is None:
                continue
            try:
                if mtime <= self.modules_mtimes[modname]:
                    continue
            except KeyError:
                self.modules_mtimes[modname] = mtime
                continue
            self.modules_mtimes[modname] = mtime
            if not do_reload:
                continue
            try:
                superreload(m, reload, self.old_objects, self.shell)
            except Exception:
                import traceback
                print("[autoreload of %s failed: %s]" % (
                    modname, traceback.format_exc(limit=10)), file=sys.stderr)


class AutoreloadMagics:
    """The %autoreload and %aimport magics and the pre-cell hook."""

    def __init__(self, shell):
        self.shell = shell
        self._reloader = ModuleReloader(shell)
        self._reloader.check_all = False
        self.loaded_modules = set(sys.modules)

    def autoreload(self, parameter_s=''):
        p = str(parameter_s).strip()
        r = self._reloader
        if p == '':
            r.check(True)
        elif p in ('0', 'off'):
            r.enabled = False
        elif p in ('1', 'explicit'):
            r.check(check_all=True, do_reload=False)
            r.enabled = True
            r.check_all = False
        elif p in ('2', 'all', '3', 'complete'):
            r.check(check_all=True, do_reload=False)
            r.enabled = True
            r.check_all = True
        else:
            raise ValueError("Invalid autoreload mode %r: use 0, 1, 2 or 3 "
                             "(off, explicit, all, complete)" % p)

    def aimport(self, parameter_s=''):
        modname = str(parameter_s)
        if not modname:
            to_reload = sorted(self._reloader.modules)
            to_skip = sorted(self._reloader.skip_modules)
            if self._reloader.check_all:
                print("Modules to reload:\nall-except-skipped")
            else:
                print("Modules to reload:\n%s" % ' '.join(to_reload))
            print("\nModules to skip:\n%s" % ' '.join(to_skip))
            return
        for name in [m.strip() for m in modname.split(',') for m in m.split()]:
            if not name:
                continue
            if name.startswith('-'):
                self._reloader.mark_module_skipped(name[1:])
            else:
                top_name, top_module = self._reloader.aimport_module(name)
                self.shell.user_ns[top_name] = top_module

    def pre_run_cell(self, *args):
        if self._reloader.enabled:
            try:
                self._reloader.check()
            except Exception:
                pass

    def post_execute_hook(self):
        # Remember the mtimes of modules the cell imported for the first
        # time, so that only later changes reload them.
        newly = set(sys.modules) - self.loaded_modules
        for modname in newly:
            _, mtime = self._reloader.filename_and_mtime(sys.modules[modname])
            if mtime is not None:
                self._reloader.modules_mtimes[modname] = mtime
        self.loaded_modules.update(newly)


def load_ipython_extension(ip):
    """Load the extension in IPython."""
    magics = AutoreloadMagics(ip)
    ip.register_magic_function(magics.autoreload, 'line', 'autoreload')
    ip.register_magic_function(magics.aimport, 'line', 'aimport')
    ip.events.register('pre_run_cell', magics.pre_run_cell)
    ip.events.register('post_execute', magics.post_execute_hook)
