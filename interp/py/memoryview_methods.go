package py

// This file defines memoryview's methods (tobytes, tolist, hex, cast,
// toreadonly, release, the context manager, __buffer__) and its read-only
// attributes (obj, nbytes, format, shape, strides, ...).

// liveView returns the receiver, or the released-view error.
func liveView(self Value) (*MemoryView, error) {
	m := self.obj.(*MemoryView)
	if m.released {
		return nil, errReleased()
	}
	return m, nil
}

func memoryview_tobytes(self Value, args []Value, kw []string) (Value, error) {
	var order Value
	if err := UnpackArgs("tobytes", args, kw, "order?", &order); err != nil {
		return Value{}, err
	}
	m, err := liveView(self)
	if err != nil {
		return Value{}, err
	}
	if order.IsValid() && !order.IsNone() {
		s, ok := AsStr(order)
		if !ok || (s != "C" && s != "F" && s != "A") {
			return Value{}, Errorf(ValueErrorType, "order must be 'C', 'F' or 'A'")
		}
		if s == "F" && len(m.shape) > 1 {
			return fortranBytes(m)
		}
	}
	b, err := m.contents()
	if err != nil {
		return Value{}, err
	}
	return NewBytes(string(b)), nil
}

// fortranBytes is tobytes('F') of an N-D view: items with the first index
// varying fastest.
func fortranBytes(m *MemoryView) (Value, error) {
	out := make([]byte, 0, m.nitems()*m.itemsize)
	idx := make([]int, len(m.shape))
	for n := m.nitems(); n > 0; n-- {
		pos := m.off
		for d, i := range idx {
			pos += i * m.strides[d]
		}
		p, err := m.item(pos)
		if err != nil {
			return Value{}, err
		}
		out = append(out, p...)
		for d := 0; d < len(idx); d++ {
			idx[d]++
			if idx[d] < m.shape[d] {
				break
			}
			idx[d] = 0
		}
	}
	return NewBytes(string(out)), nil
}

func memoryview_hex(self Value, args []Value, kw []string) (Value, error) {
	m, err := liveView(self)
	if err != nil {
		return Value{}, err
	}
	b, err := m.contents()
	if err != nil {
		return Value{}, err
	}
	return bytes_hex(NewBytes(string(b)), args, kw)
}

