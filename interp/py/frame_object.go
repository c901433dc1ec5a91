// This file builds frame objects (sys._getframe, inspect.currentframe)
// from the thread's VM frame stack.

package py

// frameObject returns the frame object depth levels below the innermost
// Python frame, with its f_back chain, or nil when the stack is not that
// deep. The chain is built eagerly because VM frames are recycled once
// they return; each VM frame is marked escaped so that f_locals can
// still read it after the snapshot was taken.
func (t *Thread) frameObject(depth int) *FrameInfo {
	if depth < 0 {
		depth = 0
	}
	top := len(t.frames) - 1 - depth
	if top < 0 {
		return nil
	}
	var first, prev *FrameInfo
	for i := top; i >= 0; i-- {
		f := t.frames[i]
		f.escaped = true
		fi := &FrameInfo{Code: f.Code, PC: f.pc, Globals: f.Globals, live: f}
		if prev == nil {
			first = fi
		} else {
			prev.back = fi
		}
		prev = fi
	}
	return first
}
