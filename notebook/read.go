// This file reads a notebook: JSON decoding with line and column on syntax
// errors, then a checked conversion into Notebook that joins multiline
// fields and drops transient ones, as nbformat's reader does.

package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Error is a notebook that cannot be read. Path locates the problem in
// the JSON tree (e.g. "cells[2].outputs[0]"); Line and Column (1-based) are
// set for syntax errors.
type Error struct {
	File         string
	Path         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ReadFile reads and checks the notebook at path.
func ReadFile(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // already names the file
	}
	return Parse(path, data)
}

// Parse reads a notebook from data; name is used in errors.
func Parse(name string, data []byte) (*Notebook, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		line, col := position(data, firstInvalidUTF8(data))
		return nil, &Error{File: name, Line: line, Column: col, Msg: "not valid UTF-8"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, jsonError(name, data, err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		off := end
		line, col := position(data, skipSpace(data, off))
		return nil, &Error{File: name, Line: line, Column: col, Msg: "invalid JSON: extra data after the notebook"}
	}
	r := &reader{file: name}
	nb := r.notebook(root)
	if r.err != nil {
		return nil, r.err
	}
	return nb, nil
}

// jsonError turns a decoding error into an Error with a position.
func jsonError(name string, data []byte, err error) error {
	var syn *json.SyntaxError
	off := len(data)
	msg := err.Error()
	switch {
	case errors.As(err, &syn):
		// Offset counts the bytes read, including the offending one.
		off = int(syn.Offset) - 1
		if off < 0 {
			off = 0
		}
	case err == io.EOF:
		msg = "the file is empty"
	case err == io.ErrUnexpectedEOF:
		msg = "unexpected end of JSON input (the file is truncated)"
	}
	line, col := position(data, off)
	return &Error{File: name, Line: line, Column: col, Msg: "invalid JSON: " + msg}
}

// position converts a byte offset into a 1-based line and column, the
// column counted in characters as Python's json module reports it.
func position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	col = utf8.RuneCount(before[lineStart:]) + 1
	return line, col
}

func skipSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
		off++
	}
	return off
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// reader converts the generic JSON tree, keeping the first error.
type reader struct {
	file string
	err  *Error
}

func (r *reader) fail(path, format string, args ...any) {
	if r.err == nil {
		r.err = &Error{File: r.file, Path: path, Msg: fmt.Sprintf(format, args...)}
	}
}

// jsonType names a decoded value's JSON type for messages.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// object requires v to be a JSON object.
func (r *reader) object(path string, v any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok {
		r.fail(path, "expected an object, found %s", jsonType(v))
	}
	return m
}

// field returns m[key], failing when it is missing.
func (r *reader) field(path string, m map[string]any, key, what string) (any, bool) {
	v, ok := m[key]
	if !ok {
		r.fail(path, "%s is missing the required field %q", what, key)
	}
	return v, ok
}

func (r *reader) objectField(path string, m map[string]any, key, what string) map[string]any {
	v, ok := r.field(path, m, key, what)
	if !ok {
		return nil
	}
	return r.object(join(path, key), v)
}

func (r *reader) stringField(path string, m map[string]any, key, what string) string {
	v, ok := r.field(path, m, key, what)
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		r.fail(join(path, key), "expected a string, found %s", jsonType(v))
	}
	return s
}

// integer converts a JSON number that must be a whole number.
func (r *reader) integer(path string, v any) (int, bool) {
	n, ok := v.(json.Number)
	if ok {
		if i, err := strconv.Atoi(string(n)); err == nil {
			return i, true
		}
	}
	r.fail(path, "expected an integer, found %s", describe(v))
	return 0, false
}

// optionalCount reads an execution_count: an integer or null.
func (r *reader) optionalCount(path string, m map[string]any, what string) *int {
	v, ok := r.field(path, m, "execution_count", what)
	if !ok || v == nil {
		return nil
	}
	i, ok := r.integer(join(path, "execution_count"), v)
	if !ok {
		return nil
	}
	return &i
}

func describe(v any) string {
	if n, ok := v.(json.Number); ok {
		return "the number " + string(n)
	}
	return jsonType(v)
}

// multiline accepts a string or a list of strings (joined), as nbformat's
// multiline_string.
func (r *reader) multiline(path string, v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var b strings.Builder
		for i, item := range x {
			s, ok := item.(string)
			if !ok {
				r.fail(index(path, i), "expected a string (one line of text), found %s", jsonType(item))
				return ""
			}
			b.WriteString(s)
		}
		return b.String()
	}
	r.fail(path, "expected a string or a list of strings, found %s", jsonType(v))
	return ""
}

func (r *reader) stringList(path string, v any) []string {
	list, ok := v.([]any)
	if !ok {
		r.fail(path, "expected a list of strings, found %s", jsonType(v))
		return nil
	}
	out := make([]string, 0, len(list))
	for i, item := range list {
		s, ok := item.(string)
		if !ok {
			r.fail(index(path, i), "expected a string, found %s", jsonType(item))
			return nil
		}
		out = append(out, s)
	}
	return out
}

// isJSONMime reports whether a mimetype holds JSON data rather than text
// (application/json or application/*+json), which is never joined or split.
func isJSONMime(mime string) bool {
	return mime == "application/json" ||
		(strings.HasPrefix(mime, "application/") && strings.HasSuffix(mime, "+json"))
}

// mimebundle checks a data dict, joining text values stored as lines.
func (r *reader) mimebundle(path string, v any) map[string]any {
	m := r.object(path, v)
	if m == nil {
		return nil
	}
	for mime, val := range m {
		if isJSONMime(mime) {
			continue
		}
		m[mime] = r.multiline(join(path, strconv.Quote(mime)), val)
	}
	return m
}

// extra returns the keys of m not in known.
func extra(m map[string]any, known ...string) map[string]any {
	var out map[string]any
	for k, v := range m {
		found := false
		for _, kn := range known {
			if k == kn {
				found = true
				break
			}
		}
		if !found {
			if out == nil {
				out = map[string]any{}
			}
			out[k] = v
		}
	}
	return out
}
