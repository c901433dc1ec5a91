package main

// This file links the Python interpreter into "adder kernel", "adder nbrun"
// and "adder nbtest".

import (
	"fmt"
	"os"

	"adder/kernel"
	"adder/pysession"
)

func init() {
	newKernelSession = func() kernel.Session {
		s, err := pysession.New()
		if err != nil {
			// Only a bug in adder itself gets here.
			fmt.Fprintf(os.Stderr, "adder: cannot start the interpreter: %v\n", err)
			os.Exit(1)
		}
		return s
	}
}
