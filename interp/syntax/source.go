package syntax

// This file decodes source bytes to UTF-8 following PEP 263: a UTF-8 BOM
// or a coding cookie in the first two lines selects the encoding; without
// one the source must be valid UTF-8. Columns are then counted in the
// UTF-8 bytes of the decoded text, as CPython does.

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
)

var cookieRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// decodeSource returns src as UTF-8, or an error for an unknown encoding
// or undecodable bytes.
func decodeSource(filename string, src []byte) ([]byte, *Error) {
	bom := bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	enc := ""
	rest := src
	if bom {
		rest = src[3:]
	}
	for i := 0; i < 2 && len(rest) > 0; i++ {
		line := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if m := cookieRE.FindSubmatch(line); m != nil {
			enc = string(m[1])
			break
		}
		// Only a comment or blank first line lets the second line count.
		if t := bytes.TrimLeft(line, " \t\f"); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	name := strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	if bom && enc != "" && name != "utf-8" && !strings.HasPrefix(name, "utf-8-") {
		return nil, &Error{Kind: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM", Filename: filename}
	}
	if enc == "" || name == "utf-8" || name == "utf8" || strings.HasPrefix(name, "utf-8-") {
		if !utf8.Valid(src) {
			return nil, badUTF8(filename, src)
		}
		return src, nil
	}
	var e encoding.Encoding
	switch name {
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1":
		e = charmap.ISO8859_1
	case "ascii", "us-ascii":
		e = charmap.ISO8859_1
	case "cp1252", "windows-1252":
		e = charmap.Windows1252
	case "cp1251", "windows-1251":
		e = charmap.Windows1251
	case "cp1250", "windows-1250":
		e = charmap.Windows1250
	case "cp437":
		e = charmap.CodePage437
	case "koi8-r":
		e = charmap.KOI8R
	default:
		var err error
		e, err = ianaindex.IANA.Encoding(name)
		if err != nil || e == nil {
			e, err = ianaindex.IANA.Encoding(strings.ReplaceAll(name, "-", ""))
		}
		if err != nil || e == nil {
			return nil, &Error{Kind: "SyntaxError", Msg: "unknown encoding: " + enc, Filename: filename}
		}
	}
	out, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return nil, &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s", enc), Filename: filename}
	}
	return out, nil
}

func badUTF8(filename string, src []byte) *Error {
	line, lineStart := 1, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Error{Kind: "SyntaxError", Filename: filename, Lineno: line, Offset: i - lineStart + 1,
				Msg:  fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i-lineStart),
				Text: strings.ToValidUTF8(lineText(src, i), "\uFFFD")}
		}
		if src[i] == '\n' {
			line++
			lineStart = i + 1
		}
		i += size
	}
	return nil
}
