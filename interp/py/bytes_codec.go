package py

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file implements str.encode and bytes.decode for the codecs adder
// supports (utf-8, ascii, latin-1, utf-16 and utf-32 with explicit byte
// order) and the common error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape for decoding).

// normEncoding canonicalises an encoding name; "" means unknown.
func normEncoding(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.ReplaceAll(n, "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin", "8859", "cp819":
		return "latin-1"
	case "utf-16-le", "utf-16le", "utf16le":
		return "utf-16-le"
	case "utf-16-be", "utf-16be", "utf16be":
		return "utf-16-be"
	case "utf-16", "utf16":
		return "utf-16"
	case "utf-32-le", "utf-32le":
		return "utf-32-le"
	case "utf-32-be", "utf-32be":
		return "utf-32-be"
	case "utf-32", "utf32":
		return "utf-32"
	}
	return ""
}

func codecArgs(enc, errs Value, fname string) (string, string, error) {
	e, h := "utf-8", "strict"
	if enc.IsValid() {
		s, ok := AsStr(enc)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, argTypeName(enc))
		}
		e = normEncoding(s)
		if e == "" {
			return "", "", Errorf(LookupErrorType, "unknown encoding: %s", s)
		}
	}
	if errs.IsValid() {
		s, ok := AsStr(errs)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, argTypeName(errs))
		}
		h = s
	}
	return e, h, nil
}

func str_encode(self Value, args []Value, kw []string) (Value, error) {
	var enc, errs Value
	if err := UnpackArgs("encode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return Value{}, err
	}
	s, err := encodeString(strSelf(self), enc, errs)
	if err != nil {
		if IsInstanceError(err, LookupErrorType) {
			if r, ok, rerr := registryCodec(enc, errs, self, true); ok {
				return r, rerr
			}
		}
		return Value{}, err
	}
	return NewBytes(s), nil
}

// encodeString encodes s with the named codec and error handler.
func encodeString(s string, enc, errs Value) (string, error) {
	e, h, err := codecArgs(enc, errs, "encode")
	if err != nil {
		return "", err
	}
	limit := rune(0x10ffff)
	switch e {
	case "utf-8":
		if utf8.ValidString(s) && !hasSurrogates(s) {
			return s, nil
		}
	case "ascii":
		limit = 0x7f
	case "latin-1":
		limit = 0xff
	}
	var b strings.Builder
	pos := 0
	runes := []rune(s)
	for pos < len(runes) {
		r := runes[pos]
		if r <= limit && !(r >= 0xd800 && r < 0xe000) {
			writeEncoded(&b, e, r)
			pos++
			continue
		}
		// An unencodable run: the handler sees it whole.
		end := pos + 1
		for end < len(runes) && (runes[end] > limit || runes[end] >= 0xd800 && runes[end] < 0xe000) {
			end++
		}
		switch h {
		case "strict":
			reason := fmt.Sprintf("ordinal not in range(%d)", limit+1)
			if e != "ascii" && e != "latin-1" {
				reason = "surrogates not allowed"
			}
			if end-pos > 1 {
				return "", newUnicodeError(UnicodeEncodeErrorType, e, StrValue(s), pos, end, reason)
			}
			return "", newUnicodeError(UnicodeEncodeErrorType, e, StrValue(s), pos, pos+1, reason)
		case "ignore":
		case "replace":
			for i := pos; i < end; i++ {
				writeEncoded(&b, e, '?')
			}
		case "backslashreplace":
			for _, c := range runes[pos:end] {
				for _, x := range escapeRune(c) {
					writeEncoded(&b, e, x)
				}
			}
		case "xmlcharrefreplace":
			for _, c := range runes[pos:end] {
				for _, x := range fmt.Sprintf("&#%d;", c) {
					writeEncoded(&b, e, x)
				}
			}
		default:
			return "", Errorf(LookupErrorType, "unknown error handler name '%s'", h)
		}
		pos = end
	}
	return b.String(), nil
}

// escapeRune spells a code point as \xhh, \uhhhh or \Uhhhhhhhh.
func escapeRune(c rune) string {
	switch {
	case c < 0x100:
		return fmt.Sprintf(`\x%02x`, c)
	case c < 0x10000:
		return fmt.Sprintf(`\u%04x`, c)
	}
	return fmt.Sprintf(`\U%08x`, c)
}

func hasSurrogates(s string) bool {
	// WTF-8 lone surrogates are encoded as ED A0..BF xx.
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xed && s[i+1] >= 0xa0 {
			return true
		}
	}
	return false
}

func writeEncoded(b *strings.Builder, enc string, r rune) {
	switch enc {
	case "utf-8":
		b.WriteRune(r)
	case "ascii", "latin-1":
		b.WriteByte(byte(r))
	case "utf-16", "utf-16-le", "utf-16-be":
		be := enc == "utf-16-be"
		if enc == "utf-16" && b.Len() == 0 {
			b.WriteString("\xff\xfe")
		}
		put := func(u uint16) {
			if be {
				b.WriteByte(byte(u >> 8))
				b.WriteByte(byte(u))
			} else {
				b.WriteByte(byte(u))
				b.WriteByte(byte(u >> 8))
			}
		}
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xd800 + (r >> 10)))
			put(uint16(0xdc00 + (r & 0x3ff)))
		} else {
			put(uint16(r))
		}
	case "utf-32", "utf-32-le", "utf-32-be":
		if enc == "utf-32" && b.Len() == 0 {
			b.WriteString("\xff\xfe\x00\x00")
		}
		u := uint32(r)
		if enc == "utf-32-be" {
			b.Write([]byte{byte(u >> 24), byte(u >> 16), byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)})
		}
	}
}

