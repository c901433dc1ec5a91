// This file implements _adder_xml, the Go half of xml.etree.ElementTree:
// encoding/xml tokenizes the document (namespaces resolved to URIs) into
// the start/data/end/comment/pi events ElementTree builds its tree from.

package stdlib

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"adder/interp/py"
)

func xmlName(n xml.Name) string {
	if n.Space != "" {
		if n.Space == "xmlns" {
			return "xmlns:" + n.Local
		}
		return "{" + n.Space + "}" + n.Local
	}
	return n.Local
}

// xmlEvents(data) -> [(kind, a, b)] where kind is "start" (tag, [(k, v)]),
// "data" (text), "end" (tag), "comment" (text) or "pi" (target, text).
func xmlEvents(args []py.Value, kw []string) (py.Value, error) {
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
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, col := dec.InputPos()
			msg := err.Error()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				msg = se.Msg
			}
			return py.NewTuple(py.ObjectValue(py.NewList(events)), py.StrValue(msg), py.Int(int64(line)),
				py.Int(int64(col-1))), nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if roots > 1 {
					line, col := dec.InputPos()
					return py.NewTuple(py.ObjectValue(py.NewList(events)), py.StrValue("junk after document element"),
						py.Int(int64(line)), py.Int(int64(col-1))), nil
				}
			}
			depth++
			attrs := make([]py.Value, 0, len(t.Attr))
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") {
					continue // namespace declarations are not attributes in ElementTree
				}
				attrs = append(attrs, py.NewTuple(py.StrValue(xmlName(a.Name)), py.StrValue(a.Value)))
			}
			events = append(events, py.NewTuple(py.StrValue("start"), py.StrValue(xmlName(t.Name)),
				py.ObjectValue(py.NewList(attrs))))
		case xml.EndElement:
			depth--
			events = append(events, py.NewTuple(py.StrValue("end"), py.StrValue(xmlName(t.Name)), py.None))
		case xml.CharData:
			if depth > 0 {
				events = append(events, py.NewTuple(py.StrValue("data"), py.StrValue(string(t)), py.None))
			}
		case xml.Comment:
			events = append(events, py.NewTuple(py.StrValue("comment"), py.StrValue(string(t)), py.None))
		case xml.ProcInst:
			if t.Target != "xml" {
				events = append(events, py.NewTuple(py.StrValue("pi"), py.StrValue(t.Target), py.StrValue(string(t.Inst))))
			}
		}
	}
	if roots == 0 {
		line, col := dec.InputPos()
		return py.NewTuple(py.ObjectValue(py.NewList(events)), py.StrValue("no element found"),
			py.Int(int64(line)), py.Int(int64(col-1))), nil
	}
	return py.NewTuple(py.ObjectValue(py.NewList(events)), py.None, py.Int(0), py.Int(0)), nil
}

// xmlCharsetReader decodes the encodings a document may declare besides
// UTF-8.
func xmlCharsetReader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "utf-8", "us-ascii", "ascii":
		return input, nil
	case "iso-8859-1", "latin-1", "latin1":
		b, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return strings.NewReader(string(rs)), nil
	}
	return nil, errors.New("unknown encoding: " + charset)
}

func init() {
	registerGoModule("_adder_xml", "XML tokenizing for xml.etree and xml.dom.minidom (adder).", func(d *py.Dict) {
		py.AddFunc(d, "events", xmlEvents)
		py.AddFunc(d, "raw_events", xmlRawEvents)
	})
}
