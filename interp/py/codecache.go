// This file converts a code object's Go constants to Values once and keeps
// them, with the interned name strings and keyword-name lists, in
// Code.Extra for the VM.

package py

import (
	"math/big"
	"sync"

	"adder/interp/compile"
)

// MakeComplexHook and MakeBytesHook are set by the library (complex.go,
// bytes.go) to build complex and bytes constants.
var (
	MakeComplexHook func(c complex128) Value
	MakeBytesHook   func(b []byte) Value
)

type codeInfo struct {
	consts   []Value
	names    []Value // *Str values of Code.Names
	kwnames  map[int][]string
	nlocals  int
	isGen    bool
	cellsOff int
	globals  []globalEntry // LOAD_GLOBAL cache by name index
	// simple: positional parameters only, no cells, not a generator; such
	// calls bind by copying (argc args) into a pooled frame of nregs.
	simple bool
	argc   int
	nregs  int
	attrs  []attrEntry // type-lookup cache by instruction index
	// hints[pc] is the instance-dict entry index where the attribute
	// named at pc was last found (see dictGetHinted).
	hints []int32
}

type attrEntry struct {
	t          *Type
	ver, epoch uint32
	v          Value
}

// typeLookup is t.Lookup(name) with a small polymorphic per-instruction
// cache (attribute sites in OOP code often see several classes).
func (ci *codeInfo) typeLookup(pc int, t *Type, name string) Value {
	es := ci.attrs[attrWays*pc : attrWays*pc+attrWays]
	for i := range es {
		if e := &es[i]; e.t == t && e.ver == t.version && e.epoch == cacheEpoch {
			return e.v
		}
	}
	v := t.Lookup(name)
	copy(es[1:], es[:attrWays-1])
	es[0] = attrEntry{t: t, ver: t.version, epoch: cacheEpoch, v: v}
	return v
}

const attrWays = 4

type globalEntry struct {
	g      *Dict
	gv, bv uint64
	v      Value
}

// infoOf returns code's codeInfo, building it on first use. The fast path
// is small enough to inline into the eval loop's calls and returns.
func infoOf(code *compile.Code) *codeInfo {
	if ci, ok := code.Extra.(*codeInfo); ok {
		return ci
	}
	return newCodeInfo(code)
}

//go:noinline
func newCodeInfo(code *compile.Code) *codeInfo {
	ci := &codeInfo{kwnames: map[int][]string{}, nlocals: len(code.LocalNames)}
	ci.consts = make([]Value, len(code.Consts))
	for i, k := range code.Consts {
		if kw, ok := k.(compile.KwNames); ok {
			names := make([]string, len(kw))
			for j, n := range kw {
				names[j] = n.(string)
			}
			ci.kwnames[i] = names
			ci.consts[i] = None
			continue
		}
		ci.consts[i] = constToValue(k)
	}
	ci.names = make([]Value, len(code.Names))
	for i, n := range code.Names {
		ci.names[i] = ObjectValue(internName(n))
	}
	ci.globals = make([]globalEntry, len(code.Names))
	ci.attrs = make([]attrEntry, attrWays*len(code.Instrs))
	ci.hints = make([]int32, len(code.Instrs))
	ci.isGen = code.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0
	ci.argc = code.ArgCount
	ci.nregs = len(code.LocalNames) + code.StackSize
	ci.simple = !ci.isGen && len(code.CellNames) == 0 && len(code.FreeNames) == 0 && code.KwOnlyCount == 0 &&
		code.Flags&(compile.FlagVarargs|compile.FlagVarkw) == 0
	code.Extra = ci
	return ci
}

// names interns the *Str of every name in compiled code: an attribute
// stored by one method and loaded by another then has the same key object,
// so a dict entry hint is confirmed by one pointer comparison. CPython
// interns identifiers for the same reason.
var names = struct {
	sync.Mutex
	m map[string]*Str
}{m: map[string]*Str{}}

func internName(n string) *Str {
	names.Lock()
	defer names.Unlock()
	s, ok := names.m[n]
	if !ok {
		s = NewStr(n)
		names.m[n] = s
	}
	return s
}

func constToValue(k any) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return MakeBigInt(x)
	case float64:
		return Float(x)
	case complex128:
		if MakeComplexHook != nil {
			return MakeComplexHook(x)
		}
		return Float(real(x))
	case string:
		return ObjectValue(NewStr(x))
	case compile.Bytes:
		if MakeBytesHook != nil {
			return MakeBytesHook([]byte(x))
		}
		return StrValue(string(x))
	case compile.EllipsisConst:
		return Ellipsis
	case []any:
		items := make([]Value, len(x))
		for i, y := range x {
			items[i] = constToValue(y)
		}
		return tupleOf(items)
	case *compile.Code:
		return ObjectValue(&CodeObject{Code: x})
	}
	return None
}
