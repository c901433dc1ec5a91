// This file defines Dict, the insertion-ordered hash table behind Python
// dicts, instance and type __dict__s and module globals.

package py

import "hash/maphash"

// Dict is a Python dict: an insertion-ordered open-addressing hash table
// whose keys may be any hashable Value. Deleted entries leave a hole in
// entries (key zero) until the next resize. The zero Dict is not usable;
// use NewDict.
type Dict struct {
	entries []dictEntry
	// index is the hash index (-1 empty, -2 deleted, else entry index)
	// of a dict with smallDict entries or more; smaller dicts scan
	// entries. A pointer, not a slice, and no type field of its own keep
	// Dict at 64 bytes rather than 80.
	index   *[]int32
	used    int    // live entries
	version uint64 // bumped on every insert/delete, for iteration checks and caches
	// inst is non-nil for dict subclass instances: their class and
	// __dict__/slots.
	inst *Instance
}

// A dictEntry is 48 bytes: the key's hash has no field of its own. A key
// that is a heap object (a str, a tuple: bits 0 in any other Value)
// carries its hash in key.bits; an inline key (int, float, bool, None) has
// its payload there and its hash is computed from it, which is cheap.
// Read keys through keyValue, never e.key directly.
type dictEntry struct {
	key   Value
	value Value
}

// makeEntry packs key and its hash h into an entry.
func makeEntry(key Value, h int64, val Value) dictEntry {
	if _, inline := key.obj.(*kindMarker); !inline {
		key.bits = uint64(h)
	}
	return dictEntry{key: key, value: val}
}

// keyValue returns the entry's key as a Value (zero for a hole).
func (e *dictEntry) keyValue() Value {
	if _, inline := e.key.obj.(*kindMarker); inline {
		return e.key
	}
	return Value{obj: e.key.obj}
}

// hash returns the hash of the entry's key.
func (e *dictEntry) hash() int64 {
	if _, inline := e.key.obj.(*kindMarker); inline {
		h, _ := Hash(e.key) // inline values always hash
		return h
	}
	return int64(e.key.bits)
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n entries.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
	}
	return d
}

