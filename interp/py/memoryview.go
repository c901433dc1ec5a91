package py

// This file defines memoryview
// (https://docs.python.org/3.12/library/stdtypes.html#memoryview): the
// object, construction from bytes, bytearray, another memoryview or a
// class with __buffer__, and its slots (len, indexing, assignment,
// iteration, ==, hash, repr). Methods and attributes are in
// memoryview_methods.go, item formats in memoryview_format.go.
//
// A view never copies the exporter's memory: a bytearray's bytes are read
// through the *ByteArray at every access, so writes through either side
// are seen by the other, and views sliced or cast from a view share the
// same memBuffer. Unlike CPython, a bytearray may still be resized while
// views exist (there is no export count on bytearray); a view then sees
// the new bytes and raises IndexError past their end.

import (
	"fmt"
	"unsafe"
)

// memBuffer is the memory one exporter lends to its views.
type memBuffer struct {
	obj Value      // the exporting object (memoryview.obj)
	ba  *ByteArray // live bytes of a bytearray exporter; nil otherwise
	ro  []byte     // the bytes of an immutable exporter (never written)
}

// bytes returns the exporter's current memory.
func (b *memBuffer) bytes() []byte {
	if b.ba != nil {
		return b.ba.B
	}
	return b.ro
}

// MemoryView is a memoryview: items of format laid out from byte off of
// its buffer by shape and strides (len(shape) is ndim).
type MemoryView struct {
	buf      *memBuffer
	off      int
	format   string
	itemsize int
	shape    []int
	strides  []int
	readonly bool
	released bool
	hash     int64
	hashed   bool
}

// MemoryViewType is Python's memoryview; it cannot be subclassed.
var (
	MemoryViewType         = newBuiltinType("memoryview", ObjectType, 0)
	MemoryViewIteratorType = newBuiltinType("memory_iterator", ObjectType, 0)
)

// Type returns memoryview.
func (m *MemoryView) Type() *Type { return MemoryViewType }

// errReleased is raised by every operation on a released view.
func errReleased() error {
	return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
}

// NewMemoryView returns memoryview(obj): a view of a bytes, bytearray or
// memoryview, or of what obj.__buffer__ returns.
func NewMemoryView(obj Value) (Value, error) {
	switch o := obj.obj.(type) {
	case *Bytes:
		var ro []byte
		if o.S != "" {
			// Read-only sharing of the string's bytes: a view of bytes
			// is never writable, so the memory is never changed.
			ro = unsafe.Slice(unsafe.StringData(o.S), len(o.S))
		}
		return ObjectValue(newFlatView(&memBuffer{obj: obj, ro: ro}, len(o.S), true)), nil
	case *ByteArray:
		return ObjectValue(newFlatView(&memBuffer{obj: obj, ba: o}, len(o.B), false)), nil
	case *MemoryView:
		if o.released {
			return Value{}, errReleased()
		}
		c := *o
		c.shape = append([]int(nil), o.shape...)
		c.strides = append([]int(nil), o.strides...)
		c.hashed = false
		return ObjectValue(&c), nil
	}
	if fn := obj.Type().Lookup("__buffer__"); fn.IsValid() {
		// A class implementing the buffer protocol in Python (PEP 688).
		r, err := CallMethod(obj, "__buffer__", Int(284)) // PyBUF_FULL_RO
		if err != nil {
			return Value{}, err
		}
		m, ok := r.obj.(*MemoryView)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "__buffer__ returned non-memoryview object")
		}
		if m.released {
			return Value{}, errReleased()
		}
		// The view's obj is the exporter (as for array.array), sharing
		// the memory of the view __buffer__ lent.
		c := *m
		c.buf = &memBuffer{obj: obj, ba: m.buf.ba, ro: m.buf.ro}
		c.shape = append([]int(nil), m.shape...)
		c.strides = append([]int(nil), m.strides...)
		c.hashed = false
		return ObjectValue(&c), nil
	}
	return Value{}, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
}

// bufferBytes is AsBytes for other objects: the bytes of a class
// implementing the buffer protocol in Python (__buffer__, as array.array
// does), read through the view it lends.
func bufferBytes(v Value) (string, bool) {
	t := v.Type()
	if !t.IsHeap() || !t.Lookup("__buffer__").IsValid() {
		return "", false
	}
	mv, err := NewMemoryView(v)
	if err != nil {
		return "", false
	}
	return mv.obj.(*MemoryView).asBytes()
}

