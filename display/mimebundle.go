// This file computes the mimebundle of a Python object, as IPython's
// DisplayFormatter does for execute_result and display_data: text/plain
// from the pretty printer, the other types from the object's _repr_*_
// methods and _repr_mimebundle_.

package display

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"strconv"

	"adder/interp/py"
)

// reprMethods lists IPython's formatters after text/plain, in its order:
// the mime type and the method that produces it.
var reprMethods = []struct{ mime, method string }{
	{"text/html", "_repr_html_"},
	{"text/markdown", "_repr_markdown_"},
	{"image/svg+xml", "_repr_svg_"},
	{"image/png", "_repr_png_"},
	{"application/pdf", "_repr_pdf_"},
	{"image/jpeg", "_repr_jpeg_"},
	{"text/latex", "_repr_latex_"},
	{"application/json", "_repr_json_"},
	{"application/javascript", "_repr_javascript_"},
}

// binaryMimes are sent base64-encoded, as jupyter_client encodes bytes.
var binaryMimes = map[string]bool{"image/png": true, "image/jpeg": true, "application/pdf": true}

// FormatterWarning reports a _repr_*_ method that raised or returned the
// wrong type; the method's result is then left out, as in IPython. The
// default writes the message to Python's sys.stderr. Tests may replace it.
var FormatterWarning = func(msg string) {
	if f := py.SysAttr("stderr"); f.IsValid() && !f.IsNone() {
		if py.WriteTo(f, msg) == nil {
			return
		}
	}
}

