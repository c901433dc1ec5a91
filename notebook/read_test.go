// This file checks that each kind of malformed notebook gives a clear error
// naming the file and the problem, never a panic.

package notebook

import (
	"strings"
	"testing"
)

func TestMalformedNotebooks(t *testing.T) {
	const cell = `{"id": "a", "cell_type": "code", "metadata": {}, "source": "", "execution_count": null, "outputs": [%s]}`
	nb := func(cells string) string {
		return `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [` + cells + `]}`
	}
	withOutput := func(out string) string { return nb(strings.Replace(cell, "%s", out, 1)) }
	cases := []struct{ name, src, want string }{
		{"empty", ``, "bad.ipynb:1:1: invalid JSON: the file is empty"},
		{"syntax", "{\n \"cells\": [\n  1,,\n ]}", "bad.ipynb:3:5: invalid JSON: invalid character ','"},
		{"truncated", `{"cells": [`, "bad.ipynb:1:12: invalid JSON: unexpected end of JSON input"},
		{"trailing", `{} {}`, "bad.ipynb:1:4: invalid JSON: extra data after the notebook"},
		{"utf8", "{\"a\": \"\xff\"}", "bad.ipynb:1:8: not valid UTF-8"},
		{"array", `[]`, "bad.ipynb: not a notebook: expected an object, found an array"},
		{"no nbformat", `{"cells": []}`, `not a notebook: the required field "nbformat" is missing`},
		{"v3", `{"nbformat": 3, "nbformat_minor": 0, "worksheets": [], "metadata": {}}`, "nbformat 3 notebooks are not supported (convert it with: jupyter nbconvert --to notebook --nbformat 4 bad.ipynb)"},
		{"v3 no version", `{"worksheets": [], "metadata": {}}`, "nbformat 3 notebooks are not supported"},
		{"v5", `{"nbformat": 5, "nbformat_minor": 0, "metadata": {}, "cells": []}`, "nbformat 5 is not supported: adder reads nbformat 4"},
		{"nbformat string", `{"nbformat": "4", "nbformat_minor": 0, "metadata": {}, "cells": []}`, "bad.ipynb: nbformat: expected an integer, found a string"},
		{"minor float", `{"nbformat": 4, "nbformat_minor": 4.5, "metadata": {}, "cells": []}`, "nbformat_minor: expected an integer, found the number 4.5"},
		{"no minor", `{"nbformat": 4, "metadata": {}, "cells": []}`, `the notebook is missing the required field "nbformat_minor"`},
		{"no metadata", `{"nbformat": 4, "nbformat_minor": 5, "cells": []}`, `the notebook is missing the required field "metadata"`},
		{"no cells", `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}`, `the notebook is missing the required field "cells"`},
		{"cells object", `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": {}}`, "cells: expected an array, found an object"},
		{"cell not object", nb(`"x"`), "cells[0]: expected an object, found a string"},
		{"no cell_type", nb(`{"metadata": {}, "source": ""}`), `cells[0]: a cell is missing the required field "cell_type"`},
		{"no source", nb(`{"id": "x", "cell_type": "markdown", "metadata": {}}`), `cells[0]: a markdown cell is missing the required field "source"`},
		{"source number", nb(`{"id": "x", "cell_type": "markdown", "metadata": {}, "source": 3}`), "cells[0].source: expected a string or a list of strings, found a number"},
		{"source list", nb(`{"id": "x", "cell_type": "markdown", "metadata": {}, "source": ["a", 1]}`), "cells[0].source[1]: expected a string (one line of text), found a number"},
		{"cell metadata", nb(`{"id": "x", "cell_type": "raw", "metadata": [], "source": ""}`), "cells[0].metadata: expected an object, found an array"},
		{"bad id", nb(`{"id": "a b", "cell_type": "raw", "metadata": {}, "source": ""}`), `cells[0].id: invalid cell id "a b"`},
		{"id number", nb(`{"id": 7, "cell_type": "raw", "metadata": {}, "source": ""}`), "cells[0].id: expected a string, found a number"},
		{"no outputs", nb(`{"id": "a", "cell_type": "code", "metadata": {}, "source": "", "execution_count": null}`), `cells[0]: a code cell is missing the required field "outputs"`},
		{"no count", nb(`{"id": "a", "cell_type": "code", "metadata": {}, "source": "", "outputs": []}`), `a code cell is missing the required field "execution_count"`},
		{"count string", nb(`{"id": "a", "cell_type": "code", "metadata": {}, "source": "", "outputs": [], "execution_count": "1"}`), "cells[0].execution_count: expected an integer, found a string"},
		{"no output_type", withOutput(`{}`), `cells[0].outputs[0]: an output is missing the required field "output_type"`},
		{"stream no text", withOutput(`{"output_type": "stream", "name": "stdout"}`), `a stream output is missing the required field "text"`},
		{"stream name", withOutput(`{"output_type": "stream", "name": 1, "text": ""}`), "cells[0].outputs[0].name: expected a string, found a number"},
		{"display no data", withOutput(`{"output_type": "display_data", "metadata": {}}`), `a display_data output is missing the required field "data"`},
		{"data type", withOutput(`{"output_type": "display_data", "metadata": {}, "data": {"text/plain": 5}}`), `cells[0].outputs[0].data."text/plain": expected a string or a list of strings, found a number`},
		{"result no count", withOutput(`{"output_type": "execute_result", "metadata": {}, "data": {}}`), `an execute_result output is missing the required field "execution_count"`},
		{"error no ename", withOutput(`{"output_type": "error", "evalue": "", "traceback": []}`), `an error output is missing the required field "ename"`},
		{"traceback", withOutput(`{"output_type": "error", "ename": "E", "evalue": "", "traceback": "x"}`), "cells[0].outputs[0].traceback: expected a list of strings, found a string"},
		{"attachments", nb(`{"id": "x", "cell_type": "markdown", "metadata": {}, "source": "", "attachments": {"a.png": 1}}`), `cells[0].attachments."a.png": expected an object, found a number`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nb, err := Parse("bad.ipynb", []byte(c.src))
			if err == nil {
				t.Fatalf("no error; read %+v", nb)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "bad.ipynb") || !strings.Contains(msg, c.want) {
				t.Errorf("error %q\nwant it to contain %q", msg, c.want)
			}
		})
	}
}

