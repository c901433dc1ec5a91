"""Locating and running Python code (adder): run_path and run_module."""

import os
import sys
import types

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals, mod_name, mod_spec, pkg_name, script_name):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=script_name, __cached__=None, __doc__=None,
                       __loader__=None, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location (a .py
    file, or a directory with __main__.py); returns its globals."""
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, "__main__.py")
        sys.path.insert(0, path_name)
        try:
            with open(main, encoding="utf-8") as f:
                code = compile(f.read(), main, "exec")
            return _run_code(code, {}, init_globals, run_name, None, "", main)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(path_name, encoding="utf-8") as f:
        code = compile(f.read(), path_name, "exec")
    return _run_code(code, {}, init_globals, run_name, None, "", path_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns its globals."""
    import importlib.util
    spec = importlib.util.find_spec(mod_name)
    if spec is None:
        raise ImportError("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        return run_module(mod_name + ".__main__", init_globals, run_name, alter_sys)
    if run_name is None:
        run_name = mod_name
    origin = spec.origin
    loader = spec.loader
    if hasattr(loader, 'get_source'):
        source = loader.get_source(mod_name)
    else:
        import _adder_importlib
        found = _adder_importlib.embedded(mod_name)
        if found is None:
            raise ImportError("No code object available for %s" % mod_name)
        raise ImportError("adder: run_module of built-in module %s is not supported" % mod_name)
    code = compile(source, origin, "exec")
    pkg_name = mod_name.rpartition('.')[0]
    if alter_sys:
        temp = types.ModuleType(run_name)
        saved = sys.modules.get(run_name)
        sys.modules[run_name] = temp
        try:
            return _run_code(code, temp.__dict__, init_globals, run_name, spec, pkg_name, origin).copy()
        finally:
            if saved is None:
                sys.modules.pop(run_name, None)
            else:
                sys.modules[run_name] = saved
    return _run_code(code, {}, init_globals, run_name, spec, pkg_name, origin)
