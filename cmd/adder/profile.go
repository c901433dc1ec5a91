// This file lets `adder run` write a CPU profile for pprof when
// ADDER_CPUPROFILE names a file: profiling the real binary (with its GC
// tuning) shows what a benchmark program costs, which a Go test harness
// running the same program does not quite match.

package main

import (
	"log/slog"
	"os"
	"runtime/pprof"
)

// startProfile starts CPU profiling if ADDER_CPUPROFILE is set and returns
// the function that stops it and closes the file.
func startProfile() func() {
	path := os.Getenv("ADDER_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		slog.Error("cpu profile", "path", path, "err", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		slog.Error("cpu profile", "path", path, "err", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
