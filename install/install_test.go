package install

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUserDataDirFollowsJupyterCore(t *testing.T) {
	e := Env{Home: "/home/u"}
	assert.Equal(t, "/home/u/.local/share/jupyter", e.UserDataDir())
	e.XDGDataHome = "/xdg"
	assert.Equal(t, "/xdg/jupyter", e.UserDataDir())
	e.JupyterData = "/jd"
	assert.Equal(t, "/jd", e.UserDataDir())
}

func TestSearchPathOrder(t *testing.T) {
	e := Env{Home: "/h", JupyterPath: "/a:/b:", VirtualEnv: "/venv", SystemDataDir: []string{"/usr/share/jupyter", "/a"}}
	assert.Equal(t, []string{"/a", "/b", "/h/.local/share/jupyter", "/venv/share/jupyter", "/usr/share/jupyter"}, e.SearchPath())
}

func TestInstallFindUninstall(t *testing.T) {
	root := t.TempDir()
	dataDir := filepath.Join(root, "share", "jupyter")
	dir, err := Install(dataDir, "adder", NewSpec("/opt/adder", ""))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dataDir, "kernels", "adder"), dir)

	spec, err := ReadSpec(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"/opt/adder", "kernel", "-f", "{connection_file}"}, spec.Argv)
	assert.Equal(t, "Python 3 (adder)", spec.DisplayName)
	assert.Equal(t, "python", spec.Language)
	assert.Equal(t, "message", spec.InterruptMode)

	for _, size := range []int{32, 64} {
		f, err := os.Open(filepath.Join(dir, map[int]string{32: "logo-32x32.png", 64: "logo-64x64.png"}[size]))
		require.NoError(t, err)
		img, err := png.Decode(f)
		f.Close()
		require.NoError(t, err)
		assert.Equal(t, size, img.Bounds().Dx())
		assert.Equal(t, size, img.Bounds().Dy())
	}

	env := Env{Home: filepath.Join(root, "home"), JupyterPath: dataDir}
	assert.Equal(t, []string{dir}, Find(env, "adder"))
	assert.Empty(t, Find(env, "other"))

	_, err = Uninstall(dataDir, "adder")
	require.NoError(t, err)
	assert.Empty(t, Find(env, "adder"))
	_, err = Uninstall(dataDir, "adder")
	assert.ErrorIs(t, err, ErrNotInstalled)
}

func TestInstallRejectsBadName(t *testing.T) {
	_, err := Install(t.TempDir(), "../evil", NewSpec("/x", ""))
	assert.Error(t, err)
}

func TestLogoHasTheTileAndTransparentCorners(t *testing.T) {
	data, err := Logo(64)
	require.NoError(t, err)
	img, err := png.Decode(bytes.NewReader(data))
	require.NoError(t, err)
	_, _, _, a := img.At(0, 0).RGBA()
	assert.Zero(t, a, "corner outside the rounded tile is transparent")
	r, g, b, _ := img.At(32, 6).RGBA()
	assert.Greater(t, b, r, "the tile is blue")
	assert.Greater(t, b, g)
	_, err = Logo(2)
	assert.Error(t, err)
}
