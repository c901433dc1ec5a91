// This file completes magic names (%na, %%na) from the magics adder implements.

package shell

import (
	"sort"
	"strings"
)

// magicMatches completes "%na" (line and cell magics) or "%%na" (cell).
func magicMatches(typed string) []match {
	cellOnly := strings.HasPrefix(typed, "%%")
	prefix := strings.TrimLeft(typed, "%")
	var out []match
	line, cell := magicLists()
	for _, n := range line {
		if !cellOnly && strings.HasPrefix(n[1:], prefix) {
			out = append(out, match{n, kindMagic, ""})
		}
	}
	for _, n := range cell {
		if strings.HasPrefix(n[2:], prefix) {
			out = append(out, match{n, kindMagic, ""})
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