// Type returns dict (or the subclass).
func (d *Dict) Type() *Type {
	if d.inst != nil {
		return d.inst.typ
	}
	return DictType
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// Version changes whenever the key set changes.
func (d *Dict) Version() uint64 { return d.version }

var strHashSeed = maphash.MakeSeed()

// hashString is the hash of a str; *Str caches it.
func hashString(s string) int64 {
	h := int64(maphash.String(strHashSeed, s) >> 1)
	if h == -1 {
		h = -2
	}
	return h
}

func (d *Dict) lookup(key Value, h int64) (int, error) {
	if d.index == nil {
		// Small dicts: linear scan over entries.
		for i := range d.entries {
			e := &d.entries[i]
			if e.key.obj == nil || e.hash() != h {
				continue
			}
			eq, err := keysEqual(e.keyValue(), key)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i]
		if ix == -1 {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash() == h {
				eq, err := keysEqual(e.keyValue(), key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// keysEqual is identity-then-equality, as CPython's dict does.
func keysEqual(a, b Value) (bool, error) {
	if a.obj == b.obj {
		if a.bits == b.bits {
			return true, nil
		}
		if a.IsInt() || a.IsBool() {
			return false, nil
		}
	}
	if sa, ok := a.obj.(*Str); ok {
		if sb, ok := b.obj.(*Str); ok {
			return sa.S == sb.S, nil
		}
	}
	return Equal(a, b)
}

const smallDict = 8

func (d *Dict) rebuild() {
	// Compact entries and rebuild the index.
	if d.used != len(d.entries) {
		j := 0
		for _, e := range d.entries {
			if e.key.obj != nil {
				d.entries[j] = e
				j++
			}
		}
		for k := j; k < len(d.entries); k++ {
			d.entries[k] = dictEntry{}
		}
		d.entries = d.entries[:j]
	}
	if len(d.entries) < smallDict {
		d.index = nil
		return
	}
	n := 8
	for n*2 < len(d.entries)*3+3 {
		n *= 2
	}
	n *= 2
	index := make([]int32, n)
	for i := range index {
		index[i] = -1
	}
	d.index = &index
	for i := range d.entries {
		d.insertIndex(d.entries[i].hash(), i)
	}
}

func (d *Dict) insertIndex(h int64, ix int) {
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
	index[i] = int32(ix)
}

// GetItem returns the value for key, or the zero Value if absent. It fails
// if key is unhashable or its __eq__ raises.
func (d *Dict) GetItem(key Value) (Value, error) {
	h, err := Hash(key)
	if err != nil {
		return Value{}, err
	}
	i, err := d.lookup(key, h)
	if err != nil || i < 0 {
		return Value{}, err
	}
	return d.entries[i].value, nil
}

// SetItem sets d[key] = val.
func (d *Dict) SetItem(key, val Value) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return d.setHashed(key, h, val)
}

func (d *Dict) setHashed(key Value, h int64, val Value) error {
	i, err := d.lookup(key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = val
		d.version++
		return nil
	}
	d.entries = append(d.entries, makeEntry(key, h, val))
	d.used++
	d.version++
	if d.index != nil {
		if len(d.entries)*3 >= len(*d.index)*2 {
			d.rebuild()
		} else {
			d.insertIndex(h, len(d.entries)-1)
		}
	} else if len(d.entries) >= smallDict {
		d.rebuild()
	}
	return nil
}

// DelItem removes key; found reports whether it was present.
func (d *Dict) DelItem(key Value) (found bool, err error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	i, err := d.lookup(key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i, h)
	return true, nil
}

func (d *Dict) removeAt(i int, h int64) {
	if d.index != nil {
		index := *d.index
		mask := uint64(len(index) - 1)
		perturb := uint64(h)
		j := uint64(h) & mask
		for index[j] != int32(i) {
			perturb >>= 5
			j = (j*5 + 1 + perturb) & mask
		}
		index[j] = -2
	}
	d.entries[i] = dictEntry{}
	d.used--
	d.version++
	if i == len(d.entries)-1 {
		// Trim trailing holes cheaply only in small (index-less) mode.
		if d.index == nil {
			for len(d.entries) > 0 && d.entries[len(d.entries)-1].key.obj == nil {
				d.entries = d.entries[:len(d.entries)-1]
			}
		}
	}
	if len(d.entries) > 16 && d.used*2 < len(d.entries) {
		d.rebuild()
	}
}

// GetStrObj looks up a str key using the *Str's cached hash.
func (d *Dict) GetStrObj(k *Str) (Value, bool) {
	if i := d.findStrH(k.S, k.hash()); i >= 0 {
		return d.entries[i].value, true
	}
	return Value{}, false
}

// SetStrObj sets d[k] = val using the *Str's cached hash.
func (d *Dict) SetStrObj(k *Str, val Value) {
	h := k.hash()
	if i := d.findStrH(k.S, h); i >= 0 {
		d.entries[i].value = val
		d.version++
		return
	}
	_ = d.setHashed(ObjectValue(k), h, val)
}

// findStr returns the entry index of str key name, or -1.
func (d *Dict) findStr(name string) int { return d.findStrH(name, hashString(name)) }

func (d *Dict) findStrH(name string, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key.bits == uint64(h) { // a str key's hash; see dictEntry
				if s, ok := e.key.obj.(*Str); ok && s.S == name {
					return i
				}
			}
		}
		return -1
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i]
		if ix == -1 {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.bits == uint64(h) { // a str key's hash; see dictEntry
				if s, ok := e.key.obj.(*Str); ok && s.S == name {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// GetStr looks up a str key given as a Go string (no allocation).
func (d *Dict) GetStr(name string) (Value, bool) {
	h := hashString(name)
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key.bits == uint64(h) { // a str key's hash; see dictEntry
				if s, ok := e.key.obj.(*Str); ok && s.S == name {
					return e.value, true
				}
			}
		}
		return Value{}, false
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i]
		if ix == -1 {
			return Value{}, false
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.bits == uint64(h) { // a str key's hash; see dictEntry
				if s, ok := e.key.obj.(*Str); ok && s.S == name {
					return e.value, true
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// SetStr sets d[name] = val for a str key.
func (d *Dict) SetStr(name string, val Value) {
	if i := d.findStr(name); i >= 0 {
		d.entries[i].value = val
		d.version++
		return
	}
	s := NewStr(name)
	_ = d.setHashed(ObjectValue(s), s.hash(), val) // str keys never fail
}

// DelStr deletes a str key; it reports whether it was present.
func (d *Dict) DelStr(name string) bool {
	found, _ := d.DelItem(StrValue(name))
	return found
}

// Keys returns the live keys in insertion order (a fresh slice).
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key.obj != nil {
			out = append(out, e.keyValue())
		}
	}
	return out
}

// Items calls f for each live entry in order; f must not modify d.
func (d *Dict) Items(f func(k, v Value) error) error {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.obj != nil {
			if err := f(e.keyValue(), e.value); err != nil {
				return err
			}
		}
	}
	return nil
}

// EntryAt returns the live entry at position i (0 <= i < len(entries)) or
// ok=false for a hole; used by iterators, which also check Version.
func (d *Dict) EntryAt(i int) (k, v Value, ok bool) {
	if i >= len(d.entries) {
		return Value{}, Value{}, false
	}
	e := d.entries[i]
	return e.keyValue(), e.value, e.key.obj != nil
}

// EntryCap returns the number of entry positions (live or holes).
func (d *Dict) EntryCap() int { return len(d.entries) }

// Clear removes all items.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.version++
}

// Copy returns a shallow copy (a plain dict).
func (d *Dict) Copy() *Dict {
	n := &Dict{used: d.used}
	n.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key.obj != nil {
			n.entries = append(n.entries, e)
		}
	}
	if len(n.entries) >= smallDict {
		n.rebuild()
	}
	return n
}

// Update copies all items of src into d.
func (d *Dict) Update(src *Dict) error {
	for _, e := range src.entries {
		if e.key.obj != nil {
			if err := d.setHashed(e.keyValue(), e.hash(), e.value); err != nil {
				return err
			}
		}
	}
	return nil
}

// PopItem removes and returns the last item (LIFO); ok=false when empty.
func (d *Dict) PopItem() (k, v Value, ok bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key.obj != nil {
			d.removeAt(i, e.hash())
			return e.keyValue(), e.value, true
		}
	}
	return Value{}, Value{}, false
}
