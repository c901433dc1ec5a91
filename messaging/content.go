// This file defines one struct per request and reply content of protocol 5.3,
// plus the iopub contents. Field names and JSON keys follow the spec.

package messaging

// MimeBundle maps MIME types to data (text/plain -> string, etc.).
type MimeBundle = map[string]any

// ExecuteRequestContent is execute_request's content.
type ExecuteRequestContent struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history,omitempty"` // default true
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin,omitempty"`   // default true
	StopOnError     *bool             `json:"stop_on_error,omitempty"` // default true
}

// Flags returns store_history, allow_stdin and stop_on_error with the spec's
// defaults applied (silent implies store_history false).
func (c *ExecuteRequestContent) Flags() (storeHistory, allowStdin, stopOnError bool) {
	def := func(p *bool) bool { return p == nil || *p }
	storeHistory = def(c.StoreHistory) && !c.Silent
	return storeHistory, def(c.AllowStdin), def(c.StopOnError)
}

// ExecuteReplyContent is execute_reply's content. On error the reply carries
// ename/evalue/traceback too.
type ExecuteReplyContent struct {
	Status          string           `json:"status"` // ok, error, aborted
	ExecutionCount  int              `json:"execution_count"`
	UserExpressions map[string]any   `json:"user_expressions"`
	Payload         []map[string]any `json:"payload"`
	EName           string           `json:"ename,omitempty"`
	EValue          string           `json:"evalue,omitempty"`
	Traceback       []string         `json:"traceback,omitempty"`
}

// ErrorContent is the error iopub message and the error part of replies.
type ErrorContent struct {
	EName     string   `json:"ename"`
	EValue    string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// ErrorReplyContent is a reply with status "error".
type ErrorReplyContent struct {
	Status    string   `json:"status"`
	EName     string   `json:"ename"`
	EValue    string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// StatusReplyContent is a reply carrying only a status (interrupt_reply, aborted replies).
type StatusReplyContent struct {
	Status string `json:"status"`
}

// InspectRequestContent is inspect_request's content.
type InspectRequestContent struct {
	Code        string `json:"code"`
	CursorPos   int    `json:"cursor_pos"`
	DetailLevel int    `json:"detail_level"`
}

// InspectReplyContent is inspect_reply's content.
type InspectReplyContent struct {
	Status   string         `json:"status"`
	Found    bool           `json:"found"`
	Data     MimeBundle     `json:"data"`
	Metadata map[string]any `json:"metadata"`
}

// CompleteRequestContent is complete_request's content.
type CompleteRequestContent struct {
	Code      string `json:"code"`
	CursorPos int    `json:"cursor_pos"`
}

// CompleteReplyContent is complete_reply's content.
type CompleteReplyContent struct {
	Status      string         `json:"status"`
	Matches     []string       `json:"matches"`
	CursorStart int            `json:"cursor_start"`
	CursorEnd   int            `json:"cursor_end"`
	Metadata    map[string]any `json:"metadata"`
}

// HistoryRequestContent is history_request's content.
type HistoryRequestContent struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"` // range, tail, search
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// HistoryReplyContent is history_reply's content: entries are
// [session, line_number, input] or, with output, [session, line, [input, output]].
type HistoryReplyContent struct {
	Status  string  `json:"status"`
	History [][]any `json:"history"`
}

// IsCompleteRequestContent is is_complete_request's content.
type IsCompleteRequestContent struct {
	Code string `json:"code"`
}

// IsCompleteReplyContent is is_complete_reply's content.
type IsCompleteReplyContent struct {
	Status string `json:"status"` // complete, incomplete, invalid, unknown
	Indent string `json:"indent,omitempty"`
}

// CommInfoRequestContent is comm_info_request's content.
type CommInfoRequestContent struct {
	TargetName string `json:"target_name,omitempty"`
}

// CommInfoReplyContent is comm_info_reply's content.
type CommInfoReplyContent struct {
	Status string                       `json:"status"`
	Comms  map[string]map[string]string `json:"comms"`
}

// CommOpenContent is comm_open's content.
type CommOpenContent struct {
	CommID     string         `json:"comm_id"`
	TargetName string         `json:"target_name"`
	Data       map[string]any `json:"data"`
}

// CommMsgContent is the content of comm_msg and comm_close.
type CommMsgContent struct {
	CommID string         `json:"comm_id"`
	Data   map[string]any `json:"data"`
}

// KernelInfoReplyContent is kernel_info_reply's content.
type KernelInfoReplyContent struct {
	Status                string       `json:"status"`
	ProtocolVersion       string       `json:"protocol_version"`
	Implementation        string       `json:"implementation"`
	ImplementationVersion string       `json:"implementation_version"`
	LanguageInfo          LanguageInfo `json:"language_info"`
	Banner                string       `json:"banner"`
	Debugger              bool         `json:"debugger"`
	HelpLinks             []HelpLink   `json:"help_links"`
}

// LanguageInfo describes the kernel's language.
type LanguageInfo struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	Mimetype          string         `json:"mimetype"`
	FileExtension     string         `json:"file_extension"`
	PygmentsLexer     string         `json:"pygments_lexer"`
	CodemirrorMode    map[string]any `json:"codemirror_mode"`
	NbconvertExporter string         `json:"nbconvert_exporter"`
}

// HelpLink is one entry of kernel_info_reply's help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// ShutdownContent is the content of shutdown_request and shutdown_reply.
type ShutdownContent struct {
	Status  string `json:"status,omitempty"`
	Restart bool   `json:"restart"`
}

// InputRequestContent is input_request's content.
type InputRequestContent struct {
	Prompt   string `json:"prompt"`
	Password bool   `json:"password"`
}

// InputReplyContent is input_reply's content.
type InputReplyContent struct {
	Value  string `json:"value"`
	Status string `json:"status,omitempty"`
}

// StatusContent is the iopub status message.
type StatusContent struct {
	ExecutionState string `json:"execution_state"` // busy, idle, starting
}

// StreamContent is the iopub stream message.
type StreamContent struct {
	Name string `json:"name"` // stdout, stderr
	Text string `json:"text"`
}

// DisplayDataContent is display_data and update_display_data.
type DisplayDataContent struct {
	Data      MimeBundle     `json:"data"`
	Metadata  map[string]any `json:"metadata"`
	Transient map[string]any `json:"transient,omitempty"`
}

// ExecuteInputContent is the iopub execute_input message.
type ExecuteInputContent struct {
	Code           string `json:"code"`
	ExecutionCount int    `json:"execution_count"`
}

// ExecuteResultContent is the iopub execute_result message.
type ExecuteResultContent struct {
	ExecutionCount int            `json:"execution_count"`
	Data           MimeBundle     `json:"data"`
	Metadata       map[string]any `json:"metadata"`
}

// ClearOutputContent is the iopub clear_output message.
type ClearOutputContent struct {
	Wait bool `json:"wait"`
}

// ConnectReplyContent is the deprecated connect_reply's content.
type ConnectReplyContent struct {
	Status      string `json:"status"`
	ShellPort   int    `json:"shell_port"`
	IOPubPort   int    `json:"iopub_port"`
	StdinPort   int    `json:"stdin_port"`
	HBPort      int    `json:"hb_port"`
	ControlPort int    `json:"control_port"`
}