func TestDeepNestingIsAnError(t *testing.T) {
	src := `{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": {"x": ` +
		strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}}`
	_, err := Parse("deep.ipynb", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "deep.ipynb:1:") {
		t.Fatalf("err %v", err)
	}
	// Nesting within the limit reads and writes back.
	src = `{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": {"x": ` +
		strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}}`
	nb, err := Parse("deep.ipynb", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Marshal(nb); err != nil {
		t.Fatal(err)
	}
}

func TestLenientWhereJupyterIs(t *testing.T) {
	// A BOM, unknown cell and output types and extra keys are kept.
	src := "\ufeff" + `{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
	 {"cell_type": "widget", "metadata": {}, "source": ["x\n", "y"], "other": 1},
	 {"cell_type": "code", "metadata": {}, "source": "", "execution_count": 2, "outputs": [
	   {"output_type": "future", "text": ["a", "b"], "k": [1]}]}]}`
	nb, err := Parse("ok.ipynb", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if nb.Cells[0].Extra["other"] == nil || nb.Cells[0].Extra["source"] != "x\ny" {
		t.Errorf("unknown cell kept as %v", nb.Cells[0].Extra)
	}
	if o := nb.Cells[1].Outputs[0]; o.Type != "future" || o.Extra["text"] != "ab" {
		t.Errorf("unknown output kept as %+v", o)
	}
	data, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\"source\": [\n    \"x\\n\",\n    \"y\"\n   ]") {
		t.Errorf("unknown cell source not split on write:\n%s", data)
	}
}
