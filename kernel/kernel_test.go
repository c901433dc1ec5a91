// This file tests each request type end to end through real sockets.

package kernel

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"adder/messaging"
)

func TestKernelInfoShellAndControl(t *testing.T) {
	h := start(t)
	for _, ch := range []messaging.Channel{messaging.ShellChannel, messaging.ControlChannel} {
		req := h.request(ch, messaging.KernelInfoRequest, nil)
		var info messaging.KernelInfoReplyContent
		r := h.reply(ch, req, &info)
		if info.Status != "ok" || info.ProtocolVersion != "5.3" || info.Implementation != "adder" || info.Banner == "" || len(info.HelpLinks) == 0 {
			t.Fatalf("%s: %+v", ch, info)
		}
		li := info.LanguageInfo
		if li.Name != "python" || li.Version != "3.12.1" || li.Mimetype != "text/x-python" || li.FileExtension != ".py" ||
			li.PygmentsLexer != "ipython3" || li.NbconvertExporter != "python" ||
			!reflect.DeepEqual(li.CodemirrorMode, map[string]any{"name": "ipython", "version": float64(3)}) {
			t.Fatalf("language_info %+v", li)
		}
		if r.Header.Version != "5.3" || r.Header.Session != messaging.ProcessSession || r.ParentHeader.MsgID != req.Header.MsgID {
			t.Fatalf("header %+v parent %+v", r.Header, r.ParentHeader)
		}
		if got := types(h.iopub(req)); !slices.Equal(got, []string{"status:busy", "status:idle"}) {
			t.Fatalf("%s iopub %v", ch, got)
		}
	}
}

func TestExecuteFlow(t *testing.T) {
	h := start(t)
	reply, msgs := h.run("print hello\neprint oops\nresult 42")
	if reply.Status != "ok" || reply.ExecutionCount != 1 {
		t.Fatalf("reply %+v", reply)
	}
	want := []string{"status:busy", "execute_input", "stream", "stream", "execute_result", "status:idle"}
	if got := types(msgs); !slices.Equal(got, want) {
		t.Fatalf("iopub %v, want %v", got, want)
	}
	if in := content(t, msgs[1]); in["code"] != "print hello\neprint oops\nresult 42" || in["execution_count"] != float64(1) {
		t.Fatalf("execute_input %v", in)
	}
	if s := streamText(t, msgs, "stdout"); s != "hello\n" {
		t.Fatalf("stdout %q", s)
	}
	if s := streamText(t, msgs, "stderr"); s != "oops\n" {
		t.Fatalf("stderr %q", s)
	}
	res := content(t, msgs[4])
	if res["execution_count"] != float64(1) || res["data"].(map[string]any)["text/plain"] != "42" {
		t.Fatalf("execute_result %v", res)
	}
	for _, m := range msgs {
		if m.ParentHeader.MsgID != msgs[0].ParentHeader.MsgID {
			t.Fatal("parent differs")
		}
	}
	// display, update, clear keep their order and types.
	_, msgs = h.run("display a\nupdate b\nclear")
	want = []string{"status:busy", "execute_input", "display_data", "update_display_data", "clear_output", "status:idle"}
	if got := types(msgs); !slices.Equal(got, want) {
		t.Fatalf("iopub %v", got)
	}
	if tr := content(t, msgs[2])["transient"].(map[string]any); tr["display_id"] != "d1" {
		t.Fatalf("transient %v", tr)
	}
}

func TestExecutionCount(t *testing.T) {
	h := start(t)
	count := func(c messaging.ExecuteRequestContent) (int, []string) {
		r, msgs := h.exec(c)
		return r.ExecutionCount, types(msgs)
	}
	if n, _ := count(messaging.ExecuteRequestContent{Code: "print a"}); n != 1 {
		t.Fatalf("first cell count %d", n)
	}
	n, ty := count(messaging.ExecuteRequestContent{Code: "print b\nresult 1", Silent: true})
	if n != 1 || slices.Contains(ty, "execute_input") || slices.Contains(ty, "execute_result") {
		t.Fatalf("silent: count %d, iopub %v", n, ty)
	}
	if n, _ = count(messaging.ExecuteRequestContent{Code: "print c", StoreHistory: boolp(false)}); n != 1 {
		t.Fatalf("store_history=False: count %d", n)
	}
	if n, _ = count(messaging.ExecuteRequestContent{Code: "  \n"}); n != 1 {
		t.Fatalf("empty code: count %d", n)
	}
	if n, _ = count(messaging.ExecuteRequestContent{Code: "print d"}); n != 2 {
		t.Fatalf("next stored cell count %d", n)
	}
	if n, _ = count(messaging.ExecuteRequestContent{Code: "error"}); n != 3 {
		t.Fatalf("an error cell still counts: %d", n)
	}
}

