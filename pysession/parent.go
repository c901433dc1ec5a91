// This file gives get_ipython().kernel ipykernel 6's get_parent() and
// _parent_header: the request being handled (an execute_request, or the
// comm_msg whose handler runs), as a message dict. ipywidgets' Output
// widget reads its header's msg_id to capture that request's outputs.

package pysession

import (
	"encoding/json"

	"adder/interp/py"
	"adder/kernel"
)

// kernelParentSource adds the methods to the kernel stand-in's class;
// _request_json is bound by installParent.
const kernelParentSource = `
def get_parent(self, channel=None):
    """The message of the request being handled (ipykernel 6), {} if none."""
    import json
    raw = _request_json()
    return json.loads(raw) if raw else {}
def _parent_header(self):
    return self.get_parent()
_cls = type(get_ipython().kernel)
_cls.get_parent = get_parent
_cls._parent_header = property(_parent_header)
`

// installParent adds get_parent and _parent_header to the kernel object.
// It runs on the interpreter's thread.
func (s *Session) installParent() error {
	ns := py.NewDict()
	ns.SetStr("_request_json", py.NewBuiltin("_request_json", func(args []py.Value, kwnames []string) (py.Value, error) {
		if err := py.ArgRange("_request_json", args, kwnames, 0, 0); err != nil {
			return py.Value{}, err
		}
		return py.StrValue(s.requestJSON()), nil
	}))
	return py.ExecSource(ns, "<adder get_parent>", kernelParentSource)
}

// requestJSON is the running request as ipykernel's parent dict: header,
// parent_header, metadata, content, msg_id, msg_type and buffers. It is
// empty when the output does not come from the kernel (tests, adder run).
func (s *Session) requestJSON() string {
	ro, ok := s.out.(kernel.RequestOutput)
	if !ok {
		return ""
	}
	m := ro.Request()
	if m == nil {
		return ""
	}
	raw := func(r json.RawMessage) json.RawMessage {
		if len(r) == 0 {
			return json.RawMessage("{}")
		}
		return r
	}
	parent := any(m.ParentHeader)
	if m.ParentHeader.IsZero() {
		parent = map[string]any{}
	}
	b, err := json.Marshal(map[string]any{
		"header": m.Header, "parent_header": parent, "metadata": raw(m.Metadata), "content": raw(m.Content),
		"msg_id": m.Header.MsgID, "msg_type": m.Header.MsgType, "buffers": []any{},
	})
	if err != nil {
		return ""
	}
	return string(b)
}
