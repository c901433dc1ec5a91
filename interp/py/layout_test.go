// This file guards the sizes of the objects that dominate programs' live
// heaps: growing one silently costs every program memory.

package py

import (
	"testing"
	"unsafe"
)

func TestObjectLayoutSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"Str", unsafe.Sizeof(Str{}), 48},
		{"Instance", unsafe.Sizeof(Instance{}), 24},
		{"List", unsafe.Sizeof(List{}), 32},
		{"dictEntry", unsafe.Sizeof(dictEntry{}), 48},
		{"setEntry", unsafe.Sizeof(setEntry{}), 24},
		{"Dict", unsafe.Sizeof(Dict{}), 56}, // in the 64-byte size class
		{"tuple2", unsafe.Sizeof(tuple2{}), 80},
		{"instance3", unsafe.Sizeof(instance3{}), 96},
	} {
		if c.got != c.want {
			t.Errorf("sizeof(%s) = %d, want %d (a Go size class; see the field comments)", c.name, c.got, c.want)
		}
	}
}
