// This file implements _adder_os, the Go half of the os, io and
// pathlib modules: file descriptors, directories, stat, the environment
// and process facts, with errors raised as CPython's OSError subclasses.

package stdlib

import (
	"crypto/rand"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"adder/interp/py"
)

// openFiles maps the descriptors handed to Python to their files, so
// they stay open until closed (the interpreter has one goroutine).
var openFiles = map[int]*os.File{}

var errnoMessages = map[syscall.Errno]string{
	syscall.ENOENT:       "No such file or directory",
	syscall.EEXIST:       "File exists",
	syscall.EACCES:       "Permission denied",
	syscall.EISDIR:       "Is a directory",
	syscall.ENOTDIR:      "Not a directory",
	syscall.ENOTEMPTY:    "Directory not empty",
	syscall.EPERM:        "Operation not permitted",
	syscall.EXDEV:        "Invalid cross-device link",
	syscall.EBADF:        "Bad file descriptor",
	syscall.EINVAL:       "Invalid argument",
	syscall.ENOSPC:       "No space left on device",
	syscall.EROFS:        "Read-only file system",
	syscall.ELOOP:        "Too many levels of symbolic links",
	syscall.ENAMETOOLONG: "File name too long",
}

// osError converts a Go error into the OSError subclass CPython raises,
// with errno, strerror and the file name(s).
func osError(err error, names ...string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return py.Errorf(py.OSErrorType, "%s", err.Error())
	}
	msg, ok := errnoMessages[errno]
	if !ok {
		msg = errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
	}
	t := py.OSErrorType
	switch errno {
	case syscall.ENOENT:
		t = py.FileNotFoundErrorType
	case syscall.EEXIST:
		t = py.FileExistsErrorType
	case syscall.EACCES, syscall.EPERM:
		t = py.PermissionErrorType
	case syscall.EISDIR:
		t = py.IsADirectoryErrorType
	case syscall.ENOTDIR:
		t = py.NotADirectoryErrorType
	case syscall.EINTR:
		t = py.InterruptedErrorType
	case syscall.EAGAIN:
		t = py.BlockingIOErrorType
	case syscall.ETIMEDOUT:
		t = py.TimeoutErrorType
	case syscall.ECONNREFUSED:
		t = py.ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		t = py.ConnectionResetErrorType
	case syscall.ECONNABORTED:
		t = py.ConnectionAbortedErrorType
	case syscall.EPIPE:
		t = py.BrokenPipeErrorType
	case syscall.ESRCH:
		t = py.ProcessLookupErrorType
	case syscall.ECHILD:
		t = py.ChildProcessErrorType
	}
	args := []py.Value{py.Int(int64(errno)), py.StrValue(msg)}
	for _, n := range names {
		args = append(args, py.StrValue(n))
	}
	if len(names) == 2 {
		// OSError(errno, strerror, filename, winerror, filename2)
		args = []py.Value{args[0], args[1], args[2], py.None, args[3]}
	}
	v, cerr := py.Call(py.ObjectValue(t), args, nil)
	if cerr != nil {
		return cerr
	}
	return v.Object().(error)
}

func strArg(fname string, v py.Value) (string, error) {
	if s, ok := py.AsStr(v); ok {
		return s, nil
	}
	if b, ok := py.AsBytes(v); ok {
		return b, nil
	}
	if fs, err := py.CallMethod(v, "__fspath__"); err == nil {
		if s, ok := py.AsStr(fs); ok {
			return s, nil
		}
	}
	return "", py.Errorf(py.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, v.Type().Name)
}

func fdArg(v py.Value) (*os.File, error) {
	if !v.IsInt() {
		return nil, py.Errorf(py.TypeErrorType, "an integer is required")
	}
	f, ok := openFiles[int(v.AsInt())]
	if !ok {
		return nil, osError(syscall.EBADF)
	}
	return f, nil
}

func statTuple(st fs.FileInfo) py.Value {
	var ino, dev, nlink, uid, gid uint64
	var atime, ctime float64
	mtime := float64(st.ModTime().UnixNano()) / 1e9
	atime, ctime = mtime, mtime
	mode := uint32(st.Mode().Perm())
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		ino, dev, nlink, uid, gid = sys.Ino, uint64(sys.Dev), uint64(sys.Nlink), uint64(sys.Uid), uint64(sys.Gid)
		mode = sys.Mode
		atime = float64(sys.Atim.Sec) + float64(sys.Atim.Nsec)/1e9
		ctime = float64(sys.Ctim.Sec) + float64(sys.Ctim.Nsec)/1e9
	}
	return py.NewTuple(py.Int(int64(mode)), py.Int(int64(ino)), py.Int(int64(dev)), py.Int(int64(nlink)),
		py.Int(int64(uid)), py.Int(int64(gid)), py.Int(st.Size()), py.Float(atime), py.Float(mtime), py.Float(ctime))
}

