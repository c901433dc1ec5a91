// This file implements _random: the MT19937 Mersenne Twister behind the
// random module, seeded exactly as CPython seeds it (init_by_array over
// the 32-bit words of the seed) so that programs print CPython's numbers.

package stdlib

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"

	"adder/interp/py"
)

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mt is one generator's state; index == mtN means "regenerate next".
type mt struct {
	state [mtN]uint32
	index int
}

var mtType = newGoType("_random", "MT19937")

func (m *mt) Type() *py.Type { return mtType }

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt) genrand() uint32 {
	if m.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.state[kk] & mtUpperMask) | (m.state[kk+1] & mtLowerMask)
			m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ (y&1)*mtMatrixA
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & mtUpperMask) | (m.state[kk+1] & mtLowerMask)
			m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ (y&1)*mtMatrixA
		}
		y := (m.state[mtN-1] & mtUpperMask) | (m.state[0] & mtLowerMask)
		m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ (y&1)*mtMatrixA
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is a float in [0, 1) from 53 random bits, as CPython's.
func (m *mt) random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits returns k random bits, filling 32-bit words from the least
// significant end; the last word keeps its top bits.
func (m *mt) getrandbits(k int) py.Value {
	if k <= 32 {
		return py.Int(int64(m.genrand() >> (32 - uint(k))))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - uint(k)
		}
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], r)
		k -= 32
	}
	return py.MakeBigInt(new(big.Int).SetBytes(buf))
}

func argMT(fname string, args []py.Value) (*mt, error) {
	if len(args) == 0 {
		return nil, py.Errorf(py.TypeErrorType, "%s() missing generator", fname)
	}
	m, ok := args[0].Object().(*mt)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s() needs a generator, not %s", fname, args[0].Type().Name)
	}
	return m, nil
}

func init() {
	registerGoModule("_random", "Mersenne Twister state for the random module (adder).", func(d *py.Dict) {
		py.AddFunc(d, "new", func(args []py.Value, kw []string) (py.Value, error) {
			m := &mt{}
			var seed [mtN]byte
			_, _ = rand.Read(seed[:])
			key := make([]uint32, mtN)
			for i := range key {
				key[i] = uint32(seed[i]) * 2654435761
			}
			m.initByArray(key)
			return py.ObjectValue(m), nil
		})
		// seed_words(mt, int): init_by_array over the 32-bit words of |n|.
		py.AddFunc(d, "seed_int", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("seed_int", args)
			if err != nil {
				return py.Value{}, err
			}
			b, ok := py.AsBig(args[1])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "seed must be an int")
			}
			b = new(big.Int).Abs(b)
			be := b.Bytes()
			n := (len(be) + 3) / 4
			if n == 0 {
				n = 1
			}
			key := make([]uint32, n)
			for i := 0; i < len(be); i++ {
				// be is big-endian; byte i from the end belongs to word i/4.
				pos := len(be) - 1 - i
				key[i/4] |= uint32(be[pos]) << (8 * uint(i%4))
			}
			m.initByArray(key)
			return py.None, nil
		})
		py.AddFunc(d, "random", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("random", args)
			if err != nil {
				return py.Value{}, err
			}
			return py.Float(m.random()), nil
		})
		py.AddFunc(d, "getrandbits", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("getrandbits", args)
			if err != nil {
				return py.Value{}, err
			}
			if !args[1].IsInt() {
				return py.Value{}, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C int")
			}
			k := args[1].AsInt()
			if k < 0 {
				return py.Value{}, py.Errorf(py.ValueErrorType, "number of bits must be non-negative")
			}
			if k == 0 {
				return py.Int(0), nil
			}
			if k > 1<<31 {
				return py.Value{}, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C int")
			}
			return m.getrandbits(int(k)), nil
		})
		// randbelow(mt, n): uniform in [0, n) by rejection on n.bit_length() bits.
		py.AddFunc(d, "randbelow", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("randbelow", args)
			if err != nil {
				return py.Value{}, err
			}
			if args[1].IsInt() {
				n := args[1].AsInt()
				if n <= 0 {
					return py.Int(0), nil
				}
				k := 0
				for x := n; x > 0; x >>= 1 {
					k++
				}
				if k <= 32 {
					for {
						r := int64(m.genrand() >> (32 - uint(k)))
						if r < n {
							return py.Int(r), nil
						}
					}
				}
			}
			n, ok := py.AsBig(args[1])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "randbelow needs an int")
			}
			k := n.BitLen()
			for {
				r := m.getrandbits(k)
				rb, _ := py.AsBig(r)
				if rb.Cmp(n) < 0 {
					return r, nil
				}
			}
		})
		py.AddFunc(d, "getstate", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("getstate", args)
			if err != nil {
				return py.Value{}, err
			}
			items := make([]py.Value, mtN+1)
			for i, w := range m.state {
				items[i] = py.Int(int64(w))
			}
			items[mtN] = py.Int(int64(m.index))
			return py.NewTuple(items...), nil
		})
		py.AddFunc(d, "setstate", func(args []py.Value, kw []string) (py.Value, error) {
			m, err := argMT("setstate", args)
			if err != nil {
				return py.Value{}, err
			}
			items, err := py.ToSlice(args[1])
			if err != nil {
				return py.Value{}, err
			}
			if len(items) != mtN+1 {
				return py.Value{}, py.Errorf(py.ValueErrorType, "state vector is the wrong size")
			}
			for i := 0; i < mtN; i++ {
				b, ok := py.AsBig(items[i])
				if !ok {
					return py.Value{}, py.Errorf(py.TypeErrorType, "state vector items must be integers")
				}
				m.state[i] = uint32(b.Uint64())
			}
			idx := items[mtN].AsInt()
			if idx < 0 || idx > mtN {
				return py.Value{}, py.Errorf(py.ValueErrorType, "invalid state")
			}
			m.index = int(idx)
			return py.None, nil
		})
	})
}
