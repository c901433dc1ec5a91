package py

import "strings"

// This file defines set and frozenset
// (https://docs.python.org/3.12/library/stdtypes.html#set-types-set-frozenset):
// the hash table and the slots. The table probes like CPython's
// setobject.c (a short linear run, then perturbed jumps; resize at 60%
// fill to 4x the used count), because the iteration order is visible:
// {3, 1, 2} prints {1, 2, 3} and {10, 1000, 5} prints {1000, 10, 5}.
// Methods and operators are in set_methods.go.

// Set is a set or frozenset. An entry with a zero key is unused; one
// holding setDummy was deleted.
type Set struct {
	table  []setEntry // length mask+1, a power of two, or nil when empty
	fill   int        // active + dummy entries
	used   int        // active entries
	finger int        // where pop() resumes its scan
	frozen bool
	hash   int64 // cached frozenset hash; 0 when not computed (or -1)
	typ    *Type
	inst   *Instance
	// small is the table of a set with at most setMinSize slots, saving an
	// allocation for the many small sets programs build.
	small [setMinSize]setEntry
}

// A setEntry is 24 bytes: like a dictEntry, a heap-object key carries its
// hash in key.bits and an inline key's hash is computed. Read keys
// through keyValue.
type setEntry struct {
	key Value
}

// mkSetEntry packs key and its hash h.
func mkSetEntry(key Value, h int64) setEntry {
	if _, inline := key.obj.(*kindMarker); !inline {
		key.bits = uint64(h)
	}
	return setEntry{key}
}

// keyValue returns the entry's key as a Value.
func (e *setEntry) keyValue() Value {
	if _, inline := e.key.obj.(*kindMarker); inline {
		return e.key
	}
	return Value{obj: e.key.obj}
}

// hash returns the hash of the entry's key.
func (e *setEntry) hash() int64 {
	if _, inline := e.key.obj.(*kindMarker); inline {
		h, _ := Hash(e.key) // inline values always hash
		return h
	}
	return int64(e.key.bits)
}

// setDummyT marks deleted entries.
type setDummyT struct{}

func (*setDummyT) Type() *Type { return ObjectType }

var setDummyObj = &setDummyT{}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// Set types.
var (
	SetType          = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType    = newBuiltinType("frozenset", ObjectType, FlagBaseType)
	SetIteratorType  = newBuiltinType("set_iterator", ObjectType, 0)
	emptyFrozenSet   = &Set{frozen: true}
	errSetChangedLen = "Set changed size during iteration"
)

// Type returns set, frozenset or the subclass.
func (s *Set) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// InstanceDict returns the __dict__ of a set subclass instance.
func (s *Set) InstanceDict() *Dict {
	if s.inst == nil {
		return nil
	}
	return s.inst.Dict
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// NewSet returns a new set holding the items (for BUILD_SET and set()).
func NewSet(items []Value) (Value, error) {
	s := &Set{}
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return Value{}, err
		}
	}
	return ObjectValue(s), nil
}

// NewFrozenSet returns a new frozenset holding the items.
func NewFrozenSet(items []Value) (Value, error) {
	s := &Set{frozen: true}
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return Value{}, err
		}
	}
	return ObjectValue(s), nil
}

// SetAdd adds x to the set s (for SET_ADD in comprehensions).
func SetAdd(s, x Value) error {
	st, ok := s.obj.(*Set)
	if !ok {
		return Errorf(TypeErrorType, "expected a set")
	}
	return st.Add(x)
}

// SetUpdate adds every item of iterable it to the set s (SET_UPDATE).
func SetUpdate(s, it Value) error {
	st, ok := s.obj.(*Set)
	if !ok {
		return Errorf(TypeErrorType, "expected a set")
	}
	return st.update(it)
}

// setHash hashes a key, letting an unhashable set be looked up as a
// frozenset (CPython allows `set() in {frozenset()}`).
func setHash(x Value) (int64, error) {
	h, err := Hash(x)
	if err != nil {
		if s, ok := x.obj.(*Set); ok && !s.frozen {
			return s.frozenHash(), nil
		}
		return 0, err
	}
	return h, nil
}

// setKeysEqual compares a stored key with a probe key.
func setKeysEqual(a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	if sa, ok := a.obj.(*Str); ok {
		if sb, ok := b.obj.(*Str); ok {
			return sa.S == sb.S, nil
		}
	}
	return Equal(a, b)
}

// Add inserts key.
func (s *Set) Add(key Value) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(key, h)
}

// ensureTable gives an empty set its (small) table.
func (s *Set) ensureTable() {
	if s.table == nil {
		clear(s.small[:])
		s.table = s.small[:]
	}
}