// osFuncs are the module's functions; each takes positional arguments.
var osFuncs = map[string]py.Func{
	"getcwd": func(args []py.Value, kw []string) (py.Value, error) {
		d, err := os.Getwd()
		if err != nil {
			return py.Value{}, osError(err)
		}
		return py.StrValue(d), nil
	},
	"chdir": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("chdir", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := os.Chdir(p); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"listdir": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("listdir", args[0])
		if err != nil {
			return py.Value{}, err
		}
		f, err := os.Open(p)
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		out := make([]py.Value, len(names))
		for i, n := range names {
			out[i] = py.StrValue(n)
		}
		return py.ListValue(out), nil
	},
	"mkdir": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("mkdir", args[0])
		if err != nil {
			return py.Value{}, err
		}
		mode := int64(0o777)
		if len(args) > 1 {
			mode = args[1].AsInt()
		}
		if err := os.Mkdir(p, os.FileMode(mode)); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"rmdir": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("rmdir", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := syscall.Rmdir(p); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"remove": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("remove", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := syscall.Unlink(p); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"rename": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := strArg("rename", args[0])
		if err != nil {
			return py.Value{}, err
		}
		b, err := strArg("rename", args[1])
		if err != nil {
			return py.Value{}, err
		}
		if err := os.Rename(a, b); err != nil {
			return py.Value{}, osError(err, a, b)
		}
		return py.None, nil
	},
	"stat": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("stat", args[0])
		if err != nil {
			return py.Value{}, err
		}
		st, err := os.Stat(p)
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		return statTuple(st), nil
	},
	"lstat": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("lstat", args[0])
		if err != nil {
			return py.Value{}, err
		}
		st, err := os.Lstat(p)
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		return statTuple(st), nil
	},
	"fstat": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		st, err := f.Stat()
		if err != nil {
			return py.Value{}, osError(err)
		}
		return statTuple(st), nil
	},
	"readlink": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("readlink", args[0])
		if err != nil {
			return py.Value{}, err
		}
		t, err := os.Readlink(p)
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.StrValue(t), nil
	},
	"symlink": func(args []py.Value, kw []string) (py.Value, error) {
		a, _ := strArg("symlink", args[0])
		b, _ := strArg("symlink", args[1])
		if err := os.Symlink(a, b); err != nil {
			return py.Value{}, osError(err, a, b)
		}
		return py.None, nil
	},
	"chmod": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("chmod", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := os.Chmod(p, os.FileMode(args[1].AsInt())); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"utime": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("utime", args[0])
		if err != nil {
			return py.Value{}, err
		}
		now := time.Now()
		at, mt := now, now
		if len(args) > 2 {
			a, _ := py.FloatOf(args[1])
			m, _ := py.FloatOf(args[2])
			at, mt = time.Unix(0, int64(a*1e9)), time.Unix(0, int64(m*1e9))
		}
		if err := os.Chtimes(p, at, mt); err != nil {
			return py.Value{}, osError(err, p)
		}
		return py.None, nil
	},
	"access": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("access", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(syscall.Access(p, uint32(args[1].AsInt())) == nil), nil
	},
	"realpath": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("realpath", args[0])
		if err != nil {
			return py.Value{}, err
		}
		abs, _ := filepath.Abs(p)
		if r, err := filepath.EvalSymlinks(abs); err == nil {
			return py.StrValue(r), nil
		}
		return py.StrValue(abs), nil
	},
	"environ": func(args []py.Value, kw []string) (py.Value, error) {
		env := os.Environ()
		sort.Strings(env)
		d := py.NewDict()
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			_ = d.SetItem(py.StrValue(k), py.StrValue(v))
		}
		return py.ObjectValue(d), nil
	},
	"putenv": func(args []py.Value, kw []string) (py.Value, error) {
		k, _ := py.AsStr(args[0])
		v, _ := py.AsStr(args[1])
		if err := os.Setenv(k, v); err != nil {
			return py.Value{}, osError(err)
		}
		return py.None, nil
	},
	"unsetenv": func(args []py.Value, kw []string) (py.Value, error) {
		k, _ := py.AsStr(args[0])
		_ = os.Unsetenv(k)
		return py.None, nil
	},
	"getpid":    func(args []py.Value, kw []string) (py.Value, error) { return py.Int(int64(os.Getpid())), nil },
	"getppid":   func(args []py.Value, kw []string) (py.Value, error) { return py.Int(int64(os.Getppid())), nil },
	"getuid":    func(args []py.Value, kw []string) (py.Value, error) { return py.Int(int64(os.Getuid())), nil },
	"cpu_count": func(args []py.Value, kw []string) (py.Value, error) { return py.Int(int64(runtime.NumCPU())), nil },
	"urandom": func(args []py.Value, kw []string) (py.Value, error) {
		n := args[0].AsInt()
		if n < 0 {
			return py.Value{}, py.Errorf(py.ValueErrorType, "negative argument not allowed")
		}
		b := make([]byte, n)
		_, _ = rand.Read(b)
		return py.NewBytes(string(b)), nil
	},
	// open(path, flags, mode) -> fd, with the os.O_* flag values of Linux.
	"open": func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("open", args[0])
		if err != nil {
			return py.Value{}, err
		}
		flags := int(args[1].AsInt())
		mode := int64(0o666)
		if len(args) > 2 {
			mode = args[2].AsInt()
		}
		f, err := os.OpenFile(p, flags|syscall.O_CLOEXEC, os.FileMode(mode))
		if err != nil {
			return py.Value{}, osError(err, p)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() && flags&(os.O_WRONLY|os.O_RDWR) == 0 {
			// Reading a directory fails at open in CPython's io.open.
			f.Close()
			return py.Value{}, osError(syscall.EISDIR, p)
		}
		fd := int(f.Fd())
		openFiles[fd] = f
		return py.Int(int64(fd)), nil
	},
	"read": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		n := args[1].AsInt()
		// A read of a pipe may block: other threads run meanwhile.
		if n < 0 {
			var b []byte
			py.Unlocked(func() { b, err = io.ReadAll(f) })
			if err != nil {
				return py.Value{}, osError(err)
			}
			return py.NewBytes(string(b)), nil
		}
		buf := make([]byte, n)
		var k int
		py.Unlocked(func() { k, err = io.ReadFull(f, buf) })
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return py.Value{}, osError(err)
		}
		return py.NewBytes(string(buf[:k])), nil
	},
	"write": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		b, ok := py.AsBytes(args[1])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		n, err := f.WriteString(b)
		if err != nil {
			return py.Value{}, osError(err)
		}
		return py.Int(int64(n)), nil
	},
	"close": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		delete(openFiles, int(args[0].AsInt()))
		if err := f.Close(); err != nil {
			return py.Value{}, osError(err)
		}
		return py.None, nil
	},
	"lseek": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		pos, err := f.Seek(args[1].AsInt(), int(args[2].AsInt()))
		if err != nil {
			return py.Value{}, osError(err)
		}
		return py.Int(pos), nil
	},
	"ftruncate": func(args []py.Value, kw []string) (py.Value, error) {
		f, err := fdArg(args[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := f.Truncate(args[1].AsInt()); err != nil {
			return py.Value{}, osError(err)
		}
		return py.None, nil
	},
	"isatty": func(args []py.Value, kw []string) (py.Value, error) {
		return py.False, nil
	},
	"mkdtemp": func(args []py.Value, kw []string) (py.Value, error) {
		var dir, prefix, suffix string
		if len(args) > 0 {
			dir, _ = py.AsStr(args[0])
		}
		if len(args) > 1 {
			prefix, _ = py.AsStr(args[1])
		}
		if len(args) > 2 {
			suffix, _ = py.AsStr(args[2])
		}
		d, err := os.MkdirTemp(dir, prefix+"*"+suffix)
		if err != nil {
			return py.Value{}, osError(err, dir)
		}
		return py.StrValue(d), nil
	},
	"gettempdir": func(args []py.Value, kw []string) (py.Value, error) { return py.StrValue(os.TempDir()), nil },
}

func init() {
	registerGoModule("_adder_os", "Operating system services for os, io and pathlib (adder).", func(d *py.Dict) {
		for name, fn := range osFuncs {
			py.AddFunc(d, name, fn)
		}
		consts := map[string]int{
			"O_RDONLY": os.O_RDONLY, "O_WRONLY": os.O_WRONLY, "O_RDWR": os.O_RDWR, "O_APPEND": os.O_APPEND,
			"O_CREAT": os.O_CREATE, "O_EXCL": os.O_EXCL, "O_TRUNC": os.O_TRUNC,
		}
		for k, v := range consts {
			d.SetStr(k, py.Int(int64(v)))
		}
	})
}
