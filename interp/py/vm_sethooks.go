// This file wires the VM's set-building opcodes to the library's set type
// (set.go: NewSet, SetAdd).

package py

func init() {
	if NewSetHook == nil {
		NewSetHook = NewSet
	}
	if SetAddHook == nil {
		SetAddHook = SetAdd
	}
}