func (s *Set) addHashed(key Value, h int64) error {
	s.ensureTable()
restart:
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key.obj == nil {
				// The key goes to the last deleted slot seen on the probe
				// path, if any (this matches CPython 3.12's observable
				// order), else to this unused slot.
				if free >= 0 {
					s.used++
					s.table[free] = mkSetEntry(key, h)
					return nil
				}
				s.fill++
				s.used++
				*e = mkSetEntry(key, h)
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.key.obj != setDummyObj && e.hash() == h {
				table := s.table
				start := e.keyValue()
				eq, err := setKeysEqual(start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(table) != len(s.table) || &table[0] != &s.table[0] || !s.table[j].keyValue().Is(start) {
					goto restart
				}
			} else if e.key.obj == setDummyObj {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for minUsed entries.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	if size == setMinSize && (len(old) == 0 || &old[0] != &s.small[0]) {
		clear(s.small[:])
		s.table = s.small[:]
	} else {
		s.table = make([]setEntry, size)
	}
	s.fill = s.used
	mask := uint64(size - 1)
	for _, e := range old {
		if e.key.obj != nil && e.key.obj != setDummyObj {
			s.insertClean(e.keyValue(), e.hash(), mask)
		}
	}
}

// insertClean places a key known to be absent into a table without dummies.
func (s *Set) insertClean(key Value, h int64, mask uint64) {
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if s.table[i].key.obj == nil {
			s.table[i] = mkSetEntry(key, h)
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if s.table[i+j].key.obj == nil {
					s.table[i+j] = mkSetEntry(key, h)
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup returns the table index of key, or -1.
func (s *Set) lookup(key Value, h int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := s.table[j]
			if e.key.obj == nil {
				return -1, nil
			}
			if e.key.obj != setDummyObj && e.hash() == h {
				eq, err := setKeysEqual(e.keyValue(), key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in s.
func (s *Set) Contains(key Value) (bool, error) {
	h, err := setHash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(key, h)
	return i >= 0, err
}

// discard removes key; it reports whether it was present.
func (s *Set) discard(key Value) (bool, error) {
	h, err := setHash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = mkSetEntry(ObjectValue(setDummyObj), -1)
	s.used--
	return true, nil
}

// clear empties s.
func (s *Set) clear() {
	s.table, s.fill, s.used, s.finger = nil, 0, 0, 0
}

// items returns the elements in table order.
func (s *Set) items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key.obj != nil && e.key.obj != setDummyObj {
			out = append(out, e.keyValue())
		}
	}
	return out
}

// each calls f for each element in table order; f must not modify s.
func (s *Set) each(f func(key Value, h int64) error) error {
	for _, e := range s.table {
		if e.key.obj != nil && e.key.obj != setDummyObj {
			if err := f(e.keyValue(), e.hash()); err != nil {
				return err
			}
		}
	}
	return nil
}

// merge adds all elements of another set, following CPython's set_merge
// step by step (one resize up front, then a straight copy or clean
// inserts into an empty table), since that decides the resulting order.
func (s *Set) merge(o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	s.ensureTable()
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		mask := uint64(len(s.table) - 1)
		for _, e := range o.table {
			if e.key.obj != nil && e.key.obj != setDummyObj {
				s.insertClean(e.keyValue(), e.hash(), mask)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	return o.each(func(k Value, h int64) error { return s.addHashed(k, h) })
}

// update adds every element of an iterable (set_update_internal).
func (s *Set) update(it Value) error {
	switch o := it.obj.(type) {
	case *Set:
		return s.merge(o)
	case *Dict:
		n := o.Len()
		if n > 0 && (s.fill+n)*5 >= (max(len(s.table), setMinSize)-1)*3 {
			s.resize((s.used + n) * 2)
		}
		return o.Items(func(k, v Value) error { return s.Add(k) })
	case *List:
		for i := 0; i < len(o.Items); i++ {
			if err := s.Add(o.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.Items {
			if err := s.Add(x); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(it, s.Add)
}

// shuffleBits spreads a hash for the frozenset hash (CPython's formula, so
// hash(frozenset(...)) matches).
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozenHash computes the order-independent hash of the elements.
func (s *Set) frozenHash() int64 {
	if s.frozen && s.hash != 0 {
		return s.hash
	}
	// CPython XORs every slot and then cancels the empty and deleted ones,
	// which leaves exactly the active entries.
	var h uint64
	for _, e := range s.table {
		if e.key.obj != nil && e.key.obj != setDummyObj {
			h ^= shuffleBits(uint64(e.hash()))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	if s.frozen {
		s.hash = int64(h)
	}
	return int64(h)
}

// setRepr formats {a, b}, set(), frozenset({a}) or Sub({a}).
func setRepr(v Value) (Value, error) {
	s := v.obj.(*Set)
	t := v.Type()
	name := t.Name
	if s.used == 0 {
		return StrValue(name + "()"), nil
	}
	if !ReprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer ReprLeave(v)
	var b strings.Builder
	wrap := t != SetType
	if wrap {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	first := true
	for _, e := range s.items() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		r, err := ReprString(e)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r)
	}
	b.WriteByte('}')
	if wrap {
		b.WriteByte(')')
	}
	return StrValue(b.String()), nil
}

// setIterator walks the table, failing if the set changes size.
type setIterator struct {
	s    *Set
	i    int
	size int
}

func (it *setIterator) Type() *Type { return SetIteratorType }

func setIterNext(v Value) (Value, error) {
	it := v.obj.(*setIterator)
	if it.s == nil {
		return Value{}, nil
	}
	if it.s.used != it.size {
		it.size = -1
		return Value{}, Errorf(RuntimeErrorType, "%s", errSetChangedLen)
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key.obj != nil && e.key.obj != setDummyObj {
			return e.keyValue(), nil
		}
	}
	it.s = nil
	return Value{}, nil
}

// setFromIterable builds a set or frozenset of type t.
func setFromIterable(t *Type, frozen bool, it Value) (*Set, error) {
	s := &Set{frozen: frozen}
	if t != SetType && t != FrozenSetType {
		s.typ = t
		s.inst = newInstanceData(t)
	}
	if it.IsValid() {
		if err := s.update(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setNew(t *Type, args []Value, kw []string) (Value, error) {
	if t == SetType && len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "set() takes no keyword arguments")
	}
	s, _ := setFromIterable(t, false, Value{})
	return ObjectValue(s), nil
}

func setInit(self Value, args []Value, kw []string) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Errorf(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
	}
	s := self.obj.(*Set)
	if s.used > 0 {
		s.clear()
	}
	if len(args) == 1 {
		return s.update(args[0])
	}
	return nil
}

func frozensetNew(t *Type, args []Value, kw []string) (Value, error) {
	if t == FrozenSetType && len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "frozenset() takes no keyword arguments")
	}
	npos := len(args) - len(kw)
	if npos > 1 {
		return Value{}, Errorf(TypeErrorType, "frozenset expected at most 1 argument, got %d", npos)
	}
	if npos == 0 {
		if t == FrozenSetType {
			return ObjectValue(emptyFrozenSet), nil
		}
		s, _ := setFromIterable(t, true, Value{})
		return ObjectValue(s), nil
	}
	if fs, ok := args[0].obj.(*Set); ok && fs.frozen && fs.typ == nil && t == FrozenSetType {
		return args[0], nil
	}
	s, err := setFromIterable(t, true, args[0])
	if err != nil {
		return Value{}, err
	}
	if s.used == 0 && t == FrozenSetType {
		return ObjectValue(emptyFrozenSet), nil
	}
	return ObjectValue(s), nil
}

// isSetValue reports whether v is a set or frozenset (or subclass).
func isSetValue(v Value) (*Set, bool) {
	s, ok := v.obj.(*Set)
	return s, ok
}

// setSubset reports whether every element of a is in b.
func setSubset(a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	ok := true
	err := a.each(func(k Value, h int64) error {
		i, err := b.lookup(k, h)
		if err != nil {
			return err
		}
		if i < 0 {
			ok = false
			return errStopEach
		}
		return nil
	})
	if err == errStopEach {
		err = nil
	}
	return ok, err
}

// errStopEach ends an each loop early.
var errStopEach = &libError{"StopIteration", ""}

func setCompare(a, b Value, op CompareOp) (Value, error) {
	x, ok1 := isSetValue(a)
	y, ok2 := isSetValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case EQ, NE:
		r = x.used == y.used
		if r {
			r, err = setSubset(x, y)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = setSubset(x, y)
	case GE:
		r, err = setSubset(y, x)
	case LT:
		r = x.used < y.used
		if r {
			r, err = setSubset(x, y)
		}
	case GT:
		r = x.used > y.used
		if r {
			r, err = setSubset(y, x)
		}
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(r), nil
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Repr = setRepr
		t.RichCompare = setCompare
		t.Len = func(v Value) (int, error) { return v.obj.(*Set).used, nil }
		t.Contains = func(v, x Value) (bool, error) { return v.obj.(*Set).Contains(x) }
		t.Iter = func(v Value) (Value, error) {
			s := v.obj.(*Set)
			return ObjectValue(&setIterator{s: s, size: s.used}), nil
		}
	}
	SetType.New = setNew
	SetType.Init = setInit
	FrozenSetType.New = frozensetNew
	FrozenSetType.Hash = func(v Value) (int64, error) { return v.obj.(*Set).frozenHash(), nil }
	SetIteratorType.Iter = selfIter
	SetIteratorType.Next = setIterNext
	NewSetHook = NewSet
	SetAddHook = SetAdd
	BuiltinsDict.SetStr("set", ObjectValue(SetType))
	BuiltinsDict.SetStr("frozenset", ObjectValue(FrozenSetType))
}
