// This file implements _adder_select, the Go half of select: select(2)
// over descriptors, in short slices so the wait notices KeyboardInterrupt.

package stdlib

import (
	"syscall"
	"time"

	"adder/interp/py"
)

func fdList(v py.Value) ([]int, error) {
	var out []int
	err := py.Iterate(v, func(x py.Value) error {
		if !x.IsInt() {
			return py.Errorf(py.TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
		out = append(out, int(x.AsInt()))
		return nil
	})
	return out, err
}

func fdSet(fds []int) (syscall.FdSet, int) {
	var set syscall.FdSet
	max := -1
	for _, fd := range fds {
		set.Bits[fd/64] |= 1 << (uint(fd) % 64)
		if fd > max {
			max = fd
		}
	}
	return set, max
}

func inSet(set *syscall.FdSet, fd int) bool { return set.Bits[fd/64]&(1<<(uint(fd)%64)) != 0 }

func init() {
	registerGoModule("_adder_select", "select(2) for select (adder).", func(d *py.Dict) {
		// select(rfds, wfds, xfds, timeout) -> ([ready r], [ready w], [ready x])
		py.AddFunc(d, "select", func(args []py.Value, kw []string) (py.Value, error) {
			var lists [3][]int
			for i := 0; i < 3; i++ {
				l, err := fdList(args[i])
				if err != nil {
					return py.Value{}, err
				}
				for _, fd := range l {
					if fd < 0 || fd >= 1024 {
						return py.Value{}, py.Errorf(py.ValueErrorType, "filedescriptor out of range in select()")
					}
				}
				lists[i] = l
			}
			timeout := timeoutArg(args[3])
			var deadline time.Time
			if timeout >= 0 {
				deadline = time.Now().Add(timeout)
			}
			t := py.Current()
			for {
				step := 50 * time.Millisecond
				if timeout >= 0 {
					left := time.Until(deadline)
					if left < 0 {
						left = 0
					}
					if left < step {
						step = left
					}
				}
				r, m1 := fdSet(lists[0])
				w, m2 := fdSet(lists[1])
				x, m3 := fdSet(lists[2])
				max := m1
				if m2 > max {
					max = m2
				}
				if m3 > max {
					max = m3
				}
				tv := syscall.NsecToTimeval(step.Nanoseconds())
				var n int
				var err error
				// Other threads run while this one waits (the GIL is released).
				py.Unlocked(func() { n, err = syscall.Select(max+1, &r, &w, &x, &tv) })
				if err != nil && err != syscall.EINTR {
					return py.Value{}, osError(err)
				}
				if n > 0 || (timeout >= 0 && !time.Now().Before(deadline)) {
					var out [3][]py.Value
					for i, set := range []*syscall.FdSet{&r, &w, &x} {
						out[i] = []py.Value{}
						for _, fd := range lists[i] {
							if n > 0 && inSet(set, fd) {
								out[i] = append(out[i], py.Int(int64(fd)))
							}
						}
					}
					return py.NewTuple(py.ObjectValue(py.NewList(out[0])), py.ObjectValue(py.NewList(out[1])),
						py.ObjectValue(py.NewList(out[2]))), nil
				}
				if t != nil && t.Interrupt.Load() {
					t.Interrupt.Store(false)
					return py.Value{}, py.NewException(py.KeyboardInterruptType)
				}
			}
		})
	})
}
