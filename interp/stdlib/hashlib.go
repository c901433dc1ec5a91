// This file implements _hashlib: message digests over Go's crypto
// packages, wrapped by the Python hashlib module.

package stdlib

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"

	"adder/interp/py"
)

// hashObj is a running digest (hashlib's HASH object); xof is set
// instead of h for the SHAKE functions, whose digests take a length.
type hashObj struct {
	name string
	h    hash.Hash
	xof  *sha3.SHAKE
}

var hashType = newGoType("_hashlib", "HASH")

func (h *hashObj) Type() *py.Type { return hashType }

var hashConstructors = map[string]func() hash.Hash{
	"md5":        md5.New,
	"sha1":       sha1.New,
	"sha224":     sha256.New224,
	"sha256":     sha256.New,
	"sha384":     sha512.New384,
	"sha512":     sha512.New,
	"sha512_224": sha512.New512_224,
	"sha512_256": sha512.New512_256,
	"sha3_224":   func() hash.Hash { return sha3.New224() },
	"sha3_256":   func() hash.Hash { return sha3.New256() },
	"sha3_384":   func() hash.Hash { return sha3.New384() },
	"sha3_512":   func() hash.Hash { return sha3.New512() },
}

// shakeConstructors are the extendable-output functions.
var shakeConstructors = map[string]func() *sha3.SHAKE{
	"shake_128": sha3.NewSHAKE128,
	"shake_256": sha3.NewSHAKE256,
}

// write absorbs b.
func (h *hashObj) write(b []byte) {
	if h.xof != nil {
		h.xof.Write(b)
		return
	}
	h.h.Write(b)
}

