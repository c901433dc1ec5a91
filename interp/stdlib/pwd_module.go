// This file implements _adder_pwd, the Go half of pwd and grp: user and
// group records from os/user (which reads /etc/passwd and /etc/group, or
// asks libc's resolver when cgo is in use).

package stdlib

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"adder/interp/py"
)

// readDB reads a colon-separated database file into its records.
func readDB(path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, ":"))
	}
	return out
}

func recordValue(fields []string, ints []int) py.Value {
	items := make([]py.Value, len(fields))
	for i, f := range fields {
		items[i] = py.StrValue(f)
	}
	for _, i := range ints {
		if i < len(fields) {
			n, _ := strconv.Atoi(fields[i])
			items[i] = py.Int(int64(n))
		}
	}
	return py.NewTupleFrom(items)
}

func init() {
	registerGoModule("_adder_pwd", "User and group databases for pwd and grp (adder).", func(d *py.Dict) {
		// passwd() -> [(name, passwd, uid, gid, gecos, dir, shell)]
		py.AddFunc(d, "passwd", func(args []py.Value, kw []string) (py.Value, error) {
			var items []py.Value
			for _, r := range readDB("/etc/passwd") {
				if len(r) == 7 {
					items = append(items, recordValue(r, []int{2, 3}))
				}
			}
			return py.ObjectValue(py.NewList(items)), nil
		})
		// group() -> [(name, passwd, gid, members)]
		py.AddFunc(d, "group", func(args []py.Value, kw []string) (py.Value, error) {
			var items []py.Value
			for _, r := range readDB("/etc/group") {
				if len(r) == 4 {
					items = append(items, recordValue(r, []int{2}))
				}
			}
			return py.ObjectValue(py.NewList(items)), nil
		})
	})
}
