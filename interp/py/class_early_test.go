// This file tests classes that Go code makes with NewClass before the
// builtin types are finished (from init functions, as modules do).

package py

import "testing"

// earlyError is made during package initialisation, before NewThread
// finishes the builtin types' slots.
var earlyError, earlyErr = NewClass(TypeType, "EarlyError", []*Type{NotImplementedErrorType}, NewDict())

func TestEarlyClassSlots(t *testing.T) {
	if earlyErr != nil {
		t.Fatal(earlyErr)
	}
	NewThread()
	exc := Errorf(earlyError, "boom %d", 1).(*Exception)
	s, err := StrOf(ObjectValue(exc))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := AsStr(s); got != "boom 1" {
		t.Errorf("str() = %q, want %q", got, "boom 1")
	}
	if r, _ := ReprString(ObjectValue(exc)); r != "EarlyError('boom 1')" {
		t.Errorf("repr() = %q", r)
	}
	if exc.Error() != "EarlyError: boom 1" {
		t.Errorf("Error() = %q", exc.Error())
	}
}
