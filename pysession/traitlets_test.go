package pysession

// This file checks adder's traitlets against the real package: the
// program testdata/traitlets_behaviour.py must print what it prints under
// CPython with traitlets installed (testdata/traitlets_behaviour.out, made
// by testdata/gen_traitlets_golden.py).

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"adder/interp"
)

func TestTraitletsBehaveAsTheRealPackage(t *testing.T) {
	src, err := os.ReadFile("testdata/traitlets_behaviour.py")
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/traitlets_behaviour.out")
	require.NoError(t, err)

	in := interp.NewSession(interp.Options{})
	var out strings.Builder
	in.SetOutput(&out, &out)
	require.NoError(t, in.ExecFile("traitlets_behaviour.py", string(src)))
	assert.Equal(t, string(want), out.String())
}
