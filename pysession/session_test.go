package pysession

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"adder/kernel"
)

// ansi matches the colour codes of IPython-style tracebacks.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// recorder is a kernel.Output that keeps what a cell sent.
type recorder struct {
	mu      sync.Mutex
	streams map[string]string
	results []map[string]any
	display []map[string]any
	cleared int
	answers []string // lines Input returns, in order; none: stdin not allowed
}

func newRecorder() *recorder { return &recorder{streams: map[string]string{}} }

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.streams[name] += text
}
func (r *recorder) DisplayData(data, _, _ map[string]any, _ bool) {
	r.display = append(r.display, data)
}
func (r *recorder) ExecuteResult(data, _ map[string]any) { r.results = append(r.results, data) }
func (r *recorder) ClearOutput(bool)                     { r.cleared++ }
func (r *recorder) Input(prompt string, _ bool) (string, error) {
	if len(r.answers) == 0 {
		return "", kernel.ErrStdinNotAllowed
	}
	a := r.answers[0]
	r.answers = r.answers[1:]
	r.streams["prompts"] += prompt
	return a, nil
}

// run executes code as cell n (stored in history) and returns the outcome.
func run(t *testing.T, s *Session, n int, code string, out kernel.Output) kernel.ExecuteOutcome {
	t.Helper()
	return s.Execute(context.Background(), code, kernel.ExecuteOptions{StoreHistory: true, ExecutionCount: n}, out)
}

func newSession(t *testing.T) *Session {
	t.Helper()
	s, err := New()
	require.NoError(t, err)
	return s
}

func TestResultsAndStreams(t *testing.T) {
	s := newSession(t)
	out := newRecorder()
	res := run(t, s, 1, "print('hi')\n6 * 7", out)
	assert.Equal(t, "ok", res.Status)
	assert.Equal(t, "hi\n", out.streams["stdout"])
	require.Len(t, out.results, 1)
	assert.Equal(t, "42", out.results[0]["text/plain"])

	// A trailing semicolon, None and statements show nothing.
	for i, code := range []string{"6 * 7;", "None", "x = 1", "6 * 7  ; # quiet"} {
		out := newRecorder()
		run(t, s, 2+i, code, out)
		assert.Empty(t, out.results, code)
	}
	// Silent cells run but show no result.
	out = newRecorder()
	s.Execute(context.Background(), "6 * 7", kernel.ExecuteOptions{Silent: true}, out)
	assert.Empty(t, out.results)
}

func TestHistoryVariables(t *testing.T) {
	s := newSession(t)
	run(t, s, 1, "10", newRecorder())
	run(t, s, 2, "20", newRecorder())
	out := newRecorder()
	run(t, s, 3, "(_, __, Out[1], _2, In[1], _i, _i2)", out)
	require.Len(t, out.results, 1)
	assert.Equal(t, "(20, 10, 10, 20, '10', '20', '20')", out.results[0]["text/plain"])
}

func TestErrors(t *testing.T) {
	s := newSession(t)
	out := newRecorder()
	res := run(t, s, 1, "def f():\n    return 1 / 0\nf()", out)
	assert.Equal(t, "error", res.Status)
	assert.Equal(t, "ZeroDivisionError", res.EName)
	assert.Equal(t, "division by zero", res.EValue)
	require.NotEmpty(t, res.Traceback)
	joined := ansi.ReplaceAllString(strings.Join(res.Traceback, "\n"), "")
	assert.Contains(t, joined, "In [1], line 3")
	assert.Contains(t, joined, "return 1 / 0")
	assert.False(t, res.ErrorShown)
	assert.Empty(t, out.streams["stderr"], "the kernel sends the error; the session prints nothing")

	// The session goes on after an error.
	out = newRecorder()
	assert.Equal(t, "ok", run(t, s, 2, "f.__name__", out).Status)
	assert.Equal(t, "'f'", out.results[0]["text/plain"])

	// A usage error is printed, as IPython does, with no error message.
	out = newRecorder()
	res = run(t, s, 3, "%no_such_magic", out)
	assert.Equal(t, "error", res.Status)
	assert.True(t, res.ErrorShown)
	assert.Equal(t, "UsageError: Line magic function `%no_such_magic` not found.\n", out.streams["stderr"])

	out = newRecorder()
	res = run(t, s, 4, "x = (1,", out)
	assert.Equal(t, "SyntaxError", res.EName)
	assert.Contains(t, res.EValue, "incomplete input")
}

