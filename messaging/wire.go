// This file converts Messages to and from ZeroMQ multipart frames:
// identities..., "<IDS|MSG>", signature, header, parent_header, metadata,
// content, buffers...

package messaging

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Delimiter separates routing identities from the signed message.
var Delimiter = []byte("<IDS|MSG>")

// ErrBadSignature is returned by Decode for a missing or wrong signature.
var ErrBadSignature = errors.New("invalid message signature")

// ErrNoDelimiter is returned by Decode when <IDS|MSG> is missing.
var ErrNoDelimiter = errors.New("missing <IDS|MSG> delimiter")

var emptyObject = []byte("{}")

// Encode serializes m into frames, signing with s.
func Encode(m *Message, s *Signer) ([][]byte, error) {
	header, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("encode %s header: %w", m.Header.MsgType, err)
	}
	parent, err := json.Marshal(m.ParentHeader)
	if err != nil {
		return nil, fmt.Errorf("encode %s parent: %w", m.Header.MsgType, err)
	}
	metadata := []byte(m.Metadata)
	if len(metadata) == 0 {
		metadata = emptyObject
	}
	content := []byte(m.Content)
	if len(content) == 0 {
		content = emptyObject
	}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, Delimiter, []byte(s.Sign(header, parent, metadata, content)),
		header, parent, metadata, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// DecodeError describes frames that are not a valid message. Header holds
// whatever of the header could be read, so a kernel can still reply.
type DecodeError struct {
	Header Header
	Err    error
}

func (e *DecodeError) Error() string { return "decode message: " + e.Err.Error() }
func (e *DecodeError) Unwrap() error { return e.Err }

// Decode parses frames into a Message after verifying the signature. Its
// errors are *DecodeError wrapping ErrNoDelimiter, ErrBadSignature or a JSON
// error; a message whose signature fails is never parsed further.
func Decode(frames [][]byte, s *Signer) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], Delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, &DecodeError{Err: ErrNoDelimiter}
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, &DecodeError{Err: fmt.Errorf("%d frames after delimiter, want at least 5", len(rest))}
	}
	sig, header, parent, metadata, content := rest[0], rest[1], rest[2], rest[3], rest[4]
	if !s.Verify(sig, header, parent, metadata, content) {
		return nil, &DecodeError{Err: ErrBadSignature}
	}
	m := &Message{
		Identities: frames[:i],
		Metadata:   json.RawMessage(metadata),
		Content:    json.RawMessage(content),
	}
	if len(rest) > 5 {
		m.Buffers = rest[5:]
	}
	if err := json.Unmarshal(header, &m.Header); err != nil {
		return nil, &DecodeError{Err: fmt.Errorf("header: %w", err)}
	}
	if m.Header.MsgType == "" || m.Header.MsgID == "" {
		return nil, &DecodeError{Header: m.Header, Err: errors.New("header lacks msg_type or msg_id")}
	}
	if err := json.Unmarshal(parent, &m.ParentHeader); err != nil {
		return nil, &DecodeError{Header: m.Header, Err: fmt.Errorf("parent_header: %w", err)}
	}
	if !json.Valid(metadata) {
		return nil, &DecodeError{Header: m.Header, Err: errors.New("metadata is not valid JSON")}
	}
	if !json.Valid(content) {
		return nil, &DecodeError{Header: m.Header, Err: errors.New("content is not valid JSON")}
	}
	return m, nil
}
