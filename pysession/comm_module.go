// This file defines the Go half of comms: the `comm` module (the comm
// package's API, from comm.py) and its IPython-era import paths
// (comm.base_comm, ipykernel.comm), the kernel's comm requests run through
// the module's CommManager (Session implements kernel.Comms), and the
// messages Python code sends, which go to the running request's output.

package pysession

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"adder/interp/py"
	"adder/kernel"

	"github.com/google/uuid"
)

//go:embed comm.py
var commSource string

var _ kernel.Comms = (*Session)(nil)

// sessions maps each interpreter thread to its Session: the comm module is
// registered once per process, and its functions find the session whose
// interpreter imported it. A thread without a Session (adder run) gets a
// comm module whose comms send nothing, like the comm package outside a
// kernel.
var sessions sync.Map // *py.Thread -> *Session

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "comm", Doc: "Jupyter comms: channels between kernel code and frontend targets.",
		Init: initComm})
	py.RegisterModule(&py.ModuleDef{Name: "ipykernel", Doc: "adder's stand-in for ipykernel's importable parts (comms).",
		Init: initIPyKernel})
}

// register lets the comm module find s from its interpreter's thread.
func (s *Session) registerComms() {
	sessions.Store(s.interp.Thread(), s)
}

// sessionOf finds the Session of t's interpreter; a worker thread's comms
// (a progress bar updated from a thread) belong to its main thread's.
func sessionOf(t *py.Thread) *Session {
	if v, ok := sessions.Load(t.Main()); ok {
		return v.(*Session)
	}
	return nil
}

// initComm runs comm.py with _publish, _new_id and _in_kernel bound, and
// makes comm a package whose base_comm submodule holds BaseComm and
// CommManager.
func initComm(m *py.Module) error {
	t := py.Current()
	if t == nil {
		return py.Errorf(py.ImportErrorType, "cannot initialise comm outside a running interpreter")
	}
	s := sessionOf(t)
	m.Dict.SetStr("__path__", py.ListValue(nil))
	m.Dict.SetStr("_in_kernel", py.Bool(s != nil))
	m.Dict.SetStr("_new_id", py.NewBuiltin("_new_id", func(args []py.Value, kwnames []string) (py.Value, error) {
		if err := py.ArgRange("_new_id", args, kwnames, 0, 0); err != nil {
			return py.Value{}, err
		}
		return py.StrValue(strings.ReplaceAll(uuid.NewString(), "-", "")), nil
	}))
	m.Dict.SetStr("_publish", py.NewBuiltin("_publish", func(args []py.Value, kwnames []string) (py.Value, error) {
		return commPublish(s, args, kwnames)
	}))
	if err := py.ExecSource(m.Dict, "<adder comm>", commSource); err != nil {
		return err
	}
	base := py.NewModule("comm.base_comm")
	for _, name := range []string{"BaseComm", "CommManager", "logger"} {
		v, _ := m.Dict.GetStr(name)
		base.Dict.SetStr(name, v)
	}
	t.Modules.SetStr("comm.base_comm", py.ObjectValue(base))
	m.Dict.SetStr("base_comm", py.ObjectValue(base))
	return nil
}

// commPublish is _publish(msg_type, content_json, metadata_json, buffers):
// one comm message to the frontend under the request being handled.
func commPublish(s *Session, args []py.Value, kwnames []string) (py.Value, error) {
	var msgType, content, metadata string
	var buffers py.Value
	if err := py.UnpackArgs("_publish", args, kwnames, "msg_type", &msgType, "content", &content,
		"metadata", &metadata, "buffers", &buffers); err != nil {
		return py.Value{}, err
	}
	items, err := py.ToSlice(buffers)
	if err != nil {
		return py.Value{}, err
	}
	raw := make([][]byte, len(items))
	for i, b := range items {
		data, ok := py.AsBytes(b)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(b))
		}
		raw[i] = []byte(data)
	}
	if s == nil {
		return py.None, nil
	}
	if co, ok := s.out.(kernel.CommOutput); ok {
		co.Comm(msgType, []byte(content), []byte(metadata), raw)
	}
	return py.None, nil
}

// ipykernelModules are ipykernel's import paths for comms, created in this
// order when ipykernel is first imported.
var ipykernelModules = []struct{ name, source string }{
	{"ipykernel.comm", "__path__ = []\nfrom comm import Comm\nfrom comm.base_comm import CommManager\n__all__ = ['Comm', 'CommManager']\n"},
	{"ipykernel.comm.comm", "from comm import Comm, BaseComm\n"},
	{"ipykernel.comm.manager", "from comm.base_comm import CommManager\n"},
}