func TestUserExpressions(t *testing.T) {
	s := newSession(t)
	res := s.Execute(context.Background(), "a = 3", kernel.ExecuteOptions{StoreHistory: true, ExecutionCount: 1,
		UserExpressions: map[string]string{"double": "a * 2", "bad": "1 / 0"}}, newRecorder())
	ok := res.UserExpressions["double"].(map[string]any)
	assert.Equal(t, "ok", ok["status"])
	assert.Equal(t, "6", ok["data"].(map[string]any)["text/plain"])
	bad := res.UserExpressions["bad"].(map[string]any)
	assert.Equal(t, "error", bad["status"])
	assert.Equal(t, "ZeroDivisionError", bad["ename"])
}

func TestInput(t *testing.T) {
	s := newSession(t)
	out := newRecorder()
	out.answers = []string{"Ada"}
	run(t, s, 1, "name = input('who? ')\nname.upper()", out)
	assert.Equal(t, "who? ", out.streams["prompts"], "the prompt goes in input_request")
	assert.Empty(t, out.streams["stdout"], "and is not printed")
	assert.Equal(t, "'ADA'", out.results[0]["text/plain"])

	res := run(t, s, 2, "input()", newRecorder())
	assert.Equal(t, "StdinNotImplementedError", res.EName)
	assert.Equal(t, "raw_input was called, but this frontend does not support input requests.", res.EValue)
}

func TestExitAsksTheFrontend(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{"exit", "quit()", "exit(keep_kernel=True)"} {
		res := run(t, s, 1, code, newRecorder())
		require.Equal(t, "ok", res.Status, code)
		require.Len(t, res.Payload, 1, code)
		assert.Equal(t, "ask_exit", res.Payload[0]["source"])
		assert.Equal(t, code == "exit(keep_kernel=True)", res.Payload[0]["keepkernel"])
	}
}

func TestPagerAndDisplay(t *testing.T) {
	s := newSession(t)
	res := run(t, s, 1, "len?", newRecorder())
	require.Len(t, res.Payload, 1)
	assert.Equal(t, "page", res.Payload[0]["source"])
	assert.Contains(t, res.Payload[0]["data"].(map[string]any)["text/plain"], "len")

	out := newRecorder()
	run(t, s, 2, "from IPython.display import HTML, display, clear_output\ndisplay(HTML('<b>x</b>'))\nclear_output()", out)
	require.Len(t, out.display, 1)
	assert.Equal(t, "<b>x</b>", out.display[0]["text/html"])
	assert.Equal(t, 1, out.cleared)
}

func TestCompleteInspectIsComplete(t *testing.T) {
	s := newSession(t)
	run(t, s, 1, "import math\nvalue = 1", newRecorder())
	c := s.Complete("math.sq", 7)
	assert.Equal(t, []string{"sqrt"}, c.Matches)
	assert.Equal(t, 5, c.CursorStart)
	assert.Contains(t, s.Complete("val", 3).Matches, "value")

	in := s.Inspect("math.sqrt", 9, 0)
	assert.True(t, in.Found)

	st, indent := s.IsComplete("for i in range(3):")
	assert.Equal(t, "incomplete", st)
	assert.Equal(t, "    ", indent)
	st, _ = s.IsComplete("x = )")
	assert.Equal(t, "invalid", st)
}

func TestGetIPython(t *testing.T) {
	s := newSession(t)
	run(t, s, 1, "x = 5", newRecorder())
	out := newRecorder()
	run(t, s, 2, "ip = get_ipython()\n(ip.user_ns is globals(), ip.execution_count, 'IPKernelApp' in ip.config, type(ip).__name__)", out)
	require.Len(t, out.results, 1)
	assert.Equal(t, "(True, 2, True, 'ZMQInteractiveShell')", out.results[0]["text/plain"])
	out = newRecorder()
	run(t, s, 3, "get_ipython().display_pub.publish({'text/plain': 'published'})", out)
	require.Len(t, out.display, 1)
	assert.Equal(t, "published", out.display[0]["text/plain"])
}

func TestSuggestionsInTracebackNotEvalue(t *testing.T) {
	s := newSession(t)
	res := run(t, s, 1, "import math\nmath.sqr", newRecorder())
	assert.Equal(t, "module 'math' has no attribute 'sqr'", res.EValue, "evalue is str(exc)")
	last := ansi.ReplaceAllString(res.Traceback[len(res.Traceback)-1], "")
	assert.Equal(t, "AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?", last)
}