// Mimebundle returns the data and metadata dicts of v's display. include
// and exclude filter the mime types when non-empty. The error is a Python
// exception raised while computing text/plain (repr), which IPython lets
// propagate; failures of the other methods only produce a warning.
// It must run on the interpreter's goroutine.
func Mimebundle(v py.Value, include, exclude []string) (data, metadata map[string]any, err error) {
	// An object with _ipython_display_ shows itself; it then has no
	// bundle (nil maps), as IPython's formatter returns an empty one. If
	// the method raises, the object is formatted as usual.
	if m, ok := reprMethod(v, "_ipython_display_"); ok {
		_, err := py.Call(m, nil, nil)
		if err == nil {
			return nil, nil, nil
		}
		warnException("ipython_display", err)
	}
	data, metadata = map[string]any{}, map[string]any{}
	in := func(mime string) bool {
		if len(include) > 0 && !contains(include, mime) {
			return false
		}
		return !contains(exclude, mime)
	}
	if d, md, ok := callMimebundle(v, include, exclude); ok {
		for k, x := range d {
			if in(k) {
				data[k] = x
			}
		}
		for k, x := range md {
			if in(k) {
				metadata[k] = x
			}
		}
	}
	if _, done := data["text/plain"]; !done && in("text/plain") {
		text, err := Pretty(v)
		if err != nil {
			return nil, nil, err
		}
		data["text/plain"] = text
	}
	for _, f := range reprMethods {
		if _, done := data[f.mime]; done || !in(f.mime) {
			continue
		}
		r, ok := callRepr(v, f.method, f.mime)
		if !ok {
			continue
		}
		var md py.Value
		if items, isPair := pairOf2(r); isPair {
			r, md = items[0], items[1]
		}
		if r.IsNone() {
			continue
		}
		x, ok := mimeValue(f.mime, r)
		if !ok {
			FormatterWarning(fmt.Sprintf("FormatterWarning: %s formatter returned invalid type %s for object: %s\n",
				f.mime, r.Type().Name, safeReprShort(v)))
			continue
		}
		data[f.mime] = x
		if md.IsValid() && !md.IsNone() {
			if m, err := ToJSON(md); err == nil {
				metadata[f.mime] = m
			}
		}
	}
	return data, metadata, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// reprMethod returns the bound method name of v, or false when v has none
// or is a class (whose _repr_*_ would be an unbound function).
func reprMethod(v py.Value, name string) (py.Value, bool) {
	if _, isClass := v.Object().(*py.Type); isClass {
		return py.Value{}, false
	}
	m, err := py.GetAttrOpt(v, name)
	if err != nil || !m.IsValid() || !py.Callable(m) {
		return py.Value{}, false
	}
	return m, true
}

// callRepr calls v's repr method; a raised exception becomes a warning.
func callRepr(v py.Value, method, mime string) (py.Value, bool) {
	m, ok := reprMethod(v, method)
	if !ok {
		return py.Value{}, false
	}
	r, err := py.Call(m, nil, nil)
	if err != nil {
		warnException(mime, err)
		return py.Value{}, false
	}
	return r, true
}

// warnException shows a formatter's exception, unless it is
// NotImplementedError, which IPython ignores silently: through the
// publisher when it is an ErrorPublisher, else as a traceback on stderr.
func warnException(mime string, err error) {
	exc := py.AsException(err)
	if exc == nil {
		FormatterWarning(fmt.Sprintf("FormatterWarning: %s formatter failed: %v\n", mime, err))
		return
	}
	if exc.Type().Name == "NotImplementedError" {
		return
	}
	if ep, ok := publisher.(ErrorPublisher); ok {
		ep.PublishError(IPythonError(FromPy(exc, nil)))
		return
	}
	FormatterWarning(PlainTraceback(FromPy(exc, nil)))
}

// callMimebundle calls v._repr_mimebundle_(include=..., exclude=...).
func callMimebundle(v py.Value, include, exclude []string) (data, md map[string]any, ok bool) {
	m, ok := reprMethod(v, "_repr_mimebundle_")
	if !ok {
		return nil, nil, false
	}
	r, err := py.Call(m, []py.Value{strList(include), strList(exclude)}, []string{"include", "exclude"})
	if err != nil {
		warnException("mimebundle", err)
		return nil, nil, false
	}
	var mdv py.Value
	if items, isPair := pairOf2(r); isPair {
		r, mdv = items[0], items[1]
	}
	if r.IsNone() {
		return nil, nil, false
	}
	d, err := ToJSON(r)
	dm, isMap := d.(map[string]any)
	if err != nil || !isMap {
		FormatterWarning(fmt.Sprintf("FormatterWarning: mimebundle formatter returned invalid type %s for object: %s\n",
			r.Type().Name, safeReprShort(v)))
		return nil, nil, false
	}
	// Bytes in a bundle are base64, like any other binary data.
	mdm := map[string]any{}
	if mdv.IsValid() && !mdv.IsNone() {
		if x, err := ToJSON(mdv); err == nil {
			if m, ok := x.(map[string]any); ok {
				mdm = m
			}
		}
	}
	return dm, mdm, true
}

// strList is a Python list of strs, or None for an empty list.
func strList(xs []string) py.Value {
	if len(xs) == 0 {
		return py.None
	}
	items := make([]py.Value, len(xs))
	for i, x := range xs {
		items[i] = py.StrValue(x)
	}
	return py.ListValue(items)
}

// pairOf2 reports whether r is a 2-tuple and returns its items.
func pairOf2(r py.Value) ([]py.Value, bool) {
	if !r.IsValid() || r.Type() != py.TupleType {
		return nil, false
	}
	items, err := py.ToSlice(r)
	if err != nil || len(items) != 2 {
		return nil, false
	}
	return items, true
}

// mimeValue converts a _repr_*_ result to its JSON form: a str for text
// types, base64 for bytes of binary types, JSON data for application/json.
func mimeValue(mime string, r py.Value) (any, bool) {
	if mime == "application/json" {
		x, err := ToJSON(r)
		return x, err == nil
	}
	if s, ok := py.AsStr(r); ok {
		return s, true
	}
	if b, ok := bytesOf(r); ok {
		if binaryMimes[mime] {
			return b2aBase64(b), true
		}
		return nil, false
	}
	return nil, false
}

// bytesOf returns the contents of a bytes object.
func bytesOf(v py.Value) (string, bool) {
	return py.AsBytes(v)
}

// b2aBase64 is binascii.b2a_base64(b): base64 with a final newline, the
// form jupyter_client 7 gives bytes it finds in a message.
func b2aBase64(b string) string {
	return base64.StdEncoding.EncodeToString([]byte(b)) + "\n"
}

// ToJSON converts a Python value made of dicts with str keys, lists,
// tuples, str, int, float, bool and None to Go JSON data (map[string]any,
// []any, string, int64 or *big.Int, float64, bool, nil). bytes become
// base64 strings with a final newline (b2aBase64).
func ToJSON(v py.Value) (any, error) {
	return toJSON(v, 0)
}

func toJSON(v py.Value, depth int) (any, error) {
	if depth > 100 {
		return nil, py.Errorf(py.ValueErrorType, "Circular reference detected")
	}
	switch {
	case !v.IsValid() || v.IsNone():
		return nil, nil
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		return v.AsFloat(), nil
	}
	if s, ok := py.AsStr(v); ok {
		return s, nil
	}
	if b, ok := py.AsBig(v); ok {
		return new(big.Int).Set(b), nil
	}
	if b, ok := bytesOf(v); ok {
		return b2aBase64(b), nil
	}
	if d, ok := v.Object().(*py.Dict); ok {
		out := map[string]any{}
		err := d.Items(func(k, x py.Value) error {
			ks, ok := py.AsStr(k)
			if !ok {
				if k.IsInt() {
					ks = strconv.FormatInt(k.AsInt(), 10)
				} else {
					return py.Errorf(py.TypeErrorType, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
				}
			}
			j, err := toJSON(x, depth+1)
			if err != nil {
				return err
			}
			out[ks] = j
			return nil
		})
		return out, err
	}
	if py.IsInstance(v, py.ListType) || py.IsInstance(v, py.TupleType) {
		items, err := py.ToSlice(v)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(items))
		for i, x := range items {
			if out[i], err = toJSON(x, depth+1); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "Object of type %s is not JSON serializable", v.Type().Name)
}

// safeReprShort is repr(v) for messages, never failing.
func safeReprShort(v py.Value) string {
	s, err := py.ReprString(v)
	if err != nil {
		return "<" + v.Type().Name + " object>"
	}
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}
