// This file handles cell ids (nbformat 4.5): their syntax, fresh ids for
// cells that lack one or repeat one, and upgrading older 4.x notebooks.

package notebook

import (
	"crypto/rand"
	"encoding/hex"
)

// ValidID reports whether id matches nbformat 4.5's cell id pattern:
// 1 to 64 characters from [a-zA-Z0-9-_].
func ValidID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if !ok {
			return false
		}
	}
	return true
}

// NewID returns a fresh cell id in nbformat's style: 8 hex digits (the
// first 8 of a random uuid4's hex).
func NewID() string {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("notebook: no randomness: " + err.Error()) // crypto/rand never fails on supported systems
	}
	return hex.EncodeToString(b[:])
}

// repairIDs gives every cell without an id, and every cell repeating an
// earlier cell's id, a fresh one, as nbformat's normalisation does.
func (nb *Notebook) repairIDs() {
	seen := make(map[string]bool, len(nb.Cells))
	for _, c := range nb.Cells {
		if c.ID != "" && !seen[c.ID] {
			seen[c.ID] = true
			continue
		}
		id := NewID()
		for seen[id] {
			id = NewID()
		}
		c.ID = id
		seen[id] = true
	}
}

// Upgrade raises a 4.0–4.4 notebook to 4.5, giving every cell a fresh id
// as nbformat's upgrade does. A 4.5 (or later) notebook only gets ids
// repaired.
func (nb *Notebook) Upgrade() {
	if nb.FormatMinor < 5 {
		for _, c := range nb.Cells {
			c.ID = ""
		}
		nb.FormatMinor = 5
	}
	nb.repairIDs()
}
