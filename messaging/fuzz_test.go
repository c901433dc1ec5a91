// This file fuzzes Decode: no input may panic, and whatever decodes must
// encode and decode again to the same message.

package messaging

import (
	"bytes"
	"testing"
)

func FuzzDecode(f *testing.F) {
	s, _ := NewSigner("", "")
	f.Add([]byte(`{"msg_id":"1","msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{}"))
	f.Add([]byte(`{"msg_id":"1","msg_type":"x","date":7}`), []byte("null"), []byte("[]"), []byte(`{"a":1}`))
	f.Add([]byte("{"), []byte(""), []byte("\xff"), []byte("1e999"))
	f.Fuzz(func(t *testing.T, header, parent, metadata, content []byte) {
		frames := [][]byte{[]byte("id"), Delimiter, nil, header, parent, metadata, content}
		m, err := Decode(frames, s)
		if err != nil {
			return
		}
		again, err := Encode(m, s)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		m2, err := Decode(again, s)
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		if m2.Header != m.Header || !bytes.Equal(m2.Content, m.Content) {
			t.Fatalf("round trip changed the message")
		}
	})
}
