// Command adder-bench measures a Jupyter kernel from the outside, through the
// wire protocol, so adder and ipykernel are measured by the same code:
//
//	adder-bench [-n 200] [-json] -- adder kernel -f {connection_file}
//	adder-bench -- /usr/bin/python3 -m ipykernel_launcher -f {connection_file}
//
// It writes a connection file with free ports, starts the command (with
// {connection_file} replaced) and reports: start-up to the first
// kernel_info_reply, the execute round trip (request to idle) median and
// p90, a cell printing 100,000 lines (time to idle, lines received), the
// kernel's RSS, and shutdown time (shutdown_request to process exit).
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

// Result is one kernel's measurements (durations in milliseconds).
type Result struct {
	Command        string  `json:"command"`
	StartupMS      float64 `json:"startup_ms"`
	ExecMedianMS   float64 `json:"execute_median_ms"`
	ExecP90MS      float64 `json:"execute_p90_ms"`
	Lines100kMS    float64 `json:"lines_100k_ms"`
	Lines100kCount int     `json:"lines_100k_received"`
	RSSKiB         int     `json:"rss_kib"`      // idle: 1.5 s after the round trips
	InterruptMS    float64 `json:"interrupt_ms"` // interrupt_request to the reply of a busy loop
	ShutdownMS     float64 `json:"shutdown_ms"`
}

func main() {
	n := flag.Int("n", 200, "execute round trips to time")
	code := flag.String("code", "1+1", "cell for the round-trip measure")
	lines := flag.String("lines-code", "for i in range(100000):\n    print(i)", "cell printing 100,000 lines")
	asJSON := flag.Bool("json", false, "print JSON instead of text")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: adder-bench [flags] -- KERNEL_COMMAND... (with {connection_file})")
		os.Exit(2)
	}
	res, err := measure(flag.Args(), *n, *code, *lines)
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder-bench: %v\n", err)
		os.Exit(1)
	}
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(res)
		return
	}
	fmt.Printf("kernel:            %s\n", res.Command)
	fmt.Printf("start-up:          %.1f ms to first kernel_info_reply\n", res.StartupMS)
	fmt.Printf("execute:           median %.2f ms, p90 %.2f ms (request to idle, %d runs)\n", res.ExecMedianMS, res.ExecP90MS, *n)
	fmt.Printf("100,000 lines:     %.1f ms, %d lines received\n", res.Lines100kMS, res.Lines100kCount)
	fmt.Printf("RSS:               %d KiB (idle)\n", res.RSSKiB)
	fmt.Printf("interrupt:         %.1f ms from interrupt_request to the reply of while True: pass\n", res.InterruptMS)
	fmt.Printf("shutdown:          %.1f ms to exit\n", res.ShutdownMS)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func measure(argv []string, n int, code, linesCode string) (*Result, error) {
	dir, err := os.MkdirTemp("", "adder-bench")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	info, err := newConnectionInfo()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "kernel.json")
	if err := info.Write(path); err != nil {
		return nil, err
	}
	args := make([]string, len(argv))
	for i, a := range argv {
		args[i] = strings.ReplaceAll(a, "{connection_file}", path)
	}
	res := &Result{Command: strings.Join(argv, " ")}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	start := time.Now()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	cmd.Env = append(os.Environ(), fmt.Sprintf("JPY_PARENT_PID=%d", os.Getpid()))
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()

	// The kernel binds its ports some time after start: retry connecting.
	quiet := zmtp.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), HandshakeTimeout: time.Second}
	var c *messaging.Client
	for {
		if c, err = messaging.Dial(info, quiet); err == nil {
			break
		}
		if time.Since(start) > 30*time.Second {
			return nil, fmt.Errorf("kernel did not accept connections: %w", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	defer c.Close()
	if _, err := c.WaitReady(ctx); err != nil {
		return nil, fmt.Errorf("kernel_info: %w", err)
	}
	res.StartupMS = ms(time.Since(start))

	times := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		t := time.Now()
		if _, _, err := c.Execute(ctx, messaging.ExecuteRequestContent{Code: code}); err != nil {
			return nil, err
		}
		times = append(times, time.Since(t))
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	res.ExecMedianMS = ms(times[len(times)/2])
	res.ExecP90MS = ms(times[len(times)*9/10])

	// Idle means a while without requests, as a notebook's kernel spends
	// most of its life.
	time.Sleep(1500 * time.Millisecond)
	res.RSSKiB = rssKiB(cmd.Process.Pid)

	if res.InterruptMS, err = measureInterrupt(ctx, c); err != nil {
		return nil, err
	}

	t := time.Now()
	_, msgs, err := c.Execute(ctx, messaging.ExecuteRequestContent{Code: linesCode})
	if err != nil {
		return nil, err
	}
	res.Lines100kMS = ms(time.Since(t))
	for _, m := range msgs {
		if m.Header.MsgType == messaging.Stream {
			var s messaging.StreamContent
			m.DecodeContent(&s)
			res.Lines100kCount += strings.Count(s.Text, "\n")
		}
	}
	t = time.Now()
	req, err := c.Request(messaging.ControlChannel, messaging.ShutdownRequest, messaging.ShutdownContent{})
	if err != nil {
		return nil, err
	}
	if _, err := c.Reply(ctx, messaging.ControlChannel, req); err != nil {
		return nil, err
	}
	select {
	case <-exited:
		res.ShutdownMS = ms(time.Since(t))
	case <-time.After(10 * time.Second):
		return nil, fmt.Errorf("kernel did not exit within 10 s of shutdown_request")
	}
	return res, nil
}

// measureInterrupt runs a busy loop, interrupts it on the control channel
// (as Jupyter does for kernels with interrupt_mode "message") and times the
// interrupt_request to the loop's execute_reply.
func measureInterrupt(ctx context.Context, c *messaging.Client) (float64, error) {
	req, err := c.Request(messaging.ShellChannel, messaging.ExecuteRequest,
		messaging.ExecuteRequestContent{Code: "while True:\n    pass", StopOnError: new(bool)})
	if err != nil {
		return 0, err
	}
	time.Sleep(300 * time.Millisecond) // well inside the loop
	t := time.Now()
	ireq, err := c.Request(messaging.ControlChannel, messaging.InterruptRequest, struct{}{})
	if err != nil {
		return 0, err
	}
	if _, err := c.Reply(ctx, messaging.ShellChannel, req); err != nil {
		return 0, fmt.Errorf("interrupted cell: %w", err)
	}
	d := time.Since(t)
	if _, err := c.Reply(ctx, messaging.ControlChannel, ireq); err != nil {
		return 0, fmt.Errorf("interrupt_reply: %w", err)
	}
	return ms(d), nil
}

// newConnectionInfo picks free loopback ports and a random key.
func newConnectionInfo() (*messaging.ConnectionInfo, error) {
	ports := make([]int, 5)
	var lns []net.Listener
	for i := range ports {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		lns = append(lns, ln)
		ports[i] = ln.Addr().(*net.TCPAddr).Port
	}
	for _, ln := range lns {
		ln.Close()
	}
	key := make([]byte, 16)
	rand.Read(key)
	return &messaging.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: ports[0], IOPubPort: ports[1],
		StdinPort: ports[2], ControlPort: ports[3], HBPort: ports[4], Key: hex.EncodeToString(key),
		SignatureScheme: "hmac-sha256", KernelName: "bench"}, nil
}

// rssKiB reads VmRSS from /proc (0 where unavailable).
func rssKiB(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			var kib int
			fmt.Sscanf(strings.TrimPrefix(line, "VmRSS:"), "%d", &kib)
			return kib
		}
	}
	return 0
}
