//go:build linux

// This file adds _adder_os.statvfs (os.statvfs, shutil.disk_usage): the
// file system statistics of a path from statfs(2).

package stdlib

import (
	"syscall"

	"adder/interp/py"
)

func init() {
	// statvfs(path) -> (bsize, frsize, blocks, bfree, bavail, files, ffree,
	// favail, flag, namemax, fsid)
	osFuncs["statvfs"] = func(args []py.Value, kw []string) (py.Value, error) {
		p, err := strArg("statvfs", args[0])
		if err != nil {
			return py.Value{}, err
		}
		var st syscall.Statfs_t
		if err := syscall.Statfs(p, &st); err != nil {
			return py.Value{}, osError(err, p)
		}
		frsize := int64(st.Frsize)
		if frsize == 0 {
			frsize = int64(st.Bsize)
		}
		fsid := int64(uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32)
		return py.NewTuple(py.Int(int64(st.Bsize)), py.Int(frsize), py.Int(int64(st.Blocks)), py.Int(int64(st.Bfree)),
			py.Int(int64(st.Bavail)), py.Int(int64(st.Files)), py.Int(int64(st.Ffree)), py.Int(int64(st.Ffree)),
			py.Int(int64(st.Flags)), py.Int(int64(st.Namelen)), py.Int(fsid)), nil
	}
}
