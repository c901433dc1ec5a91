// This file lets a session see the request its output belongs to, as
// ipykernel's Kernel.get_parent() does: ipywidgets' Output widget captures
// the outputs whose parent msg_id is the running request's.

package kernel

import "adder/messaging"

var _ RequestOutput = (*cellOutput)(nil)

// RequestOutput is implemented by the kernel's Output.
type RequestOutput interface {
	// Request returns the request (execute_request, comm_msg, ...) whose
	// outputs this Output carries. The caller must not modify it.
	Request() *messaging.Message
}

// Request returns the message that started this cell or comm handler.
func (o *cellOutput) Request() *messaging.Message { return o.req.msg }