func TestUserExpressions(t *testing.T) {
	h := start(t)
	r, _ := h.exec(messaging.ExecuteRequestContent{Code: "print x", UserExpressions: map[string]string{"a": "abc"}})
	got := r.UserExpressions["a"].(map[string]any)
	if got["status"] != "ok" || got["data"].(map[string]any)["text/plain"] != "ABC" {
		t.Fatalf("user_expressions %v", r.UserExpressions)
	}
	r, _ = h.run("print y")
	if r.UserExpressions == nil || len(r.UserExpressions) != 0 {
		t.Fatalf("empty user_expressions must be {}: %v", r.UserExpressions)
	}
}

func TestErrorCell(t *testing.T) {
	h := start(t)
	r, msgs := h.run("error")
	if r.Status != "error" || r.EName != "ValueError" || r.EValue != "boom" || len(r.Traceback) != 2 {
		t.Fatalf("reply %+v", r)
	}
	// Exactly one output message: the error.
	want := []string{"status:busy", "execute_input", "error", "status:idle"}
	if got := types(msgs); !slices.Equal(got, want) {
		t.Fatalf("iopub %v", got)
	}
	if e := content(t, msgs[2]); e["ename"] != "ValueError" || e["evalue"] != "boom" {
		t.Fatalf("error %v", e)
	}
}

func TestStopOnErrorAbortsQueued(t *testing.T) {
	h := start(t)
	first := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "sleep 200ms\nerror"})
	queued := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "print never"})
	info := h.request(messaging.ShellChannel, messaging.KernelInfoRequest, nil)
	var r1, r2 messaging.ExecuteReplyContent
	h.reply(messaging.ShellChannel, first, &r1)
	h.reply(messaging.ShellChannel, queued, &r2)
	if r1.Status != "error" || r2.Status != "aborted" || r2.ExecutionCount != 1 {
		t.Fatalf("replies %+v %+v", r1, r2)
	}
	var ki messaging.KernelInfoReplyContent
	h.reply(messaging.ShellChannel, info, &ki)
	if ki.Status != "ok" {
		t.Fatalf("kernel_info after abort: %+v", ki)
	}
	if s := streamText(t, h.iopub(queued), "stdout"); s != "" {
		t.Fatalf("aborted cell ran: %q", s)
	}
	// Later cells run again.
	if r, msgs := h.run("print after"); r.Status != "ok" || streamText(t, msgs, "stdout") != "after\n" {
		t.Fatalf("after abort: %+v", r)
	}
	// stop_on_error false: the next cell runs.
	h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "sleep 100ms\nerror", StopOnError: boolp(false)})
	next := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "print ran"})
	h.reply(messaging.ShellChannel, next, &r2)
	if r2.Status != "ok" {
		t.Fatalf("stop_on_error=false aborted the next cell: %+v", r2)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ShellChannel, messaging.CompleteRequest, messaging.CompleteRequestContent{Code: "é pr", CursorPos: 4})
	var cr messaging.CompleteReplyContent
	h.reply(messaging.ShellChannel, req, &cr)
	if cr.Status != "ok" || !slices.Equal(cr.Matches, []string{"print"}) || cr.CursorStart != 2 || cr.CursorEnd != 4 || cr.Metadata == nil {
		t.Fatalf("complete %+v", cr)
	}
	h.iopub(req)
	req = h.request(messaging.ShellChannel, messaging.CompleteRequest, messaging.CompleteRequestContent{Code: "zz", CursorPos: 2})
	h.reply(messaging.ShellChannel, req, &cr)
	if cr.Matches == nil || len(cr.Matches) != 0 {
		t.Fatalf("no matches must be []: %+v", cr)
	}

	req = h.request(messaging.ShellChannel, messaging.InspectRequest, messaging.InspectRequestContent{Code: "print", CursorPos: 3, DetailLevel: 1})
	var ir messaging.InspectReplyContent
	h.reply(messaging.ShellChannel, req, &ir)
	if ir.Status != "ok" || !ir.Found || ir.Data["text/plain"] != "print X: writes X!" {
		t.Fatalf("inspect %+v", ir)
	}
	req = h.request(messaging.ShellChannel, messaging.InspectRequest, messaging.InspectRequestContent{Code: "nothing"})
	ir = messaging.InspectReplyContent{}
	h.reply(messaging.ShellChannel, req, &ir)
	if ir.Found || ir.Data == nil || len(ir.Data) != 0 {
		t.Fatalf("inspect not found %+v", ir)
	}

	for code, want := range map[string]messaging.IsCompleteReplyContent{
		"for x in y:": {Status: "incomplete", Indent: "    "},
		"print x":     {Status: "complete"},
		"f(":          {Status: "invalid"},
	} {
		req = h.request(messaging.ShellChannel, messaging.IsCompleteRequest, messaging.IsCompleteRequestContent{Code: code})
		var got messaging.IsCompleteReplyContent
		h.reply(messaging.ShellChannel, req, &got)
		if got != want {
			t.Fatalf("is_complete(%q) = %+v", code, got)
		}
	}
}