func memoryview_cast(self Value, args []Value, kw []string) (Value, error) {
	var formatV, shapeV Value
	if err := UnpackArgs("cast", args, kw, "format", &formatV, "shape?", &shapeV); err != nil {
		return Value{}, err
	}
	m, err := liveView(self)
	if err != nil {
		return Value{}, err
	}
	format, ok := AsStr(formatV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", formatV.Type().Name)
	}
	if !m.isCContiguous() {
		return Value{}, Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	var shape []int
	hasShape := shapeV.IsValid() && !shapeV.IsNone()
	if hasShape {
		var items []Value
		switch o := shapeV.obj.(type) {
		case *Tuple:
			items = o.Items
		case *List:
			items = o.Items
		default:
			return Value{}, Errorf(TypeErrorType, "shape must be a list or a tuple")
		}
		if len(items) > 64 {
			return Value{}, Errorf(ValueErrorType, "memoryview: number of dimensions must not exceed 64")
		}
		for _, it := range items {
			n, err := IndexInt64(it)
			if err != nil || n <= 0 {
				return Value{}, Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			shape = append(shape, int(n))
		}
	}
	if hasShape && len(m.shape) != 1 && len(shape) != 1 {
		return Value{}, Errorf(TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
	}
	size, ok := nativeItemSize(format)
	if !ok {
		return Value{}, Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(m.format) && !isByteFormat(format) {
		return Value{}, Errorf(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.nitems() * m.itemsize
	c := &MemoryView{buf: m.buf, off: m.off, format: format, itemsize: size, readonly: m.readonly}
	if hasShape {
		prod := size
		for _, n := range shape {
			prod *= n
		}
		if prod != nbytes {
			return Value{}, Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
		c.shape = shape
	} else {
		if nbytes%size != 0 {
			return Value{}, Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
		}
		c.shape = []int{nbytes / size}
	}
	c.strides = make([]int, len(c.shape))
	sd := size
	for i := len(c.shape) - 1; i >= 0; i-- {
		c.strides[i] = sd
		sd *= c.shape[i]
	}
	return ObjectValue(c), nil
}

// memoryview_reduce refuses pickling and copying: a view cannot outlive
// or be detached from the memory it lends.
func memoryview_reduce(self Value, args []Value, kw []string) (Value, error) {
	return Value{}, Errorf(TypeErrorType, "cannot pickle memoryview objects")
}

func init() {
	t := MemoryViewType
	AddMethods(t, []MethodDef{
		{Name: "tobytes", Fn: memoryview_tobytes, Doc: "Return the data in the buffer as a byte string."},
		{Name: "tolist", Fn: noArgs("memoryview.tolist", func(self Value, args []Value, kw []string) (Value, error) {
			m, err := liveView(self)
			if err != nil {
				return Value{}, err
			}
			return m.tolist()
		}), Doc: "Return the data in the buffer as a list of elements."},
		{Name: "hex", Fn: memoryview_hex, Doc: "Return the data in the buffer as a str of hexadecimal numbers."},
		{Name: "cast", Fn: memoryview_cast, Doc: "Cast a memoryview to a new format or shape."},
		{Name: "toreadonly", Fn: noArgs("memoryview.toreadonly", func(self Value, args []Value, kw []string) (Value, error) {
			if _, err := liveView(self); err != nil {
				return Value{}, err
			}
			r, err := NewMemoryView(self)
			if err != nil {
				return Value{}, err
			}
			r.obj.(*MemoryView).readonly = true
			return r, nil
		}), Doc: "Return a readonly version of the memoryview."},
		{Name: "release", Fn: noArgs("memoryview.release", func(self Value, args []Value, kw []string) (Value, error) {
			self.obj.(*MemoryView).released = true
			return None, nil
		}), Doc: "Release the underlying buffer exposed by the memoryview object."},
		{Name: "__enter__", Fn: noArgs("memoryview.__enter__", func(self Value, args []Value, kw []string) (Value, error) {
			if _, err := liveView(self); err != nil {
				return Value{}, err
			}
			return self, nil
		})},
		{Name: "__exit__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			self.obj.(*MemoryView).released = true
			return None, nil
		}},
		{Name: "__buffer__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if _, err := liveView(self); err != nil {
				return Value{}, err
			}
			return NewMemoryView(self)
		}, Doc: "Return a buffer object that exposes the underlying memory of the object."},
		{Name: "__reduce__", Fn: memoryview_reduce},
		{Name: "__reduce_ex__", Fn: memoryview_reduce},
		{Name: "__release_buffer__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) == 1 {
				if v, ok := args[0].obj.(*MemoryView); ok {
					v.released = true
				}
			}
			return None, nil
		}, Doc: "Release the buffer object that exposes the underlying memory of the object."},
	})
	attr := func(name string, f func(m *MemoryView) Value) Getter {
		return Getter{Name: name, Get: func(self Value) (Value, error) {
			m, err := liveView(self)
			if err != nil {
				return Value{}, err
			}
			return f(m), nil
		}}
	}
	ints := func(xs []int) Value {
		out := make([]Value, len(xs))
		for i, x := range xs {
			out[i] = Int(int64(x))
		}
		return NewTupleFrom(out)
	}
	AddGetters(t, []Getter{
		attr("obj", func(m *MemoryView) Value { return m.buf.obj }),
		attr("nbytes", func(m *MemoryView) Value { return Int(int64(m.nitems() * m.itemsize)) }),
		attr("readonly", func(m *MemoryView) Value { return Bool(m.readonly) }),
		attr("itemsize", func(m *MemoryView) Value { return Int(int64(m.itemsize)) }),
		attr("format", func(m *MemoryView) Value { return StrValue(m.format) }),
		attr("ndim", func(m *MemoryView) Value { return Int(int64(len(m.shape))) }),
		attr("shape", func(m *MemoryView) Value { return ints(m.shape) }),
		attr("strides", func(m *MemoryView) Value { return ints(m.strides) }),
		attr("suboffsets", func(m *MemoryView) Value { return NewTuple() }),
		attr("c_contiguous", func(m *MemoryView) Value { return Bool(m.isCContiguous()) }),
		attr("f_contiguous", func(m *MemoryView) Value { return Bool(m.isFContiguous()) }),
		attr("contiguous", func(m *MemoryView) Value { return Bool(m.isCContiguous() || m.isFContiguous()) }),
	})
}
