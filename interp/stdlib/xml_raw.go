// This file implements _adder_xml.raw_events, the tokenizer behind
// xml.dom.minidom: unlike events (ElementTree's), names keep their
// prefixes ("ns:tag"), namespace declarations stay attributes, CDATA
// sections and the DOCTYPE are reported, and errors carry expat's message
// and code (minidom raises xml.parsers.expat.ExpatError with them).

package stdlib

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"adder/interp/py"
)

// Expat's error codes for the messages raw_events reports.
const (
	expatNoElements   = 3
	expatInvalidToken = 4
	expatTagMismatch  = 7
	expatJunkAfterDoc = 9
	expatUndefEntity  = 11
)

func rawName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// attrSpace does what expat does to a literal attribute value: tabs and
// line ends become spaces.
var attrSpace = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// xmlRawEvents(data) -> (events, error message or None, code, line, column)
// where each event is (kind, a, b): "start" (qname, [(qname, value)]),
// "end" (qname, None), "data"/"cdata"/"comment" (text, None), "pi"
// (target, text) or "doctype" (the declaration's text, None).
func xmlRawEvents(args []py.Value, kw []string) (py.Value, error) {
	var data []byte
	if s, ok := py.AsStr(args[0]); ok {
		data = []byte(s)
	} else if b, ok := py.AsBytes(args[0]); ok {
		data = []byte(b)
	} else {
		return py.Value{}, py.Errorf(py.TypeErrorType, "XML source must be str or bytes")
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.CharsetReader = xmlCharsetReader
	var events []py.Value
	var stack []string
	roots := 0
	fail := func(msg string, code int, line, col int) (py.Value, error) {
		return py.NewTuple(py.ObjectValue(py.NewList(events)), py.StrValue(msg), py.Int(int64(code)),
			py.Int(int64(line)), py.Int(int64(col))), nil
	}
	ev := func(kind string, a, b py.Value) {
		events = append(events, py.NewTuple(py.StrValue(kind), a, b))
	}
	for {
		line, col := dec.InputPos()
		off := dec.InputOffset()
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			l, c := dec.InputPos()
			msg, code := "not well-formed (invalid token)", expatInvalidToken
			if strings.Contains(err.Error(), "invalid character entity") {
				msg, code = "undefined entity", expatUndefEntity
			}
			if err == io.ErrUnexpectedEOF || strings.Contains(err.Error(), "unexpected EOF") {
				msg, code = "no element found", expatNoElements
			}
			return fail(msg, code, l, c-1)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				roots++
				if roots > 1 {
					return fail("junk after document element", expatJunkAfterDoc, line, col-1)
				}
			}
			name := rawName(t.Name)
			stack = append(stack, name)
			attrs := make([]py.Value, 0, len(t.Attr))
			for _, a := range t.Attr {
				attrs = append(attrs, py.NewTuple(py.StrValue(rawName(a.Name)), py.StrValue(attrSpace.Replace(a.Value))))
			}
			ev("start", py.StrValue(name), py.ObjectValue(py.NewList(attrs)))
		case xml.EndElement:
			name := rawName(t.Name)
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return fail("mismatched tag", expatTagMismatch, line, col-1+2)
			}
			stack = stack[:len(stack)-1]
			ev("end", py.StrValue(name), py.None)
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimSpace(t)) != 0 {
					return fail("junk after document element", expatJunkAfterDoc, line, col-1)
				}
				continue
			}
			kind := "data"
			if bytes.HasPrefix(data[off:], []byte("<![CDATA[")) {
				kind = "cdata"
			}
			ev(kind, py.StrValue(string(t)), py.None)
		case xml.Comment:
			ev("comment", py.StrValue(string(t)), py.None)
		case xml.ProcInst:
			if t.Target != "xml" {
				ev("pi", py.StrValue(t.Target), py.StrValue(string(t.Inst)))
			}
		case xml.Directive:
			if bytes.HasPrefix(t, []byte("DOCTYPE")) {
				ev("doctype", py.StrValue(string(t)), py.None)
			}
		}
	}
	line, col := dec.InputPos()
	if roots == 0 || len(stack) > 0 {
		return fail("no element found", expatNoElements, line, col-1)
	}
	return py.NewTuple(py.ObjectValue(py.NewList(events)), py.None, py.Int(0), py.Int(0), py.Int(0)), nil
}
