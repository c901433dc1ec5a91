// This file implements message signing: HMAC-SHA256 over the four JSON parts.

package messaging

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
)

// Signer signs and verifies messages with the connection file's key. The key
// is used as raw bytes, as jupyter_client does; an empty key disables signing
// (empty signature, anything accepted). A Signer is safe for concurrent use:
// each call builds its own HMAC state.
type Signer struct {
	key []byte
}

// NewSigner returns a signer for scheme ("hmac-sha256" or "") and key.
func NewSigner(scheme, key string) (*Signer, error) {
	if scheme != "" && scheme != "hmac-sha256" {
		return nil, fmt.Errorf("unsupported signature scheme %q", scheme)
	}
	return &Signer{key: []byte(key)}, nil
}

// Enabled reports whether messages are signed.
func (s *Signer) Enabled() bool { return s != nil && len(s.key) > 0 }

func (s *Signer) mac() hash.Hash { return hmac.New(sha256.New, s.key) }

// Sign returns the hex signature of the four parts (header, parent_header,
// metadata, content), or "" when signing is disabled.
func (s *Signer) Sign(parts ...[]byte) string {
	if !s.Enabled() {
		return ""
	}
	m := s.mac()
	for _, p := range parts {
		m.Write(p)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// Verify checks sig against the parts in constant time.
func (s *Signer) Verify(sig []byte, parts ...[]byte) bool {
	if !s.Enabled() {
		return true
	}
	want := make([]byte, hex.DecodedLen(len(sig)))
	if _, err := hex.Decode(want, sig); err != nil {
		return false
	}
	m := s.mac()
	for _, p := range parts {
		m.Write(p)
	}
	return hmac.Equal(want, m.Sum(nil))
}