// sum returns the digest; SHAKE digests read length bytes from a copy.
func (h *hashObj) sum(args []py.Value, kw []string, fname string) ([]byte, error) {
	if h.xof == nil {
		if err := py.ArgRange(fname, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return h.h.Sum(nil), nil
	}
	var length int64
	if err := py.UnpackArgs(fname, args, kw, "length", &length); err != nil {
		return nil, err
	}
	if length < 0 {
		// CPython asks its allocator for the (size_t) length and fails.
		return nil, py.Errorf(py.MemoryErrorType, "")
	}
	if length >= 1<<29 {
		return nil, py.Errorf(py.ValueErrorType, "digest length is too large")
	}
	c, err := h.copyXOF()
	if err != nil {
		return nil, err
	}
	out := make([]byte, length)
	c.Read(out)
	return out, nil
}

func (h *hashObj) copyXOF() (*sha3.SHAKE, error) {
	c := shakeConstructors[h.name]()
	state, err := h.xof.MarshalBinary()
	if err == nil {
		err = c.UnmarshalBinary(state)
	}
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "cannot copy %s hash: %v", h.name, err)
	}
	return c, nil
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
			selfHash(self).write([]byte(b))
			return py.None, nil
		}},
		{Name: "digest", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			b, err := selfHash(self).sum(args, kw, "digest")
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(string(b)), nil
		}},
		{Name: "hexdigest", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			b, err := selfHash(self).sum(args, kw, "hexdigest")
			if err != nil {
				return py.Value{}, err
			}
			return py.StrValue(hex.EncodeToString(b)), nil
		}},
		{Name: "copy", Fn: func(self py.Value, args []py.Value, kw []string) (py.Value, error) {
			h := selfHash(self)
			if h.xof != nil {
				x, err := h.copyXOF()
				if err != nil {
					return py.Value{}, err
				}
				return py.ObjectValue(&hashObj{name: h.name, xof: x}), nil
			}
			if b, ok := h.h.(*blake2); ok {
				return py.ObjectValue(&hashObj{name: h.name, h: b.clone()}), nil
			}
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
		{Name: "digest_size", Get: func(self py.Value) (py.Value, error) {
			if h := selfHash(self); h.xof == nil {
				return py.Int(int64(h.h.Size())), nil
			}
			return py.Int(0), nil
		}},
		{Name: "block_size", Get: func(self py.Value) (py.Value, error) {
			if h := selfHash(self); h.xof == nil {
				return py.Int(int64(h.h.BlockSize())), nil
			}
			return py.Int(int64(selfHash(self).xof.BlockSize())), nil
		}},
	})
	registerGoModule("_hashlib", "Message digests for hashlib (adder).", func(d *py.Dict) {
		py.AddFunc(d, "new", func(args []py.Value, kw []string) (py.Value, error) {
			var name string
			data := py.NewBytes("")
			if err := py.UnpackArgs("new", args, kw, "name", &name, "data?", &data); err != nil {
				return py.Value{}, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return py.Value{}, err
			}
			var h *hashObj
			if mk, ok := hashConstructors[name]; ok {
				h = &hashObj{name: name, h: mk()}
			} else if mk, ok := shakeConstructors[name]; ok {
				h = &hashObj{name: name, xof: mk()}
			} else {
				return py.Value{}, py.Errorf(py.ValueErrorType, "unsupported hash type %s", name)
			}
			h.write([]byte(b))
			return py.ObjectValue(h), nil
		})
		py.AddFunc(d, "blake2", hashlibBlake2)
		py.AddFunc(d, "pbkdf2_hmac", hashlibPBKDF2)
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

// hashlibBlake2(wide, data, digest_size, key, salt, person) -> HASH; the
// Python classes blake2b/blake2s check the argument types first.
func hashlibBlake2(args []py.Value, kw []string) (py.Value, error) {
	wide := args[0].AsBool()
	size := int(args[2].AsInt())
	parts := make([][]byte, 4)
	for i, v := range []py.Value{args[1], args[3], args[4], args[5]} {
		b, err := bytesArg(v)
		if err != nil {
			return py.Value{}, err
		}
		parts[i] = []byte(b)
	}
	data, key, salt, person := parts[0], parts[1], parts[2], parts[3]
	maxSize, name := 32, "blake2s"
	if wide {
		maxSize, name = 64, "blake2b"
	}
	if size < 1 || size > maxSize {
		return py.Value{}, py.Errorf(py.ValueErrorType, "digest_size must be between 1 and %d bytes", maxSize)
	}
	if len(key) > maxSize {
		return py.Value{}, py.Errorf(py.ValueErrorType, "maximum key length is %d bytes", maxSize)
	}
	if len(salt) > maxSize/4 {
		return py.Value{}, py.Errorf(py.ValueErrorType, "maximum salt length is %d bytes", maxSize/4)
	}
	if len(person) > maxSize/4 {
		return py.Value{}, py.Errorf(py.ValueErrorType, "maximum person length is %d bytes", maxSize/4)
	}
	h := &hashObj{name: name, h: newBlake2(wide, size, key, salt, person)}
	h.write(data)
	return py.ObjectValue(h), nil
}

// hashlibPBKDF2(hash_name, password, salt, iterations, dklen) -> bytes.
func hashlibPBKDF2(args []py.Value, kw []string) (py.Value, error) {
	var name string
	var password, salt, dklenV py.Value
	var iterations int64
	if err := py.UnpackArgs("pbkdf2_hmac", args, kw, "hash_name", &name, "password", &password, "salt", &salt,
		"iterations", &iterations, "dklen?", &dklenV); err != nil {
		return py.Value{}, err
	}
	mk, ok := hashConstructors[name]
	if !ok {
		return py.Value{}, py.Errorf(py.ValueErrorType, "unsupported hash type %s", name)
	}
	pw, err := bytesArg(password)
	if err != nil {
		return py.Value{}, err
	}
	s, err := bytesArg(salt)
	if err != nil {
		return py.Value{}, err
	}
	if iterations < 1 {
		return py.Value{}, py.Errorf(py.ValueErrorType, "iteration value must be greater than 0.")
	}
	if iterations > 1<<31-1 {
		return py.Value{}, py.Errorf(py.OverflowErrorType, "iteration value is too great.")
	}
	dklen := int64(mk().Size())
	if dklenV.IsValid() && !dklenV.IsNone() {
		dklen, err = py.IndexInt64(dklenV)
		if err != nil {
			return py.Value{}, err
		}
		if dklen < 1 {
			return py.Value{}, py.Errorf(py.ValueErrorType, "key length must be greater than 0.")
		}
		if dklen > 1<<31-1 {
			return py.Value{}, py.Errorf(py.OverflowErrorType, "key length is too great.")
		}
	}
	key, err := pbkdf2.Key(mk, pw, []byte(s), int(iterations), int(dklen))
	if err != nil {
		return py.Value{}, py.Errorf(py.ValueErrorType, "pbkdf2_hmac: %v", err)
	}
	return py.NewBytes(string(key)), nil
}
