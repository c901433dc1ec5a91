// This file checks IPython's extension points through the kernel session:
// events around cells, magics defined in Python, and the autoreload
// extension picking up a module edited between cells.

package pysession

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"adder/kernel"

	"github.com/stretchr/testify/require"
)

func TestCellEvents(t *testing.T) {
	s := newSession(t)
	r := newRecorder()
	run(t, s, 1, `log = []
ip = get_ipython()
ip.events.register('pre_execute', lambda: log.append('pre_execute'))
ip.events.register('pre_run_cell', lambda info: log.append(('pre_run_cell', info.raw_cell, info.silent)))
ip.events.register('post_execute', lambda: log.append('post_execute'))
ip.events.register('post_run_cell', lambda res: log.append(('post_run_cell', res.execution_count, res.result, res.success)))
`, r)
	run(t, s, 2, "6 * 7", r)
	s.Execute(context.Background(), "x = 1", kernel.ExecuteOptions{Silent: true}, r)
	run(t, s, 3, "1/0", r)
	r = newRecorder()
	run(t, s, 4, "print(log[:8])\nprint(type(log[11][3]) is bool, log[11][3], log[11][1])", r)
	require.Equal(t, "['post_execute', ('post_run_cell', 1, None, True), 'pre_execute', ('pre_run_cell', '6 * 7', False), "+
		"'post_execute', ('post_run_cell', 2, 42, True), 'pre_execute', 'post_execute']\nTrue False 3\n", r.streams["stdout"])
	// A failing callback is reported; the cell still runs.
	r = newRecorder()
	run(t, s, 5, "ip.events.register('pre_run_cell', lambda info: 1/0)", r)
	r = newRecorder()
	out := run(t, s, 6, "print('ran')", r)
	require.Equal(t, "ok", out.Status)
	require.Equal(t, "ran\n", r.streams["stdout"])
	require.Contains(t, r.streams["stderr"], "(for pre_run_cell):")
	require.Contains(t, r.streams["stderr"], "ZeroDivisionError")
}

func TestMagicsDefinedInPython(t *testing.T) {
	s := newSession(t)
	r := newRecorder()
	out := run(t, s, 1, `from IPython.core.magic import register_line_magic, register_cell_magic, Magics, magics_class, line_magic, cell_magic

@register_line_magic
def shout(line):
    return line.upper()

@register_cell_magic('count_lines')
def _count(line, cell):
    return (line, len(cell.splitlines()))

@magics_class
class Greeter(Magics):
    @line_magic
    def hello(self, line):
        return 'hello ' + line + (' from a shell' if self.shell is get_ipython() else '')

    @cell_magic('twice')
    def twice_cell(self, line, cell):
        return cell * 2

get_ipython().register_magics(Greeter)
`, r)
	require.Equal(t, "ok", out.Status, "%v", out)
	for code, want := range map[string]string{
		"%shout hi there":           "'HI THERE'",
		"%%count_lines arg\na\nb\n": "('arg', 2)",
		"%hello world":              "'hello world from a shell'",
		"%%twice\nab":               "'ab\\nab\\n'",
		"hello automagic":           "'hello automagic from a shell'",
	} {
		r = newRecorder()
		out = run(t, s, 2, code, r)
		require.Equal(t, "ok", out.Status, "%s: %v", code, out)
		require.Len(t, r.results, 1, code)
		require.Equal(t, want, r.results[0]["text/plain"], code)
	}
}

func TestAutoreload(t *testing.T) {
	dir := t.TempDir()
	mod := filepath.Join(dir, "adder_ar_mod.py")
	write := func(src string) {
		require.NoError(t, os.WriteFile(mod, []byte(src), 0o644))
		// Mtimes have a coarse grain on some file systems.
		later := time.Now().Add(time.Duration(len(src)) * time.Second)
		require.NoError(t, os.Chtimes(mod, later, later))
	}
	write("def f():\n    return 1\n\nclass C:\n    def m(self):\n        return 'old'\n")
	s := newSession(t)
	r := newRecorder()
	out := run(t, s, 1, "import sys\nsys.path.insert(0, "+quote(dir)+")\n%load_ext autoreload\n%autoreload 2\nimport adder_ar_mod\nfrom adder_ar_mod import f\nc = adder_ar_mod.C()\nprint(f(), c.m())", r)
	require.Equal(t, "ok", out.Status, "%v", out)
	require.Equal(t, "1 old\n", r.streams["stdout"])
	write("def f():\n    return 2\n\nclass C:\n    def m(self):\n        return 'new'\n\n    def extra(self):\n        return 'added'\n")
	r = newRecorder()
	out = run(t, s, 2, "print(f(), c.m(), c.extra(), adder_ar_mod.f())", r)
	require.Equal(t, "ok", out.Status, "%v", out)
	require.Equal(t, "2 new added 2\n", r.streams["stdout"])
	// Mode 0 stops it.
	run(t, s, 3, "%autoreload 0", newRecorder())
	write("def f():\n    return 3\n")
	r = newRecorder()
	run(t, s, 4, "print(f())", r)
	require.Equal(t, "2\n", r.streams["stdout"])
}

