// This file exposes ModuleNames to the external tests.

package stdlib_test

import "adder/interp/stdlib"

func stdlibNames() []string { return stdlib.ModuleNames() }