// newFlatView is a 1-D 'B' view of n bytes.
func newFlatView(b *memBuffer, n int, readonly bool) *MemoryView {
	return &MemoryView{buf: b, format: "B", itemsize: 1, shape: []int{n}, strides: []int{1}, readonly: readonly}
}

// nitems is the product of the shape.
func (m *MemoryView) nitems() int {
	n := 1
	for _, s := range m.shape {
		n *= s
	}
	return n
}

// item returns the bytes of the item at byte offset pos of the buffer,
// raising IndexError when a resized bytearray no longer holds it.
func (m *MemoryView) item(pos int) ([]byte, error) {
	b := m.buf.bytes()
	if pos < 0 || pos+m.itemsize > len(b) {
		return nil, Errorf(IndexErrorType, "index out of bounds on dimension 1")
	}
	return b[pos : pos+m.itemsize], nil
}

// walk calls f with the byte offset of every item in C order.
func (m *MemoryView) walk(f func(pos int) error) error {
	if len(m.shape) == 0 {
		return f(m.off)
	}
	var rec func(dim, pos int) error
	rec = func(dim, pos int) error {
		for i := 0; i < m.shape[dim]; i++ {
			p := pos + i*m.strides[dim]
			var err error
			if dim == len(m.shape)-1 {
				err = f(p)
			} else {
				err = rec(dim+1, p)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	return rec(0, m.off)
}

// contents returns the logical bytes in C order (tobytes()).
func (m *MemoryView) contents() ([]byte, error) {
	out := make([]byte, 0, m.nitems()*m.itemsize)
	err := m.walk(func(pos int) error {
		p, err := m.item(pos)
		if err != nil {
			return err
		}
		out = append(out, p...)
		return nil
	})
	return out, err
}

// asBytes is the buffer-protocol read used by AsBytes: the view's bytes,
// or false for a released view.
func (m *MemoryView) asBytes() (string, bool) {
	if m.released {
		return "", false
	}
	b, err := m.contents()
	if err != nil {
		return "", false
	}
	return string(b), true
}

// isCContiguous reports whether the items are laid out in C order without
// gaps (CPython's PyBuffer_IsContiguous with 'C').
func (m *MemoryView) isCContiguous() bool {
	if m.nitems() == 0 {
		return true
	}
	sd := m.itemsize
	for i := len(m.shape) - 1; i >= 0; i-- {
		if m.shape[i] > 1 && m.strides[i] != sd {
			return false
		}
		sd *= m.shape[i]
	}
	return true
}

// isFContiguous is the Fortran-order counterpart of isCContiguous.
func (m *MemoryView) isFContiguous() bool {
	if m.nitems() == 0 {
		return true
	}
	sd := m.itemsize
	for i := 0; i < len(m.shape); i++ {
		if m.shape[i] > 1 && m.strides[i] != sd {
			return false
		}
		sd *= m.shape[i]
	}
	return true
}

// values returns the items unpacked, flat in C order.
func (m *MemoryView) values() ([]Value, error) {
	out := make([]Value, 0, m.nitems())
	err := m.walk(func(pos int) error {
		p, err := m.item(pos)
		if err != nil {
			return err
		}
		out = append(out, unpackItem(m.format, p))
		return nil
	})
	return out, err
}

// tolist nests the items as lists by shape.
func (m *MemoryView) tolist() (Value, error) {
	flat, err := m.values()
	if err != nil {
		return Value{}, err
	}
	if len(m.shape) == 0 {
		return flat[0], nil
	}
	var build func(dim int, items []Value) Value
	build = func(dim int, items []Value) Value {
		if dim == len(m.shape)-1 {
			return ObjectValue(NewList(append([]Value(nil), items...)))
		}
		n := m.shape[dim]
		out := make([]Value, n)
		step := 0
		if n > 0 {
			step = len(items) / n
		}
		for i := 0; i < n; i++ {
			out[i] = build(dim+1, items[i*step:(i+1)*step])
		}
		return ObjectValue(NewList(out))
	}
	return build(0, flat), nil
}

// index1 resolves an integer subscript along dimension dim.
func (m *MemoryView) index1(key Value, dim int) (int, error) {
	i, err := IndexOf(key, "memoryview: invalid slice key")
	if err != nil {
		return 0, err
	}
	n := m.shape[dim]
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension %d", dim+1)
	}
	return i, nil
}

// itemPos resolves a subscript that names one item (an int for 1-D, a
// tuple of ints for N-D, () for 0-D) to its byte offset; ok is false when
// the key is not of that kind.
func (m *MemoryView) itemPos(key Value) (pos int, ok bool, err error) {
	if t, isTuple := key.obj.(*Tuple); isTuple {
		if len(t.Items) == 0 && len(m.shape) == 0 {
			return m.off, true, nil
		}
		for _, k := range t.Items {
			if _, isSlice := k.obj.(*Slice); isSlice {
				return 0, true, Errorf(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
			}
			if !hasIndex(k) {
				return 0, true, Errorf(TypeErrorType, "memoryview: invalid slice key")
			}
		}
		if len(m.shape) == 0 {
			return 0, true, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
		}
		if len(t.Items) < len(m.shape) {
			return 0, true, Errorf(NotImplementedErrorType, "sub-views are not implemented")
		}
		if len(t.Items) > len(m.shape) {
			return 0, true, Errorf(TypeErrorType, "cannot index %d-dimension view with %d-element tuple", len(m.shape), len(t.Items))
		}
		pos := m.off
		for d, k := range t.Items {
			i, err := m.index1(k, d)
			if err != nil {
				return 0, true, err
			}
			pos += i * m.strides[d]
		}
		return pos, true, nil
	}
	if !hasIndex(key) {
		return 0, false, nil
	}
	if len(m.shape) == 0 {
		return 0, true, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if len(m.shape) > 1 {
		return 0, true, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	i, err := m.index1(key, 0)
	if err != nil {
		return 0, true, err
	}
	return m.off + i*m.strides[0], true, nil
}

// sliced returns the view of m[s] (slicing the first dimension).
func (m *MemoryView) sliced(s *Slice) (*MemoryView, error) {
	start, stop, step, err := s.Indices(m.shape[0])
	if err != nil {
		return nil, err
	}
	c := *m
	c.hashed = false
	c.shape = append([]int(nil), m.shape...)
	c.strides = append([]int(nil), m.strides...)
	c.off = m.off + start*m.strides[0]
	c.shape[0] = SliceLen(start, stop, step)
	c.strides[0] = m.strides[0] * step
	return &c, nil
}

func memoryviewGetItem(v, key Value) (Value, error) {
	m := v.obj.(*MemoryView)
	if m.released {
		return Value{}, errReleased()
	}
	if len(m.shape) == 0 && key.Is(Ellipsis) {
		return NewMemoryView(v)
	}
	if s, ok := key.obj.(*Slice); ok {
		if len(m.shape) == 0 {
			return Value{}, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
		}
		c, err := m.sliced(s)
		if err != nil {
			return Value{}, err
		}
		return ObjectValue(c), nil
	}
	pos, ok, err := m.itemPos(key)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	p, err := m.item(pos)
	if err != nil {
		return Value{}, err
	}
	return unpackItem(m.format, p), nil
}

func memoryviewSetItem(v, key, val Value) error {
	m := v.obj.(*MemoryView)
	if m.released {
		return errReleased()
	}
	if m.readonly {
		return Errorf(TypeErrorType, "cannot modify read-only memory")
	}
	if !val.IsValid() {
		return Errorf(TypeErrorType, "cannot delete memory")
	}
	if len(m.shape) == 0 && key.Is(Ellipsis) {
		key = NewTuple()
	}
	if s, ok := key.obj.(*Slice); ok {
		if len(m.shape) != 1 {
			return Errorf(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		dst, err := m.sliced(s)
		if err != nil {
			return err
		}
		return dst.assignFrom(val)
	}
	pos, ok, err := m.itemPos(key)
	if err != nil {
		return err
	}
	if !ok {
		return Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	p, err := m.item(pos)
	if err != nil {
		return err
	}
	tmp := make([]byte, m.itemsize)
	if err := packItem(m.format, tmp, val); err != nil {
		return err
	}
	copy(p, tmp)
	return nil
}

// assignFrom copies a bytes-like val into the 1-D view m, which must have
// the same format and length.
func (m *MemoryView) assignFrom(val Value) error {
	src, err := NewMemoryView(val)
	if err != nil {
		return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", val.Type().Name)
	}
	s := src.obj.(*MemoryView)
	if formatChar(s.format) != formatChar(m.format) || len(s.shape) != 1 || s.shape[0] != m.shape[0] {
		return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
	}
	// Read everything first: source and destination may overlap.
	data, err := s.contents()
	if err != nil {
		return err
	}
	i := 0
	return m.walk(func(pos int) error {
		p, err := m.item(pos)
		if err != nil {
			return err
		}
		copy(p, data[i:i+m.itemsize])
		i += m.itemsize
		return nil
	})
}

func memoryviewCompare(a, b Value, op CompareOp) (Value, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	x, ok := a.obj.(*MemoryView)
	if !ok {
		return NotImplemented, nil
	}
	var eq bool
	y, isView := b.obj.(*MemoryView)
	if x.released || isView && y.released {
		// A released view equals only itself.
		eq = a.Is(b)
	} else {
		other, err := NewMemoryView(b)
		if err != nil {
			return NotImplemented, nil
		}
		eq, err = x.equal(other.obj.(*MemoryView))
		if err != nil {
			return Value{}, err
		}
	}
	return Bool(eq == (op == EQ)), nil
}

// equal compares shapes, then items by value (so 'i' and 'I' views of the
// same numbers are equal and a NaN item is unequal to itself).
func (m *MemoryView) equal(o *MemoryView) (bool, error) {
	if len(m.shape) != len(o.shape) {
		return false, nil
	}
	for i := range m.shape {
		if m.shape[i] != o.shape[i] {
			return false, nil
		}
	}
	x, err := m.values()
	if err != nil {
		return false, err
	}
	y, err := o.values()
	if err != nil {
		return false, err
	}
	for i := range x {
		if x[i].IsFloat() && y[i].IsFloat() {
			if x[i].AsFloat() != y[i].AsFloat() {
				return false, nil
			}
			continue
		}
		eq, err := Equal(x[i], y[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func memoryviewHash(v Value) (int64, error) {
	m := v.obj.(*MemoryView)
	if m.hashed {
		return m.hash, nil
	}
	if m.released {
		return 0, errReleased()
	}
	if !m.readonly {
		return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
	}
	if !isByteFormat(m.format) {
		return 0, Errorf(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	// As CPython: the exporter itself must be hashable.
	if _, err := Hash(m.buf.obj); err != nil {
		return 0, err
	}
	b, err := m.contents()
	if err != nil {
		return 0, err
	}
	h, err := Hash(NewBytes(string(b)))
	if err != nil {
		return 0, err
	}
	m.hash, m.hashed = h, true
	return h, nil
}

func memoryviewLen(v Value) (int, error) {
	m := v.obj.(*MemoryView)
	if m.released {
		return 0, errReleased()
	}
	if len(m.shape) == 0 {
		return 0, Errorf(TypeErrorType, "0-dim memory has no length")
	}
	return m.shape[0], nil
}

// memoryIterator walks a 1-D view.
type memoryIterator struct {
	m *MemoryView
	i int
}

func (it *memoryIterator) Type() *Type { return MemoryViewIteratorType }

func memoryviewIter(v Value) (Value, error) {
	m := v.obj.(*MemoryView)
	if m.released {
		return Value{}, errReleased()
	}
	if len(m.shape) == 0 {
		return Value{}, Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if len(m.shape) > 1 {
		return Value{}, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	return ObjectValue(&memoryIterator{m: m}), nil
}

func memoryIterNext(v Value) (Value, error) {
	it := v.obj.(*memoryIterator)
	if it.m == nil {
		return Value{}, nil
	}
	m := it.m
	if m.released {
		return Value{}, errReleased()
	}
	if it.i >= m.shape[0] {
		it.m = nil
		return Value{}, nil
	}
	p, err := m.item(m.off + it.i*m.strides[0])
	if err != nil {
		return Value{}, err
	}
	it.i++
	return unpackItem(m.format, p), nil
}

func memoryviewNew(t *Type, args []Value, kw []string) (Value, error) {
	var obj Value
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "memoryview() missing required argument 'object' (pos 1)")
	}
	if err := UnpackArgs("memoryview", args, kw, "object", &obj); err != nil {
		return Value{}, err
	}
	return NewMemoryView(obj)
}

func memoryviewRepr(v Value) (Value, error) {
	if v.obj.(*MemoryView).released {
		return StrValue(fmt.Sprintf("<released memory at %#x>", addressOf(v))), nil
	}
	return StrValue(fmt.Sprintf("<memory at %#x>", addressOf(v))), nil
}

func init() {
	t := MemoryViewType
	t.Doc = "Create a new memoryview object which references the given object."
	t.New = memoryviewNew
	t.Repr = memoryviewRepr
	t.Hash = memoryviewHash
	t.RichCompare = memoryviewCompare
	t.Len = memoryviewLen
	t.GetItem = memoryviewGetItem
	t.SetItem = memoryviewSetItem
	t.Iter = memoryviewIter
	MemoryViewIteratorType.Iter = selfIter
	MemoryViewIteratorType.Next = memoryIterNext
	BuiltinsDict.SetStr("memoryview", ObjectValue(MemoryViewType))
}
