// This file implements BLAKE2b and BLAKE2s (RFC 7693) for hashlib, with
// the digest size, key, salt and personalization parameters Python
// exposes. Go's standard library has no BLAKE2; this follows the RFC's
// description directly (sequential mode only).

package stdlib

import (
	"encoding/binary"
	"math/bits"
)

// blake2Sigma is the message word permutation of each round.
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// The initialization vectors: those of SHA-512 and SHA-256.
var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2 is a running BLAKE2b (wide) or BLAKE2s digest. The last block
// is kept in buf until Sum, which must compress it with the final flag.
type blake2 struct {
	wide bool
	size int // digest size in bytes
	hb   [8]uint64
	hs   [8]uint32
	t    uint64 // bytes compressed so far (the counter; 2^64 is ample)
	buf  []byte
}

// newBlake2 starts a digest; the caller has checked the parameter sizes.
func newBlake2(wide bool, size int, key, salt, person []byte) *blake2 {
	d := &blake2{wide: wide, size: size}
	param := uint64(size) | uint64(len(key))<<8 | 1<<16 | 1<<24 // fanout 1, depth 1
	if wide {
		d.hb = blake2bIV
		d.hb[0] ^= param
		var s, p [16]byte
		copy(s[:], salt)
		copy(p[:], person)
		d.hb[4] ^= binary.LittleEndian.Uint64(s[0:])
		d.hb[5] ^= binary.LittleEndian.Uint64(s[8:])
		d.hb[6] ^= binary.LittleEndian.Uint64(p[0:])
		d.hb[7] ^= binary.LittleEndian.Uint64(p[8:])
	} else {
		d.hs = blake2sIV
		d.hs[0] ^= uint32(param)
		var s, p [8]byte
		copy(s[:], salt)
		copy(p[:], person)
		d.hs[4] ^= binary.LittleEndian.Uint32(s[0:])
		d.hs[5] ^= binary.LittleEndian.Uint32(s[4:])
		d.hs[6] ^= binary.LittleEndian.Uint32(p[0:])
		d.hs[7] ^= binary.LittleEndian.Uint32(p[4:])
	}
	if len(key) > 0 {
		// A key is processed as a first block padded with zeros.
		blk := make([]byte, d.BlockSize())
		copy(blk, key)
		d.buf = blk
	}
	return d
}

func (d *blake2) BlockSize() int {
	if d.wide {
		return 128
	}
	return 64
}

func (d *blake2) Size() int { return d.size }

// Write absorbs p, compressing every full block except the last one seen.
func (d *blake2) Write(p []byte) (int, error) {
	n := len(p)
	bs := d.BlockSize()
	for len(p) > 0 {
		if len(d.buf) == bs {
			d.t += uint64(bs)
			d.compress(d.buf, false)
			d.buf = d.buf[:0]
		}
		k := bs - len(d.buf)
		if k > len(p) {
			k = len(p)
		}
		d.buf = append(d.buf, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// Sum returns the digest of what was written, leaving d unchanged.
func (d *blake2) Sum(in []byte) []byte {
	c := d.clone()
	bs := c.BlockSize()
	c.t += uint64(len(c.buf))
	last := make([]byte, bs)
	copy(last, c.buf)
	c.compress(last, true)
	out := make([]byte, 0, 64)
	if c.wide {
		for _, w := range c.hb {
			out = binary.LittleEndian.AppendUint64(out, w)
		}
	} else {
		for _, w := range c.hs {
			out = binary.LittleEndian.AppendUint32(out, w)
		}
	}
	return append(in, out[:c.size]...)
}

func (d *blake2) clone() *blake2 {
	c := *d
	c.buf = append([]byte(nil), d.buf...)
	return &c
}

// compress mixes one block into the state (RFC 7693 section 3.2).
func (d *blake2) compress(block []byte, final bool) {
	if d.wide {
		var m [16]uint64
		for i := range m {
			m[i] = binary.LittleEndian.Uint64(block[8*i:])
		}
		var v [16]uint64
		copy(v[:8], d.hb[:])
		copy(v[8:], blake2bIV[:])
		v[12] ^= d.t
		if final {
			v[14] = ^v[14]
		}
		g := func(a, b, c, e int, x, y uint64) {
			v[a] = v[a] + v[b] + x
			v[e] = bits.RotateLeft64(v[e]^v[a], -32)
			v[c] = v[c] + v[e]
			v[b] = bits.RotateLeft64(v[b]^v[c], -24)
			v[a] = v[a] + v[b] + y
			v[e] = bits.RotateLeft64(v[e]^v[a], -16)
			v[c] = v[c] + v[e]
			v[b] = bits.RotateLeft64(v[b]^v[c], -63)
		}
		for r := 0; r < 12; r++ {
			s := &blake2Sigma[r%10]
			g(0, 4, 8, 12, m[s[0]], m[s[1]])
			g(1, 5, 9, 13, m[s[2]], m[s[3]])
			g(2, 6, 10, 14, m[s[4]], m[s[5]])
			g(3, 7, 11, 15, m[s[6]], m[s[7]])
			g(0, 5, 10, 15, m[s[8]], m[s[9]])
			g(1, 6, 11, 12, m[s[10]], m[s[11]])
			g(2, 7, 8, 13, m[s[12]], m[s[13]])
			g(3, 4, 9, 14, m[s[14]], m[s[15]])
		}
		for i := 0; i < 8; i++ {
			d.hb[i] ^= v[i] ^ v[i+8]
		}
		return
	}
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.hs[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= uint32(d.t)
	v[13] ^= uint32(d.t >> 32)
	if final {
		v[14] = ^v[14]
	}
	g := func(a, b, c, e int, x, y uint32) {
		v[a] = v[a] + v[b] + x
		v[e] = bits.RotateLeft32(v[e]^v[a], -16)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] = v[a] + v[b] + y
		v[e] = bits.RotateLeft32(v[e]^v[a], -8)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &blake2Sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := 0; i < 8; i++ {
		d.hs[i] ^= v[i] ^ v[i+8]
	}
}

// Reset is required by hash.Hash; hashlib never calls it.
func (d *blake2) Reset() {}