func quote(s string) string {
	return "'" + s + "'"
}

// errRecorder also records error outputs shown while a cell goes on.
type errRecorder struct {
	*recorder
	errors [][2]string
}

func (r *errRecorder) Error(ename, evalue string, _ []string) {
	r.errors = append(r.errors, [2]string{ename, evalue})
}

func TestFormatterErrorIsShownAndCellGoesOn(t *testing.T) {
	s := newSession(t)
	r := &errRecorder{recorder: newRecorder()}
	out := run(t, s, 1, "class Bad:\n    def _repr_html_(self):\n        raise ValueError('no html')\n    def __repr__(self):\n        return 'Bad()'\nBad()", r)
	require.Equal(t, "ok", out.Status)
	require.Equal(t, [][2]string{{"ValueError", "no html"}}, r.errors)
	require.Len(t, r.results, 1)
	require.Equal(t, "Bad()", r.results[0]["text/plain"])
}

// Context variables set by a cell are there in later cells, whether the
// cell awaits or not (ipykernel loses an awaiting cell's settings, as it
// runs that cell in a task of its own; adder treats both kinds alike).
func TestContextVariablesPersistAcrossCells(t *testing.T) {
	s := newSession(t)
	run(t, s, 1, "import contextvars, asyncio\nv = contextvars.ContextVar('v', default=0)\nv.set(1)", newRecorder())
	run(t, s, 2, "await asyncio.sleep(0)\nv.set(2)", newRecorder())
	r := newRecorder()
	run(t, s, 3, "async def child():\n    v.set(99)\nawait asyncio.create_task(child())\nprint(v.get())", r)
	require.Equal(t, "2\n", r.streams["stdout"])
}

// A module written beside the notebook imports, as under ipykernel
// (sys.path starts with ”, the working directory).
func TestModulesBesideTheNotebookImport(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "beside.py"), []byte("X = 42\n"), 0o644))
	s := newSession(t)
	r := newRecorder()
	out := run(t, s, 1, "import sys, beside\nprint(sys.path[0] == '', beside.X)", r)
	require.Equal(t, "ok", out.Status, "%v", out)
	require.Equal(t, "True 42\n", r.streams["stdout"])
}

func TestAstNodeInteractivity(t *testing.T) {
	s := newSession(t)
	r := newRecorder()
	run(t, s, 1, "from IPython.core.interactiveshell import InteractiveShell\nInteractiveShell.ast_node_interactivity = 'all'", r)
	r = newRecorder()
	run(t, s, 2, "1 + 1\nx = 5\nx * 2\n'last'", r)
	var texts []any
	for _, res := range r.results {
		texts = append(texts, res["text/plain"])
	}
	require.Equal(t, []any{"2", "10", "'last'"}, texts)
	run(t, s, 3, "%config InteractiveShell.ast_node_interactivity = 'last_expr_or_assign'", newRecorder())
	r = newRecorder()
	run(t, s, 4, "y = 6 * 7", r)
	require.Len(t, r.results, 1)
	require.Equal(t, "42", r.results[0]["text/plain"])
	r = newRecorder()
	run(t, s, 5, "get_ipython().ast_node_interactivity = 'none'\n", r)
	run(t, s, 6, "3", r)
	require.Empty(t, r.results)
	get := newRecorder()
	run(t, s, 7, "get_ipython().ast_node_interactivity = 'last_expr'\nprint(Out[2], Out[4])", get)
	require.Equal(t, "last 42\n", get.streams["stdout"])
}

// get_ipython().showtraceback() shows the handled exception as an error
// output and the cell goes on, as under ipykernel (ipywidgets calls it for
// errors in callbacks).
func TestShowTraceback(t *testing.T) {
	s := newSession(t)
	r := &errRecorder{recorder: newRecorder()}
	out := run(t, s, 1, "try:\n    {}['missing']\nexcept KeyError:\n    get_ipython().showtraceback()\nprint('after')", r)
	require.Equal(t, "ok", out.Status)
	require.Equal(t, [][2]string{{"KeyError", "'missing'"}}, r.errors)
	require.Equal(t, "after\n", r.streams["stdout"])
	r = &errRecorder{recorder: newRecorder()}
	run(t, s, 2, "get_ipython().showtraceback()", r)
	require.Empty(t, r.errors)
	require.Equal(t, "No traceback available to show.\n", r.streams["stderr"])
}
