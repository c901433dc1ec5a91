// This file implements _hashlib: message digests over Go's crypto
// packages, wrapped by the Python hashlib module.

package stdlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"

	"adder/interp/py"
)

// hashObj is a running digest (hashlib's HASH object).
type hashObj struct {
	name string
	h    hash.Hash
}

var hashType = newGoType("_hashlib", "HASH")

func (h *hashObj) Type() *py.Type { return hashType }

var hashConstructors = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha1":   sha1.New,
	"sha224": sha256.New224,
	"sha256": sha256.New,
	"sha384": sha512.New384,
	"sha512": sha512.New,
}

// bytesArg returns the bytes of a bytes-like argument with hashlib's
// errors for str and other objects.
func bytesArg(v py.Value) (string, error) {
	if s, ok := py.AsBytes(v); ok {
		return s, nil
	}
	if _, ok := py.AsStr(v); ok {
		return "", py.Errorf(py.TypeErrorType, "Strings must be encoded before hashing")
	}
	return "", py.Errorf(py.TypeErrorType, "object supporting the buffer API required")
}

func selfHash(v py.Value) *hashObj { return v.Object().(*hashObj) }

func init() {
	hashType.Repr = func(v py.Value) (py.Value, error) {
		h := selfHash(v)
		return py.StrValue(fmt.Sprintf("<%s _hashlib.HASH object @ %#x>", h.name, py.ID(v))), nil
	}
	py.AddMethods(hashType, []py.MethodDef{
		{Name: "update", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			if err := py.ArgRange("update", args, kw, 1, 1); err != nil {
				return py.Value{}, err
			}
			b, err := bytesArg(args[0])
			if err != nil {
				return py.Value{}, err
			}
			selfHash(self).h.Write([]byte(b))
			return py.None, nil
		}},
		{Name: "digest", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			return py.NewBytes(string(selfHash(self).h.Sum(nil))), nil
		}},
		{Name: "hexdigest", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			return py.StrValue(hex.EncodeToString(selfHash(self).h.Sum(nil))), nil
		}},
		{Name: "copy", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			h := selfHash(self)
			c := &hashObj{name: h.name, h: hashConstructors[h.name]()}
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err == nil {
				err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
			}
			if err != nil {
				return py.Value{}, py.Errorf(py.ValueErrorType, "cannot copy %s hash: %v", h.name, err)
			}
			return py.ObjectValue(c), nil
		}},
	})
	py.AddGetters(hashType, []py.Getter{
		{Name: "name", Get: func(self py.Value) (py.Value, error) { return py.StrValue(selfHash(self).name), nil }},
		{Name: "digest_size", Get: func(self py.Value) (py.Value, error) { return py.Int(int64(selfHash(self).h.Size())), nil }},
		{Name: "block_size", Get: func(self py.Value) (py.Value, error) { return py.Int(int64(selfHash(self).h.BlockSize())), nil }},
	})
	registerGoModule("_hashlib", "Message digests for hashlib (adder).", func(d *py.Dict) {
		py.AddFunc(d, "new", func(args []py.Value, kw []string) (py.Value, error) {
			var name string
			data := py.NewBytes("")
			if err := py.UnpackArgs("new", args, kw, "name", &name, "data?", &data); err != nil {
				return py.Value{}, err
			}
			mk, ok := hashConstructors[name]
			if !ok {
				return py.Value{}, py.Errorf(py.ValueErrorType, "unsupported hash type %s", name)
			}
			b, err := bytesArg(data)
			if err != nil {
				return py.Value{}, err
			}
			h := &hashObj{name: name, h: mk()}
			h.h.Write([]byte(b))
			return py.ObjectValue(h), nil
		})
		py.AddFunc(d, "crc32", func(args []py.Value, kw []string) (py.Value, error) {
			var data py.Value
			var start int64
			if err := py.UnpackArgs("crc32", args, kw, "data", &data, "value?", &start); err != nil {
				return py.Value{}, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(crc32.Update(uint32(start), crc32.IEEETable, []byte(b)))), nil
		})
	})
}
