// This file records executed cells in the history store and handles
// history_request.

package kernel

import (
	"adder/history"
	"adder/messaging"
)

// recordInput stores a counted cell's source; a store that cannot be
// written only costs the history, never the cell.
func (k *Kernel) recordInput(n int, code string) {
	if err := k.history.StoreInput(n, code); err != nil {
		k.log.Warn("history: store input", "line", n, "err", err)
	}
}

// recordOutput stores the text/plain of a counted cell's result.
func (k *Kernel) recordOutput(n int, data map[string]any) {
	text, ok := data["text/plain"].(string)
	if !ok {
		return
	}
	if err := k.history.StoreOutput(n, text); err != nil {
		k.log.Warn("history: store output", "line", n, "err", err)
	}
}

// handleHistoryRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#history
func (k *Kernel) handleHistoryRequest(r *request) error {
	var c messaging.HistoryRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	var entries []history.Entry
	var err error
	switch c.HistAccessType {
	case "tail":
		entries, err = k.history.Tail(c.N)
	case "range":
		entries, err = k.history.Range(c.Session, c.Start, c.Stop)
	case "search":
		entries, err = k.history.Search(c.Pattern, c.N, c.Unique)
	}
	if err != nil {
		k.log.Warn("history: query", "type", c.HistAccessType, "err", err)
	}
	out := make([][]any, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Reply(c.Output))
	}
	k.reply(r, messaging.HistoryReplyContent{Status: "ok", History: out})
	return nil
}
