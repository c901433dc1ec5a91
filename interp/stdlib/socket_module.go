// This file implements _adder_socket, the Go half of socket: BSD sockets
// as raw non-blocking descriptors (syscall), so socket.py can give
// CPython's blocking, timeout and non-blocking modes while every wait is
// a short select() loop that notices KeyboardInterrupt; and name lookup
// through Go's resolver.

package stdlib

import (
	"context"
	"net"
	"os"
	"strconv"
	"syscall"
	"time"

	"adder/interp/py"
)

func sockErr(err error) error {
	if err == nil {
		return nil
	}
	return osError(err)
}

func intArgs(args []py.Value, n int) []int {
	out := make([]int, n)
	for i := 0; i < n && i < len(args); i++ {
		out[i] = int(args[i].AsInt())
	}
	return out
}

// toSockaddr converts (host, port) or (host, port, flow, scope) for family.
func toSockaddr(family int, addr py.Value) (syscall.Sockaddr, error) {
	if family == syscall.AF_UNIX {
		s, ok := py.AsStr(addr)
		if !ok {
			b, _ := py.AsBytes(addr)
			s = b
		}
		return &syscall.SockaddrUnix{Name: s}, nil
	}
	var parts []py.Value
	if err := py.Iterate(addr, func(v py.Value) error { parts = append(parts, v); return nil }); err != nil || len(parts) < 2 {
		return nil, py.Errorf(py.TypeErrorType, "AF_INET address must be tuple, not %s", addr.Type().Name)
	}
	host, _ := py.AsStr(parts[0])
	port := int(parts[1].AsInt())
	if port < 0 || port > 65535 {
		return nil, py.Errorf(py.OverflowErrorType, "bind(): port must be 0-65535.")
	}
	var ip net.IP
	switch host {
	case "", "0.0.0.0":
		if family == syscall.AF_INET6 {
			ip = net.IPv6zero
		} else {
			ip = net.IPv4zero
		}
	case "<broadcast>":
		ip = net.IPv4bcast
	default:
		ip = net.ParseIP(host)
		if ip == nil {
			ips, err := net.DefaultResolver.LookupIP(context.Background(), map[int]string{syscall.AF_INET: "ip4", syscall.AF_INET6: "ip6"}[family], host)
			if err != nil || len(ips) == 0 {
				return nil, gaiError()
			}
			ip = ips[0]
		}
	}
	if family == syscall.AF_INET6 {
		sa := &syscall.SockaddrInet6{Port: port}
		copy(sa.Addr[:], ip.To16())
		return sa, nil
	}
	v4 := ip.To4()
	if v4 == nil {
		return nil, gaiError()
	}
	sa := &syscall.SockaddrInet4{Port: port}
	copy(sa.Addr[:], v4)
	return sa, nil
}

var gaiErrorClass py.Value

func gaiError() error {
	msg := []py.Value{py.Int(-2), py.StrValue("Name or service not known")}
	if gaiErrorClass.IsValid() {
		v, err := py.Call(gaiErrorClass, msg, nil)
		if err == nil {
			return v.Object().(error)
		}
	}
	return py.Errorf(py.OSErrorType, "[Errno -2] Name or service not known")
}

func fromSockaddr(sa syscall.Sockaddr) py.Value {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return py.NewTuple(py.StrValue(net.IP(a.Addr[:]).String()), py.Int(int64(a.Port)))
	case *syscall.SockaddrInet6:
		return py.NewTuple(py.StrValue(net.IP(a.Addr[:]).String()), py.Int(int64(a.Port)), py.Int(0),
			py.Int(int64(a.ZoneId)))
	case *syscall.SockaddrUnix:
		return py.StrValue(a.Name)
	}
	return py.None
}

