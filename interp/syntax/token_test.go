package syntax

// This file checks the token tables.

import "testing"

func TestOperatorAt(t *testing.T) {
	for spelling, kind := range opTable {
		k, n := operatorAt([]byte(spelling + "x"))
		if spelling == "<>" {
			continue
		}
		if k != kind || n != len(spelling) {
			t.Errorf("operatorAt(%q) = %v,%d want %v,%d", spelling, k, n, kind, len(spelling))
		}
	}
	if _, n := operatorAt([]byte("$")); n != 0 {
		t.Errorf("$ is not an operator")
	}
}

func TestTokenNames(t *testing.T) {
	if len(tokenNames) != int(numTokenKinds) {
		t.Fatalf("%d names for %d kinds", len(tokenNames), numTokenKinds)
	}
	if LPAR.String() != "LPAR" || FSTRING_MIDDLE.String() != "FSTRING_MIDDLE" || ENCODING.String() != "ENCODING" {
		t.Errorf("names out of order")
	}
}