// initIPyKernel makes ipykernel a package with the comm submodules bound
// in sys.modules and as attributes of their parents.
func initIPyKernel(m *py.Module) error {
	t := py.Current()
	if t == nil {
		return py.Errorf(py.ImportErrorType, "cannot initialise ipykernel outside a running interpreter")
	}
	if sessionOf(t) == nil {
		// Outside a kernel, as without ipykernel installed.
		err := py.NewException(py.ModuleNotFoundErrorType, py.StrValue("No module named 'ipykernel'"))
		err.SetAttrStr("name", py.StrValue("ipykernel"))
		return err
	}
	m.Dict.SetStr("__path__", py.ListValue(nil))
	m.Dict.SetStr("version_info", py.NewTuple(py.Int(6), py.Int(29), py.Int(5)))
	m.Dict.SetStr("__version__", py.StrValue("6.29.5"))
	mods := map[string]*py.Module{"ipykernel": m}
	for _, sub := range ipykernelModules {
		mod := py.NewModule(sub.name)
		t.Modules.SetStr(sub.name, py.ObjectValue(mod))
		if err := py.ExecSource(mod.Dict, "<adder "+sub.name+">", sub.source); err != nil {
			t.Modules.DelStr(sub.name)
			return err
		}
		dot := strings.LastIndexByte(sub.name, '.')
		mods[sub.name] = mod
		mods[sub.name[:dot]].Dict.SetStr(sub.name[dot+1:], py.ObjectValue(mod))
	}
	return nil
}

// kernelCommManagerSource gives get_ipython().kernel a comm_manager
// property, the same manager as comm.get_comm_manager(); comm is imported
// on first use, so sessions that never use comms do not pay for it.
const kernelCommManagerSource = `
def _comm_manager(self):
    import comm
    return comm.get_comm_manager()
type(get_ipython().kernel).comm_manager = property(_comm_manager)
`

// installComms registers s for the comm module and adds the kernel's
// comm_manager. It runs on the interpreter's thread.
func (s *Session) installComms() error {
	s.registerComms()
	return py.ExecSource(py.NewDict(), "<adder comm_manager>", kernelCommManagerSource)
}

// commDispatchCell runs the comm message HandleComm stored in the comm
// module. It runs as a cell, on the session's event loop, so handlers can
// use asyncio as under ipykernel (get_running_loop, create_task).
const commDispatchCell = "__import__('comm')._dispatch_pending()\n"

// HandleComm runs a frontend's comm_open, comm_msg or comm_close through
// the comm manager. What the handlers print goes to out; their exceptions
// are logged there by the manager, as ipykernel's are.
func (s *Session) HandleComm(msg kernel.CommMessage, out kernel.Output) {
	err := s.interp.Do(func() error {
		s.out = out
		mod, err := s.interp.Thread().ImportModule("comm")
		if err != nil {
			return err
		}
		bufs := make([]py.Value, len(msg.Buffers))
		for i, b := range msg.Buffers {
			bufs[i] = py.NewBytes(string(b))
		}
		return py.SetAttr(mod, "_pending", py.NewTuple(py.StrValue(string(msg.Message)), py.ListValue(bufs)))
	})
	if err == nil {
		_, err = s.interp.ExecCellAs("<comm>", commDispatchCell)
	}
	if err != nil {
		var ename, evalue string
		s.interp.Do(func() error {
			ename, evalue, _ = describe(err, s.interp)
			return nil
		})
		out.Stream("stderr", fmt.Sprintf("%s for comm %s: %s: %s\n", msg.MsgType, msg.CommID, ename, evalue))
	}
}

// CommInfo lists the open comms (of target, unless empty) by id.
func (s *Session) CommInfo(target string) map[string]string {
	out := map[string]string{}
	if _, ok := s.interp.Thread().Modules.GetStr("comm"); !ok {
		return out // no comm was ever made
	}
	s.interp.Do(func() error {
		mod, err := s.interp.Thread().ImportModule("comm")
		if err != nil {
			return err
		}
		info, err := py.GetAttr(mod, "_comm_info")
		if err != nil {
			return err
		}
		r, err := py.Call(info, []py.Value{py.StrValue(target)}, nil)
		if err != nil {
			return err
		}
		d, ok := r.Object().(*py.Dict)
		if !ok {
			return nil
		}
		return d.Items(func(k, v py.Value) error {
			ks, _ := py.AsStr(k)
			vs, _ := py.AsStr(v)
			out[ks] = vs
			return nil
		})
	})
	return out
}
