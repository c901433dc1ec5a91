// This file lists the magics adder implements, for %lsmagic and completion.

package shell

import (
	"sort"
	"strings"
)

// lineMagicNames and cellMagicNames are the implemented magics.
var (
	lineMagicNames = []string{"cd", "env", "load", "lsmagic", "magic", "pinfo", "pinfo2", "psearch", "pwd", "reset", "run", "time", "timeit", "who", "whos"}
	cellMagicNames = []string{"html", "latex", "markdown", "time", "timeit", "writefile"}
)

// magicMatches completes "%na" (line and cell magics) or "%%na" (cell).
func magicMatches(typed string) []match {
	cellOnly := strings.HasPrefix(typed, "%%")
	prefix := strings.TrimLeft(typed, "%")
	var out []match
	for _, n := range lineMagicNames {
		if !cellOnly && strings.HasPrefix(n, prefix) {
			out = append(out, match{"%" + n, kindMagic, ""})
		}
	}
	for _, n := range cellMagicNames {
		if strings.HasPrefix(n, prefix) {
			out = append(out, match{"%%" + n, kindMagic, ""})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := strings.TrimLeft(out[i].text, "%"), strings.TrimLeft(out[j].text, "%")
		if a != b {
			return a < b
		}
		return len(out[i].text) < len(out[j].text)
	})
	return out
}
