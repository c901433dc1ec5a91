// This file lets real Jupyter clients drive a kernel with the fake session:
//
//	ADDER_KERNEL_SERVE=conn.json go test -run TestServeConnectionFile ./kernel
//
// serves conn.json until shutdown_request (skipped otherwise). It is how the
// wire was checked against jupyter_client/libzmq before the interpreter
// existed.

package kernel

import (
	"context"
	"os"
	"testing"

	"adder/messaging"
)

func TestServeConnectionFile(t *testing.T) {
	path := os.Getenv("ADDER_KERNEL_SERVE")
	if path == "" {
		t.Skip("set ADDER_KERNEL_SERVE to a connection file to serve it")
	}
	info, err := messaging.ReadConnectionFile(path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := New(Config{Info: info, NewSession: newFakeSession, Logger: quietLogger(), HandleSIGINT: true, WatchParent: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Serve(context.Background()); err != nil {
		t.Fatal(err)
	}
}