func TestHistory(t *testing.T) {
	h := start(t)
	h.run("print one")
	h.exec(messaging.ExecuteRequestContent{Code: "print hidden", StoreHistory: boolp(false)})
	h.run("print two")
	h.run("print one")
	hist := func(c messaging.HistoryRequestContent) [][]any {
		req := h.request(messaging.ShellChannel, messaging.HistoryRequest, c)
		var r messaging.HistoryReplyContent
		h.reply(messaging.ShellChannel, req, &r)
		if r.Status != "ok" {
			t.Fatalf("history status %q", r.Status)
		}
		return r.History
	}
	got := hist(messaging.HistoryRequestContent{HistAccessType: "tail", N: 2})
	want := [][]any{{float64(1), float64(2), "print two"}, {float64(1), float64(3), "print one"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tail %v", got)
	}
	if got = hist(messaging.HistoryRequestContent{HistAccessType: "range", Start: 1, Stop: 3}); len(got) != 2 {
		t.Fatalf("range %v", got)
	}
	if got = hist(messaging.HistoryRequestContent{HistAccessType: "search", Pattern: "print o*", Unique: true}); len(got) != 1 || got[0][1] != float64(3) {
		t.Fatalf("search unique %v", got)
	}
	if got = hist(messaging.HistoryRequestContent{HistAccessType: "search", Pattern: "*"}); len(got) != 3 {
		t.Fatalf("search all %v", got)
	}
	got = hist(messaging.HistoryRequestContent{HistAccessType: "tail", N: 1, Output: true})
	if !reflect.DeepEqual(got[0][2], []any{"print one", nil}) {
		t.Fatalf("output form %v", got)
	}
}

func TestComm(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ShellChannel, messaging.CommInfoRequest, map[string]any{})
	var ci messaging.CommInfoReplyContent
	h.reply(messaging.ShellChannel, req, &ci)
	if ci.Status != "ok" || ci.Comms == nil {
		t.Fatalf("comm_info %+v", ci)
	}
	h.iopub(req)
	open := h.request(messaging.ShellChannel, messaging.CommOpen, messaging.CommOpenContent{CommID: "c-1", TargetName: "nope", Data: map[string]any{}})
	msgs := h.iopub(open)
	if got := types(msgs); !slices.Equal(got, []string{"status:busy", "comm_close", "status:idle"}) {
		t.Fatalf("comm_open iopub %v", got)
	}
	if c := content(t, msgs[1]); c["comm_id"] != "c-1" {
		t.Fatalf("comm_close %v", c)
	}
	m := h.request(messaging.ShellChannel, messaging.CommMsg, messaging.CommMsgContent{CommID: "c-1", Data: map[string]any{}})
	if got := types(h.iopub(m)); !slices.Equal(got, []string{"status:busy", "status:idle"}) {
		t.Fatalf("comm_msg iopub %v", got)
	}
}

func TestHandlerTablesComplete(t *testing.T) {
	for _, typ := range []string{messaging.ExecuteRequest, messaging.InspectRequest, messaging.CompleteRequest,
		messaging.HistoryRequest, messaging.IsCompleteRequest, messaging.CommInfoRequest, messaging.KernelInfoRequest,
		messaging.CommOpen, messaging.CommMsg, messaging.CommClose, messaging.ShutdownRequest} {
		if shellHandlers[typ] == nil {
			t.Errorf("shell lacks %s", typ)
		}
	}
	for _, typ := range []string{messaging.KernelInfoRequest, messaging.ShutdownRequest, messaging.InterruptRequest} {
		if controlHandlers[typ] == nil {
			t.Errorf("control lacks %s", typ)
		}
	}
	for typ := range shellHandlers {
		if !strings.HasSuffix(typ, "_request") && !strings.HasPrefix(typ, "comm_") {
			t.Errorf("odd shell entry %s", typ)
		}
	}
}

func TestHeartbeat(t *testing.T) {
	h := start(t)
	for i := 0; i < 3; i++ {
		if err := h.c.Heartbeat(2e9); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConnectRequest(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ControlChannel, "connect_request", nil)
	var c messaging.ConnectReplyContent
	h.reply(messaging.ControlChannel, req, &c)
	info := h.k.Info()
	if c.Status != "ok" || c.ShellPort != info.ShellPort || c.HBPort != info.HBPort || c.IOPubPort != info.IOPubPort {
		t.Fatalf("connect_reply %+v", c)
	}
}