// waitFD waits until fd is readable (or writable) for up to timeout
// (negative: forever), polling for interrupts; it reports readiness.
func waitFD(fd int, write bool, timeout time.Duration) (bool, error) {
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
		var set syscall.FdSet
		set.Bits[fd/64] |= 1 << (uint(fd) % 64)
		tv := syscall.NsecToTimeval(step.Nanoseconds())
		var n int
		var err error
		// Other threads run while this one waits (the GIL is released).
		py.Unlocked(func() {
			if write {
				n, err = syscall.Select(fd+1, nil, &set, nil, &tv)
			} else {
				n, err = syscall.Select(fd+1, &set, nil, nil, &tv)
			}
		})
		if err != nil && err != syscall.EINTR {
			return false, sockErr(err)
		}
		if n > 0 {
			return true, nil
		}
		if t != nil && t.Interrupt.Load() {
			t.Interrupt.Store(false)
			return false, py.NewException(py.KeyboardInterruptType)
		}
		if timeout >= 0 && !time.Now().Before(deadline) {
			return false, nil
		}
	}
}

func timedOut() error {
	return py.Errorf(py.TimeoutErrorType, "timed out")
}

// io waits per the socket's timeout (seconds; None blocks, 0 never waits)
// and retries op while it reports EAGAIN.
func sockIO(fd int, write bool, timeoutV py.Value, op func() error) error {
	timeout := timeoutArg(timeoutV)
	for {
		err := op()
		if err != syscall.EAGAIN && err != syscall.EWOULDBLOCK {
			return err
		}
		if timeout == 0 {
			return err
		}
		ok, werr := waitFD(fd, write, timeout)
		if werr != nil {
			return werr
		}
		if !ok {
			return timedOut()
		}
	}
}

func wrapErr(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(syscall.Errno); ok {
		return sockErr(err)
	}
	return err
}

