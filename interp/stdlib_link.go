// This file links the standard library (interp/stdlib) into every program
// that uses a Session: importing it installs the embedded modules.

package interp

import _ "adder/interp/stdlib"
