// This file gives instances of tuple subclasses their __dict__. Tuples
// are the most common container, so the Tuple struct has no field for
// it: the dicts of subclass instances live in a side table keyed weakly
// by the tuple, dropped when the tuple is collected.

package py

import (
	"runtime"
	"sync"
	"weak"
)

var (
	tupleDictsMu sync.Mutex
	tupleDicts   = map[weak.Pointer[Tuple]]*Dict{}
)

// InstanceDict returns the __dict__ of a tuple subclass instance (made on
// first use), or nil for plain tuples and dict-less subclasses.
func (t *Tuple) InstanceDict() *Dict {
	if t.typ == nil || t.typ.Flags&FlagHasDict == 0 {
		return nil
	}
	key := weak.Make(t)
	tupleDictsMu.Lock()
	defer tupleDictsMu.Unlock()
	d := tupleDicts[key]
	if d == nil {
		d = NewDict()
		tupleDicts[key] = d
		runtime.AddCleanup(t, func(k weak.Pointer[Tuple]) {
			tupleDictsMu.Lock()
			delete(tupleDicts, k)
			tupleDictsMu.Unlock()
		}, key)
	}
	return d
}