var socketFuncs = map[string]py.Func{
	"socket": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 3)
		fd, err := syscall.Socket(a[0], a[1]|syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK, a[2])
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return py.Int(int64(fd)), nil
	},
	"socketpair": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 3)
		fds, err := syscall.Socketpair(a[0], a[1]|syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK, a[2])
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return py.NewTuple(py.Int(int64(fds[0])), py.Int(int64(fds[1]))), nil
	},
	"close": func(args []py.Value, kw []string) (py.Value, error) {
		return py.None, sockErr(syscall.Close(int(args[0].AsInt())))
	},
	// connect(fd, family, addr, timeout)
	"connect": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		sa, err := toSockaddr(int(args[1].AsInt()), args[2])
		if err != nil {
			return py.Value{}, err
		}
		err = syscall.Connect(fd, sa)
		if err == syscall.EINPROGRESS || err == syscall.EAGAIN {
			timeout := timeoutArg(args[3])
			if timeout == 0 {
				return py.Value{}, sockErr(syscall.EINPROGRESS)
			}
			ok, werr := waitFD(fd, true, timeout)
			if werr != nil {
				return py.Value{}, werr
			}
			if !ok {
				return py.Value{}, timedOut()
			}
			soerr, gerr := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
			if gerr != nil {
				return py.Value{}, sockErr(gerr)
			}
			if soerr != 0 {
				return py.Value{}, sockErr(syscall.Errno(soerr))
			}
			return py.None, nil
		}
		return py.None, sockErr(err)
	},
	"bind": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		sa, err := toSockaddr(int(args[1].AsInt()), args[2])
		if err != nil {
			return py.Value{}, err
		}
		return py.None, sockErr(syscall.Bind(fd, sa))
	},
	"listen": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 2)
		return py.None, sockErr(syscall.Listen(a[0], a[1]))
	},
	// accept(fd, timeout) -> (newfd, address)
	"accept": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		var nfd int
		var sa syscall.Sockaddr
		err := sockIO(fd, false, args[1], func() error {
			var e error
			nfd, sa, e = syscall.Accept4(fd, syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK)
			return e
		})
		if err != nil {
			return py.Value{}, wrapErr(err)
		}
		return py.NewTuple(py.Int(int64(nfd)), fromSockaddr(sa)), nil
	},
	// send(fd, data, flags, timeout) -> n
	"send": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		data, err := zBytesArg("send", args[1])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		err = sockIO(fd, true, args[3], func() error {
			var e error
			n, e = syscall.Write(fd, data)
			if e == syscall.EPIPE {
				return syscall.EPIPE
			}
			return e
		})
		if err != nil {
			return py.Value{}, wrapErr(err)
		}
		return py.Int(int64(n)), nil
	},
	// sendto(fd, data, family, addr, timeout) -> n
	"sendto": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		data, err := zBytesArg("sendto", args[1])
		if err != nil {
			return py.Value{}, err
		}
		sa, err := toSockaddr(int(args[2].AsInt()), args[3])
		if err != nil {
			return py.Value{}, err
		}
		err = sockIO(fd, true, args[4], func() error { return syscall.Sendto(fd, data, 0, sa) })
		if err != nil {
			return py.Value{}, wrapErr(err)
		}
		return py.Int(int64(len(data))), nil
	},
	// recv(fd, n, timeout) -> bytes
	"recv": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		buf := make([]byte, int(args[1].AsInt()))
		var n int
		err := sockIO(fd, false, args[2], func() error {
			var e error
			n, e = syscall.Read(fd, buf)
			return e
		})
		if err != nil {
			return py.Value{}, wrapErr(err)
		}
		if n < 0 {
			n = 0
		}
		return py.NewBytes(string(buf[:n])), nil
	},
	// recvfrom(fd, n, timeout) -> (bytes, address)
	"recvfrom": func(args []py.Value, kw []string) (py.Value, error) {
		fd := int(args[0].AsInt())
		buf := make([]byte, int(args[1].AsInt()))
		var n int
		var from syscall.Sockaddr
		err := sockIO(fd, false, args[2], func() error {
			var e error
			n, from, e = syscall.Recvfrom(fd, buf, 0)
			return e
		})
		if err != nil {
			return py.Value{}, wrapErr(err)
		}
		return py.NewTuple(py.NewBytes(string(buf[:n])), fromSockaddr(from)), nil
	},
	"getsockname": func(args []py.Value, kw []string) (py.Value, error) {
		sa, err := syscall.Getsockname(int(args[0].AsInt()))
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return fromSockaddr(sa), nil
	},
	"getpeername": func(args []py.Value, kw []string) (py.Value, error) {
		sa, err := syscall.Getpeername(int(args[0].AsInt()))
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return fromSockaddr(sa), nil
	},
	"setsockopt": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 4)
		return py.None, sockErr(syscall.SetsockoptInt(a[0], a[1], a[2], a[3]))
	},
	"getsockopt": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 3)
		v, err := syscall.GetsockoptInt(a[0], a[1], a[2])
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return py.Int(int64(v)), nil
	},
	"shutdown": func(args []py.Value, kw []string) (py.Value, error) {
		a := intArgs(args, 2)
		return py.None, sockErr(syscall.Shutdown(a[0], a[1]))
	},
	"gethostname": func(args []py.Value, kw []string) (py.Value, error) {
		h, err := os.Hostname()
		if err != nil {
			return py.Value{}, sockErr(err)
		}
		return py.StrValue(h), nil
	},
	// lookup(host, family) -> [ip strings]
	"lookup": func(args []py.Value, kw []string) (py.Value, error) {
		host, _ := py.AsStr(args[0])
		netw := "ip"
		switch args[1].AsInt() {
		case syscall.AF_INET:
			netw = "ip4"
		case syscall.AF_INET6:
			netw = "ip6"
		}
		done := make(chan struct{})
		var ips []net.IP
		var lerr error
		go func() {
			ips, lerr = net.DefaultResolver.LookupIP(context.Background(), netw, host)
			close(done)
		}()
		if _, err := waitChan(done, -1); err != nil {
			return py.Value{}, err
		}
		if lerr != nil || len(ips) == 0 {
			return py.Value{}, gaiError()
		}
		items := make([]py.Value, len(ips))
		for i, ip := range ips {
			items[i] = py.StrValue(ip.String())
		}
		return py.ObjectValue(py.NewList(items)), nil
	},
	"service_port": func(args []py.Value, kw []string) (py.Value, error) {
		name, _ := py.AsStr(args[0])
		if n, err := strconv.Atoi(name); err == nil {
			return py.Int(int64(n)), nil
		}
		p, err := net.LookupPort("tcp", name)
		if err != nil {
			return py.Value{}, py.Errorf(py.OSErrorType, "service/proto not found")
		}
		return py.Int(int64(p)), nil
	},
	"set_gaierror": func(args []py.Value, kw []string) (py.Value, error) {
		gaiErrorClass = args[0]
		return py.None, nil
	},
}

func init() {
	registerGoModule("_adder_socket", "Sockets for socket (adder).", func(d *py.Dict) {
		for name, fn := range socketFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
