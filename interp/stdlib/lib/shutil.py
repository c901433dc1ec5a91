"""High-level file operations (adder): copying, moving and removing files
and trees, and which()."""

import os
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SameFileError", "which", "disk_usage", "ignore_patterns",
           "get_terminal_size", "make_archive", "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format", "unpack_archive",
           "ReadError", "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Recursively delete a directory tree."""
    def handle(func, p, exc):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, p, exc)
        elif onerror is not None:
            onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            raise exc
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
        names = os.listdir(path)
    except OSError as err:
        handle(os.listdir, path, err)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror, onexc=onexc)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                handle(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        handle(os.rmdir, path, err)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Given a command, mode, and a PATH string, return the path which conforms to the given mode on the PATH."""
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    for d in path.split(os.pathsep):
        name = os.path.join(d, cmd)
        if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
            return name
    return None


_ntuple_diskusage = None


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    global _ntuple_diskusage
    if _ntuple_diskusage is None:
        from collections import namedtuple
        _ntuple_diskusage = namedtuple('usage', 'total used free')
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def get_terminal_size(fallback=(80, 24)):
    return os.get_terminal_size()


# -- archives: make_archive/unpack_archive over zipfile and tarfile --

class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking
    registries fails."""


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None, group=None,
                  logger=None, root_dir=None):
    import tarfile
    if compress not in (None, 'gzip'):
        raise ValueError("bad value for 'compress', or compression format not supported : {0}".format(compress))
    ext = '.gz' if compress == 'gzip' else ''
    archive_name = base_name + '.tar' + ext
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if not dry_run:
            os.makedirs(archive_dir)
    if dry_run:
        return archive_name

    def _set_uid_gid(tarinfo):
        if owner is not None:
            tarinfo.uname = owner
        if group is not None:
            tarinfo.gname = group
        return tarinfo

    with tarfile.open(archive_name, 'w:gz' if compress else 'w') as tar:
        arcname = base_dir
        if root_dir is not None:
            base_dir = os.path.join(root_dir, base_dir)
        tar.add(base_dir, arcname, filter=_set_uid_gid)
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None,
                  root_dir=None):
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if not dry_run:
            os.makedirs(archive_dir)
    if dry_run:
        return zip_filename
    full = (lambda p: os.path.join(root_dir, p)) if root_dir is not None else (lambda p: p)
    with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        arcname = os.path.normpath(base_dir)
        if arcname != os.curdir:
            zf.write(full(base_dir), arcname)
        for dirpath, dirnames, filenames in os.walk(full(base_dir)):
            rel = os.path.relpath(dirpath, full(base_dir))
            for name in sorted(dirnames):
                arc = os.path.normpath(os.path.join(base_dir, rel, name))
                zf.write(os.path.join(dirpath, name), arc)
            for name in filenames:
                path = os.path.join(dirpath, name)
                if os.path.isfile(path):
                    zf.write(path, os.path.normpath(os.path.join(base_dir, rel, name)))
    return zip_filename


_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """[(name, description)] of the archive formats make_archive writes."""
    return sorted((name, registry[2]) for name, registry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None, group=None,
                 logger=None):
    """Create an archive file (zip, tar or gztar) of base_dir (relative to
    root_dir) and return its name (base_name plus the format's extension)."""
    try:
        format_info = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    base_name = os.fspath(base_name)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        base_name = os.path.abspath(base_name)
    if base_dir is None:
        base_dir = os.curdir
    base_dir = os.fspath(base_dir)
    func = format_info[0]
    kwargs = dict(format_info[1])
    kwargs.update(dry_run=dry_run, logger=logger, owner=owner, group=group)
    if func in (_make_tarball, _make_zipfile):
        return func(base_name, base_dir, root_dir=root_dir, **kwargs)
    save_cwd = None
    if root_dir is not None:
        save_cwd = os.getcwd()
        os.chdir(root_dir)
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            os.chdir(save_cwd)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        zf.extractall(extract_dir)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        tarobj = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    with tarobj:
        tarobj.extractall(extract_dir, filter=filter)


_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
}


def get_unpack_formats():
    """[(name, extensions, description)] of the formats unpack_archive reads."""
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    existing = {ext: name for name, info in _UNPACK_FORMATS.items() for ext in info[0]}
    for extension in extensions:
        if extension in existing:
            raise RegistryError('%s is already registered for "%s"' % (extension, existing[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _find_unpack_format(filename):
    for name, info in _UNPACK_FORMATS.items():
        for extension in info[0]:
            if filename.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive (its format given or found from its name)."""
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    filter_kwargs = {} if filter is None else {'filter': filter}
    if format is not None:
        try:
            format_info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        format = _find_unpack_format(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
        format_info = _UNPACK_FORMATS[format]
    func = format_info[1]
    kwargs = dict(format_info[2])
    if func is _unpack_tarfile:
        kwargs.update(filter_kwargs)
    func(filename, extract_dir, **kwargs)
