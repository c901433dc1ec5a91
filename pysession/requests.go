package pysession

// This file answers the editor's requests: completion, inspection and
// is_complete.

import (
	"adder/kernel"
	"adder/shell"
)

// Complete returns completions at cursorPos (in code points).
func (s *Session) Complete(code string, cursorPos int) kernel.CompleteResult {
	var r shell.CompleteResult
	s.interp.Do(func() error {
		r = s.shell.Complete(code, cursorPos)
		return nil
	})
	return kernel.CompleteResult(r)
}

// Inspect returns help for the object at cursorPos.
func (s *Session) Inspect(code string, cursorPos, detailLevel int) kernel.InspectResult {
	var r shell.InspectResult
	s.interp.Do(func() error {
		r = s.shell.Inspect(code, cursorPos, detailLevel)
		return nil
	})
	return kernel.InspectResult(r)
}

// IsComplete reports whether code is ready to run, as IPython judges it.
func (s *Session) IsComplete(code string) (status, indent string) {
	return shell.IsComplete(code)
}
