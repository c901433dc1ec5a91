// Package kernel serves the Jupyter messaging protocol over ZeroMQ for one
// interpreter Session: the shell, control and stdin ROUTERs, the iopub PUB
// and the heartbeat, with one goroutine per job:
//
//   - a reader per ROUTER verifies signatures and hands on typed messages;
//   - the shell executor runs shell requests in order and owns the
//     execution count and the history;
//   - the control goroutine answers control requests (interrupt, shutdown,
//     kernel_info) and never waits on the executor, so it is served while a
//     cell runs;
//   - the heartbeat echoes in its own goroutines (internal/zmtp);
//   - exactly one iopub writer owns the PUB socket.
//
// Spec: https://jupyter-client.readthedocs.io/en/latest/messaging.html
package kernel

// This file defines Kernel, Config, New, Serve and Run.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"time"

	"adder/history"
	"adder/internal/zmtp"
	"adder/messaging"
)

// Version is adder's implementation_version in kernel_info_reply.
const Version = "0.1.0"

// Config configures a Kernel.
type Config struct {
	Info       *messaging.ConnectionInfo // ports 0 are chosen by the system (see Kernel.Info)
	NewSession func() Session            // required
	Logger     *slog.Logger              // default slog.Default()
	Transport  zmtp.Options              // socket guards
	// LanguageVersion is language_info.version (default "3.12.1").
	LanguageVersion string
	// Banner is kernel_info_reply's banner (default names adder and Python 3.12).
	Banner string
	// History keeps the inputs and outputs of counted cells; nil keeps
	// them in memory for this process only.
	History *history.Store
	// HandleSIGINT installs a SIGINT handler that interrupts the running
	// cell instead of killing the process ("signal" interrupt mode).
	HandleSIGINT bool
	// WatchParent exits when the process JPY_PARENT_PID names is gone.
	WatchParent bool
}

// Kernel is one running kernel. Create it with New, run it with Serve.
type Kernel struct {
	cfg     Config
	info    messaging.ConnectionInfo
	signer  *messaging.Signer
	session Session
	log     *slog.Logger

	shell, control, stdin *zmtp.Router
	iopub                 *zmtp.Publisher
	hb                    *zmtp.Echo

	iopubQ    chan iopubItem // to the iopub writer; never closed
	iopubDone chan struct{}  // closed when the writer exits
	iopubStop chan struct{}  // closed by Serve after the final flush

	shellQ  chan *request // shell reader -> executor
	pending []*request    // executor only: requests drained while aborting
	inputQ  chan *messaging.Message
	intrQ   chan struct{} // interrupt notices for a waiting Input

	busy           atomic.Bool // the executor is inside a shell request
	executionCount int         // executor only
	history        *history.Store

	stop     chan struct{} // closed once to stop Serve
	stopOnce sync.Once
	restart  atomic.Bool
	ctx      context.Context
	cancel   context.CancelFunc
}

// New binds every socket and returns a kernel ready to Serve.
func New(cfg Config) (*Kernel, error) {
	if cfg.Info == nil || cfg.NewSession == nil {
		return nil, errors.New("kernel: Config needs Info and NewSession")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.LanguageVersion == "" {
		cfg.LanguageVersion = "3.12.1"
	}
	if cfg.Banner == "" {
		cfg.Banner = "adder " + Version + " (Python " + cfg.LanguageVersion + " interpreter in Go)\nType 'copyright', 'credits' or 'license' for more information"
	}
	if cfg.Transport.Logger == nil {
		cfg.Transport.Logger = cfg.Logger
	}
	signer, err := messaging.NewSigner(cfg.Info.SignatureScheme, cfg.Info.Key)
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	k := &Kernel{
		cfg: cfg, info: *cfg.Info, signer: signer, log: cfg.Logger,
		iopubQ: make(chan iopubItem, 1024), iopubDone: make(chan struct{}), iopubStop: make(chan struct{}),
		shellQ: make(chan *request, 1024), inputQ: make(chan *messaging.Message, 4),
		intrQ: make(chan struct{}, 1), stop: make(chan struct{}),
		history: cfg.History,
	}
	if k.history == nil {
		k.history = history.Memory()
	}
	if err := k.bind(); err != nil {
		k.closeSockets()
		return nil, err
	}
	k.session = cfg.NewSession()
	return k, nil
}

// Info returns the connection info with the ports actually bound.
func (k *Kernel) Info() *messaging.ConnectionInfo { c := k.info; return &c }

// Stop asks Serve to return, as a shutdown_request would.
func (k *Kernel) Stop() { k.stopOnce.Do(func() { close(k.stop) }) }

// RestartRequested reports whether the last shutdown_request asked for a restart.
func (k *Kernel) RestartRequested() bool { return k.restart.Load() }

// Serve runs the kernel until ctx ends, Stop is called or a client sends
// shutdown_request. It then flushes iopub (so shutdown_reply and the final
// idle arrive), closes the sockets and returns.
func (k *Kernel) Serve(ctx context.Context) error {
	k.ctx, k.cancel = context.WithCancel(ctx)
	defer k.cancel()
	go k.iopubWriter()
	k.publish(messaging.Header{}, messaging.Status, messaging.StatusContent{ExecutionState: "starting"})
	go k.readShell()
	go k.readControl()
	go k.readStdin()
	go k.executor()
	if k.cfg.HandleSIGINT {
		stopSig := k.handleSIGINT()
		defer stopSig()
	}
	if k.cfg.WatchParent {
		go k.watchParent()
	}
	k.log.Info("kernel: serving", "transport", k.info.Transport, "ip", k.info.IP,
		"shell", k.info.ShellPort, "iopub", k.info.IOPubPort, "control", k.info.ControlPort)
	select {
	case <-ctx.Done():
	case <-k.stop:
	}
	k.Stop()
	k.interrupt() // a running cell should end; nobody waits for it
	fctx, fcancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer fcancel()
	if err := k.flushIOPub(fctx); err != nil {
		k.log.Warn("kernel: iopub flush at shutdown", "err", err)
	}
	for _, r := range []*zmtp.Router{k.control, k.shell, k.stdin} {
		if err := r.Flush(fctx); err != nil {
			k.log.Warn("kernel: reply flush at shutdown", "err", err)
		}
	}
	close(k.iopubStop)
	k.cancel()
	k.closeSockets()
	k.log.Info("kernel: stopped", "restart", k.restart.Load())
	return nil
}

// Run binds a kernel for cfg and serves it until shutdown, interrupting
// cells on SIGINT and exiting when JPY_PARENT_PID's process dies (it sets
// HandleSIGINT and WatchParent). It is what "adder kernel -f FILE" calls.
func Run(ctx context.Context, cfg Config) error {
	// The handler goes in before binding so an early SIGINT cannot kill us.
	early := make(chan os.Signal, 1)
	signal.Notify(early, os.Interrupt)
	cfg.HandleSIGINT, cfg.WatchParent = true, true
	k, err := New(cfg)
	if err != nil {
		signal.Stop(early)
		return err
	}
	defer signal.Stop(early)
	return k.Serve(ctx)
}
