// Package messaging owns the Jupyter messaging protocol (version 5.3) as bytes
// and Go values: message headers, the multipart wire format with its HMAC
// signature, connection files, typed request and reply contents, and a small
// Go client used by tests and tools. It knows nothing of Python or of how a
// kernel runs code; ZeroMQ itself stays behind adder/internal/zmtp.
//
// Spec: https://jupyter-client.readthedocs.io/en/latest/messaging.html
package messaging

// This file defines Header, Message and the message-type constants.

import (
	"encoding/json"
	"os"
	"os/user"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the messaging protocol version every header carries.
// jupyter_kernel_test rejects anything older than 5.2.
const ProtocolVersion = "5.3"

// Message types of protocol 5.3, grouped by channel.
const (
	// shell
	ExecuteRequest    = "execute_request"
	ExecuteReply      = "execute_reply"
	InspectRequest    = "inspect_request"
	InspectReply      = "inspect_reply"
	CompleteRequest   = "complete_request"
	CompleteReply     = "complete_reply"
	HistoryRequest    = "history_request"
	HistoryReply      = "history_reply"
	IsCompleteRequest = "is_complete_request"
	IsCompleteReply   = "is_complete_reply"
	CommInfoRequest   = "comm_info_request"
	CommInfoReply     = "comm_info_reply"
	KernelInfoRequest = "kernel_info_request"
	KernelInfoReply   = "kernel_info_reply"
	CommOpen          = "comm_open"
	CommMsg           = "comm_msg"
	CommClose         = "comm_close"

	// control (kernel_info_request is answered here too)
	ShutdownRequest  = "shutdown_request"
	ShutdownReply    = "shutdown_reply"
	InterruptRequest = "interrupt_request"
	InterruptReply   = "interrupt_reply"
	DebugRequest     = "debug_request"
	DebugReply       = "debug_reply"

	// stdin
	InputRequest = "input_request"
	InputReply   = "input_reply"

	// iopub
	Status        = "status"
	Stream        = "stream"
	DisplayData   = "display_data"
	UpdateDisplay = "update_display_data"
	ExecuteInput  = "execute_input"
	ExecuteResult = "execute_result"
	Error         = "error"
	ClearOutput   = "clear_output"
)

// Header is a message header (and, when non-zero, a parent header).
// The zero Header marshals to {} as an empty parent_header must.
type Header struct {
	MsgID    string `json:"msg_id,omitempty"`
	Session  string `json:"session,omitempty"`
	Username string `json:"username,omitempty"`
	Date     string `json:"date,omitempty"`
	MsgType  string `json:"msg_type,omitempty"`
	Version  string `json:"version,omitempty"`
}

// IsZero reports whether h is the empty header.
func (h Header) IsZero() bool { return h == Header{} }

// Message is one decoded Jupyter message. Content stays raw JSON so each
// handler decodes it into the struct it expects; Metadata likewise.
type Message struct {
	Identities   [][]byte // ZeroMQ routing prefix, before <IDS|MSG>
	Header       Header
	ParentHeader Header
	Metadata     json.RawMessage // nil encodes as {}
	Content      json.RawMessage // nil encodes as {}
	Buffers      [][]byte        // raw extra frames, not signed
}

// DecodeContent unmarshals the message content into v.
func (m *Message) DecodeContent(v any) error {
	c := m.Content
	if len(c) == 0 {
		c = json.RawMessage("{}")
	}
	if err := json.Unmarshal(c, v); err != nil {
		return &ContentError{MsgType: m.Header.MsgType, Err: err}
	}
	return nil
}

// ContentError reports content that does not fit the request's struct.
type ContentError struct {
	MsgType string
	Err     error
}

func (e *ContentError) Error() string { return "decode " + e.MsgType + " content: " + e.Err.Error() }
func (e *ContentError) Unwrap() error { return e.Err }

// dateLayout has microseconds and an explicit zone: jupyter_client's parser
// rejects Go's RFC3339Nano (nanoseconds, trailing zeros trimmed).
const dateLayout = "2006-01-02T15:04:05.000000Z07:00"

// FormatDate formats t the way jupyter_client writes dates.
func FormatDate(t time.Time) string { return t.UTC().Format(dateLayout) }

// ProcessSession is this process's session id, shared by every message the
// process sends (a kernel has one session per process).
var ProcessSession = uuid.NewString()

// Username is the user name headers carry.
var Username = func() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if s := os.Getenv("USER"); s != "" {
		return s
	}
	return "username"
}()

// NewHeader returns a fresh header of the given type: a new uuid msg_id (a
// repeated one makes jupyter_client reject the message as a replay), this
// process's session, the current time.
func NewHeader(msgType string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  ProcessSession,
		Username: Username,
		Date:     FormatDate(time.Now()),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// NewMessage builds a message of type msgType with the given parent and
// content (any JSON-marshalable value; nil means {}).
func NewMessage(msgType string, parent Header, content any) (*Message, error) {
	raw, err := marshalContent(content)
	if err != nil {
		return nil, err
	}
	return &Message{Header: NewHeader(msgType), ParentHeader: parent, Content: raw}, nil
}

func marshalContent(content any) (json.RawMessage, error) {
	switch c := content.(type) {
	case nil:
		return json.RawMessage("{}"), nil
	case json.RawMessage:
		return c, nil
	}
	b, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// ReplyType maps "x_request" to "x_reply".
func ReplyType(requestType string) string {
	const suffix = "_request"
	if n := len(requestType) - len(suffix); n > 0 && requestType[n:] == suffix {
		return requestType[:n] + "_reply"
	}
	return requestType + "_reply"
}