// decodeBytes decodes data with the named codec and error handler.
func decodeBytes(data string, enc, errs Value) (string, error) {
	e, h, err := codecArgs(enc, errs, "decode")
	if err != nil {
		return "", err
	}
	switch e {
	case "latin-1":
		var b strings.Builder
		for i := 0; i < len(data); i++ {
			b.WriteRune(rune(data[i]))
		}
		return b.String(), nil
	case "ascii", "utf-8":
		if e == "utf-8" && utf8.ValidString(data) {
			return data, nil
		}
		if e == "ascii" && strIsASCII(data) {
			return data, nil
		}
		var b strings.Builder
		i := 0
		for i < len(data) {
			c := data[i]
			if c < 0x80 {
				b.WriteByte(c)
				i++
				continue
			}
			size, reason := 1, "ordinal not in range(128)"
			if e == "utf-8" {
				r, n := utf8.DecodeRuneInString(data[i:])
				if r != utf8.RuneError || n > 1 {
					b.WriteRune(r)
					i += n
					continue
				}
				size, reason = utf8BadSequence(data[i:])
			}
			switch h {
			case "strict":
				if size > 1 {
					return "", newUnicodeError(UnicodeDecodeErrorType, e, NewBytes(data), i, i+size, reason)
				}
				return "", newUnicodeError(UnicodeDecodeErrorType, e, NewBytes(data), i, i+1, reason)
			case "ignore":
			case "replace":
				b.WriteRune(0xfffd)
			case "backslashreplace":
				for k := 0; k < size; k++ {
					fmt.Fprintf(&b, `\x%02x`, data[i+k])
				}
			case "surrogateescape":
				for k := 0; k < size; k++ {
					b.WriteString(string([]byte{0xed, 0xb0 | (data[i+k]>>6)&0x3, 0x80 | data[i+k]&0x3f}))
				}
			default:
				return "", Errorf(LookupErrorType, "unknown error handler name '%s'", h)
			}
			i += size
		}
		return b.String(), nil
	case "utf-16", "utf-16-le", "utf-16-be":
		be := e == "utf-16-be"
		if e == "utf-16" && len(data) >= 2 {
			if data[0] == 0xfe && data[1] == 0xff {
				be, data = true, data[2:]
			} else if data[0] == 0xff && data[1] == 0xfe {
				data = data[2:]
			}
		}
		if len(data)%2 != 0 && h == "strict" {
			return "", Errorf(UnicodeDecodeErrorType, "'utf-16-%s' codec can't decode byte 0x%02x in position %d: truncated data", map[bool]string{true: "be", false: "le"}[be], data[len(data)-1], len(data)-1)
		}
		var us []uint16
		for i := 0; i+1 < len(data); i += 2 {
			if be {
				us = append(us, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				us = append(us, uint16(data[i+1])<<8|uint16(data[i]))
			}
		}
		var b strings.Builder
		for i := 0; i < len(us); i++ {
			u := us[i]
			if u >= 0xd800 && u < 0xdc00 && i+1 < len(us) && us[i+1] >= 0xdc00 && us[i+1] < 0xe000 {
				b.WriteRune(rune(u-0xd800)<<10 + rune(us[i+1]-0xdc00) + 0x10000)
				i++
				continue
			}
			b.WriteRune(rune(u))
		}
		return b.String(), nil
	default: // utf-32
		be := e == "utf-32-be"
		if e == "utf-32" && len(data) >= 4 {
			if data[:4] == "\x00\x00\xfe\xff" {
				be, data = true, data[4:]
			} else if data[:4] == "\xff\xfe\x00\x00" {
				data = data[4:]
			}
		}
		var b strings.Builder
		for i := 0; i+3 < len(data); i += 4 {
			var u uint32
			if be {
				u = uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
			} else {
				u = uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
			}
			if u > 0x10ffff {
				return "", Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: code point not in range(0x110000)", e, i, i+3)
			}
			b.WriteRune(rune(u))
		}
		return b.String(), nil
	}
}

// utf8BadSequence returns how many bytes CPython reports as one invalid
// UTF-8 sequence at the start of s, and the reason.
func utf8BadSequence(s string) (int, string) {
	c := s[0]
	var need int
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 2
	case c >= 0xe0 && c <= 0xef:
		need = 3
	case c >= 0xf0 && c <= 0xf4:
		need = 4
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k < need; k++ {
		if k >= len(s) {
			return len(s), "unexpected end of data"
		}
		lo, hi := byte(0x80), byte(0xbf)
		if k == 1 {
			switch c {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if s[k] < lo || s[k] > hi {
			return k, "invalid continuation byte"
		}
	}
	return need, "invalid start byte"
}
