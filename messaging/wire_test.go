// This file tests the wire format against messages signed by jupyter_client
// (testdata/wire_golden.json, made by testdata/gen_wire_golden.py).

package messaging

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"testing"
)

type goldenCase struct {
	Key        string         `json:"key"`
	MsgType    string         `json:"msg_type"`
	MsgID      string         `json:"msg_id"`
	Content    map[string]any `json:"content"`
	Identities int            `json:"identities"`
	Frames     []string       `json:"frames"`
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	b, err := os.ReadFile("testdata/wire_golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no golden cases")
	}
	return cases
}

func (g goldenCase) frames(t *testing.T) [][]byte {
	var out [][]byte
	for _, f := range g.Frames {
		b, err := base64.StdEncoding.DecodeString(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func TestDecodeGolden(t *testing.T) {
	for _, g := range loadGolden(t) {
		s, _ := NewSigner("hmac-sha256", g.Key)
		frames := g.frames(t)
		m, err := Decode(frames, s)
		if err != nil {
			t.Fatalf("%s key=%q: %v", g.MsgType, g.Key, err)
		}
		if m.Header.MsgType != g.MsgType || m.Header.MsgID != g.MsgID || m.Header.Version != ProtocolVersion {
			t.Errorf("header %+v", m.Header)
		}
		if len(m.Identities) != g.Identities {
			t.Errorf("%s: %d identities, want %d", g.MsgType, len(m.Identities), g.Identities)
		}
		var content map[string]any
		if err := m.DecodeContent(&content); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(content, g.Content) {
			t.Errorf("%s content %v, want %v", g.MsgType, content, g.Content)
		}
		// Our signature over jupyter_client's bytes must be byte-identical.
		i := g.Identities
		sig := s.Sign(frames[i+2], frames[i+3], frames[i+4], frames[i+5])
		if sig != string(frames[i+1]) {
			t.Errorf("%s: signature %q, jupyter_client %q", g.MsgType, sig, frames[i+1])
		}
		if g.Key == "" && len(frames[i+1]) != 0 {
			t.Errorf("empty key must give an empty signature")
		}
		// Tampering with any signed part is caught when a key is set.
		if g.Key != "" {
			for part := 2; part <= 5; part++ {
				bad := append([][]byte(nil), frames...)
				bad[i+part] = append(append([]byte(nil), frames[i+part]...), ' ')
				if _, err := Decode(bad, s); !errors.Is(err, ErrBadSignature) {
					t.Errorf("tampered part %d: %v", part, err)
				}
			}
			// Buffers are not signed.
			if len(m.Buffers) > 0 {
				extra := append(append([][]byte(nil), frames...), []byte("more"))
				if _, err := Decode(extra, s); err != nil {
					t.Errorf("extra buffer rejected: %v", err)
				}
			}
		}
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "k")
	parent := NewHeader(ExecuteRequest)
	m, err := NewMessage(Stream, parent, StreamContent{Name: "stdout", Text: "hi\n"})
	if err != nil {
		t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("id1")}
	m.Buffers = [][]byte{{0, 1, 2}}
	frames, err := Encode(m, s)
	if err != nil {
		t.Fatal(err)
	}
	if string(frames[1]) != "<IDS|MSG>" || len(frames[2]) != 64 {
		t.Fatalf("frames %q", frames[:3])
	}
	if string(frames[4]) == "{}" {
		t.Fatal("parent header lost")
	}
	got, err := Decode(frames, s)
	if err != nil {
		t.Fatal(err)
	}
	if got.Header != m.Header || got.ParentHeader != parent || string(got.Identities[0]) != "id1" || len(got.Buffers) != 1 {
		t.Fatalf("round trip: %+v", got)
	}
	var sc StreamContent
	if err := got.DecodeContent(&sc); err != nil || sc.Text != "hi\n" {
		t.Fatalf("content %+v %v", sc, err)
	}
	other, _ := NewSigner("", "other")
	if _, err := Decode(frames, other); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong key accepted: %v", err)
	}
}

func TestEmptyParentIsEmptyObject(t *testing.T) {
	s, _ := NewSigner("", "")
	m, _ := NewMessage(Status, Header{}, StatusContent{ExecutionState: "starting"})
	frames, _ := Encode(m, s)
	if string(frames[3]) != "{}" || string(frames[4]) != "{}" || len(frames[1]) != 0 {
		t.Fatalf("parent %q metadata %q sig %q", frames[3], frames[4], frames[1])
	}
}

func TestDecodeErrors(t *testing.T) {
	s, _ := NewSigner("", "")
	ok := [][]byte{Delimiter, {}, []byte(`{"msg_id":"1","msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{}")}
	if _, err := Decode(ok, s); err != nil {
		t.Fatalf("valid message rejected: %v", err)
	}
	cases := map[string][][]byte{
		"no delimiter":  {[]byte("a"), []byte("b")},
		"too short":     {Delimiter, {}, []byte("{}")},
		"bad header":    {Delimiter, {}, []byte("{"), []byte("{}"), []byte("{}"), []byte("{}")},
		"no msg_type":   {Delimiter, {}, []byte(`{"msg_id":"1"}`), []byte("{}"), []byte("{}"), []byte("{}")},
		"bad content":   {Delimiter, {}, []byte(`{"msg_id":"1","msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{nope")},
		"bad parent":    {Delimiter, {}, []byte(`{"msg_id":"1","msg_type":"x"}`), []byte("[1]"), []byte("{}"), []byte("{}")},
		"bad metadata":  {Delimiter, {}, []byte(`{"msg_id":"1","msg_type":"x"}`), []byte("{}"), []byte("{x"), []byte("{}")},
		"header number": {Delimiter, {}, []byte(`{"msg_id":1,"msg_type":"x"}`), []byte("{}"), []byte("{}"), []byte("{}")},
	}
	for name, frames := range cases {
		_, err := Decode(frames, s)
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	// A content error keeps the header so the kernel can send an error reply.
	_, err := Decode(cases["bad content"], s)
	var de *DecodeError
	if errors.As(err, &de); de.Header.MsgType != "x" {
		t.Errorf("header not kept: %+v", de)
	}
	keyed, _ := NewSigner("", "key")
	if _, err := Decode(ok, keyed); !errors.Is(err, ErrBadSignature) {
		t.Errorf("missing signature accepted: %v", err)
	}
	bogus := append([][]byte(nil), ok...)
	bogus[1] = []byte("zz-not-hex")
	if _, err := Decode(bogus, keyed); !errors.Is(err, ErrBadSignature) {
		t.Errorf("non-hex signature accepted: %v", err)
	}
}
