package main

// This file implements "adder kernel -f CONNECTION_FILE", the command a
// Jupyter client starts (see the kernelspec's argv).

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"adder/history"
	"adder/install"
	"adder/kernel"
	"adder/messaging"
)

// newKernelSession builds the interpreter session the kernel serves. The
// file that links the interpreter in sets it; until then "adder kernel"
// reports that no interpreter is available.
var newKernelSession func() kernel.Session

func init() {
	register(&command{
		name:    "kernel",
		usage:   "kernel -f CONNECTION_FILE",
		summary: "serve a Jupyter client (started by Jupyter from the kernelspec)",
		help: `Binds the sockets named in CONNECTION_FILE and serves the Jupyter messaging
protocol 5.3 until shutdown_request, SIGTERM, or the death of JPY_PARENT_PID.
SIGINT interrupts the running cell. Logs go to stderr; ADDER_LOG=debug|info|warn|error
sets the level (default warn).`,
		run: runKernel,
	})
}

func runKernel(args []string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	file := fs.String("f", "", "connection file written by the Jupyter client")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *file == "" {
		fmt.Fprintln(os.Stderr, "usage: adder kernel -f CONNECTION_FILE")
		return 2
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	if newKernelSession == nil {
		fmt.Fprintln(os.Stderr, "adder kernel: this build has no interpreter linked in")
		return 1
	}
	info, err := messaging.ReadConnectionFile(*file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder kernel: %v\n", err)
		return 1
	}
	// SIGTERM (jupyter_client's second step after shutdown_request) ends
	// Serve cleanly: replies flushed, ports freed.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	// History persists across restarts in the user's Jupyter data
	// directory; a read-only one costs only the persistence.
	store, err := history.Open(install.FromEnv())
	if err != nil {
		slog.Warn("history kept in memory only", "err", err)
		store = history.Memory()
	}
	if err := kernel.Run(ctx, kernel.Config{Info: info, NewSession: newKernelSession, History: store}); err != nil {
		fmt.Fprintf(os.Stderr, "adder kernel: %v\n", err)
		return 1
	}
	return 0
}

func logLevel() slog.Level {
	switch strings.ToLower(os.Getenv("ADDER_LOG")) {
	case "debug":
		return slog.LevelDebug
	case "info":
		return slog.LevelInfo
	case "error":
		return slog.LevelError
	}
	return slog.LevelWarn
}
