// This file implements _adder_zlib, the Go half of zlib and gzip: DEFLATE
// in its raw, zlib and gzip wrappings (selected by wbits as in zlib) on
// Go's compress/flate, compress/zlib and compress/gzip, plus crc32 and
// adler32. The compressed bytes are valid DEFLATE but not byte-identical
// to CPython's (a different encoder); decompression accepts any stream.

package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"io"

	"adder/interp/py"
)

// zError makes a zlib.error; the class lives in the Python half and is
// handed over by zlib.py at import (set_error).
var zErrorClass py.Value

func zError(format string, args ...any) error {
	if !zErrorClass.IsValid() {
		return py.Errorf(py.ValueErrorType, format, args...)
	}
	v, err := py.Call(zErrorClass, []py.Value{py.StrValue(fmt.Sprintf(format, args...))}, nil)
	if err != nil {
		return err
	}
	return v.Object().(error)
}

// wrapping reads wbits as zlib does: 9..15 zlib, -9..-15 raw, 25..31 gzip,
// 40..47 (decompression only) zlib or gzip by the header.
func wrapping(wbits int64, decompress bool) (string, error) {
	switch {
	case wbits == 0 && decompress, wbits >= 8 && wbits <= 15:
		return "zlib", nil
	case wbits <= -8 && wbits >= -15:
		return "raw", nil
	case wbits >= 24 && wbits <= 31:
		return "gzip", nil
	case wbits >= 40 && wbits <= 47 && decompress:
		return "auto", nil
	}
	if decompress {
		return "", zError("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	return "", py.Errorf(py.ValueErrorType, "Invalid initialization option")
}

type compressor struct {
	buf bytes.Buffer
	w   interface {
		io.WriteCloser
		Flush() error
	}
	done bool
}

var (
	compressors = map[int]*compressor{}
	nextComp    = 1
)

func newCompressor(level int, kind string, zdict []byte) (*compressor, error) {
	c := &compressor{}
	var err error
	switch kind {
	case "zlib":
		if zdict != nil {
			c.w, err = zlib.NewWriterLevelDict(&c.buf, level, zdict)
		} else {
			c.w, err = zlib.NewWriterLevel(&c.buf, level)
		}
	case "raw":
		if zdict != nil {
			c.w, err = flate.NewWriterDict(&c.buf, level, zdict)
		} else {
			c.w, err = flate.NewWriter(&c.buf, level)
		}
	case "gzip":
		c.w, err = gzip.NewWriterLevel(&c.buf, level)
	}
	if err != nil {
		return nil, zError("Bad compression level")
	}
	return c, nil
}

func (c *compressor) take() py.Value {
	out := py.NewBytes(c.buf.String())
	c.buf.Reset()
	return out
}

// inflate decompresses data completely or as far as it goes: it returns
// the output, the number of input bytes the stream used, and whether the
// stream ended (false: the input was cut short).
func inflate(data []byte, kind string) (out []byte, used int, eof bool, err error) {
	r := bytes.NewReader(data)
	if kind == "auto" {
		kind = "zlib"
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			kind = "gzip"
		}
	}
	var rc io.Reader
	switch kind {
	case "zlib":
		z, zerr := zlib.NewReader(r)
		if zerr != nil {
			if errors.Is(zerr, io.ErrUnexpectedEOF) || errors.Is(zerr, io.EOF) {
				return nil, 0, false, nil
			}
			return nil, 0, false, zError("Error -3 while decompressing data: incorrect header check")
		}
		rc = z
	case "raw":
		rc = flate.NewReader(r)
	case "gzip":
		g, gerr := gzip.NewReader(r)
		if gerr != nil {
			if errors.Is(gerr, io.ErrUnexpectedEOF) || errors.Is(gerr, io.EOF) {
				return nil, 0, false, nil
			}
			return nil, 0, false, zError("Error -3 while decompressing data: incorrect header check")
		}
		g.Multistream(false)
		rc = g
	}
	var buf bytes.Buffer
	_, err = io.Copy(&buf, rc)
	used = len(data) - r.Len()
	switch {
	case err == nil:
		return buf.Bytes(), used, true, nil
	case errors.Is(err, io.ErrUnexpectedEOF):
		return buf.Bytes(), used, false, nil
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return buf.Bytes(), used, false, zError("Error -3 while decompressing data: incorrect data check")
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return buf.Bytes(), used, false, zError("Error -3 while decompressing data: invalid block type")
	}
	return buf.Bytes(), used, false, zError("Error -3 while decompressing data: %s", err.Error())
}

func zBytesArg(fname string, v py.Value) ([]byte, error) {
	if b, ok := py.AsBytes(v); ok {
		return []byte(b), nil
	}
	// bytearray, memoryview and other buffers go through bytes().
	b, err := py.Call(py.ObjectValue(py.BytesType), []py.Value{v}, nil)
	if err != nil {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	s, _ := py.AsBytes(b)
	return []byte(s), nil
}

var zlibFuncs = map[string]py.Func{
	"set_error": func(args []py.Value, kw []string) (py.Value, error) {
		zErrorClass = args[0]
		return py.None, nil
	},
	"crc32": func(args []py.Value, kw []string) (py.Value, error) {
		data, err := zBytesArg("crc32", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(crc32.Update(uint32(args[1].AsInt()), crc32.IEEETable, data))), nil
	},
	"adler32": func(args []py.Value, kw []string) (py.Value, error) {
		data, err := zBytesArg("adler32", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(adler32Update(uint32(args[1].AsInt()), data))), nil
	},
	// compressor(level, wbits, zdict or None) -> handle
	"compressor": func(args []py.Value, kw []string) (py.Value, error) {
		level := int(args[0].AsInt())
		if level < -1 || level > 9 {
			return py.Value{}, zError("Bad compression level")
		}
		kind, err := wrapping(args[1].AsInt(), false)
		if err != nil {
			return py.Value{}, err
		}
		var zdict []byte
		if !args[2].IsNone() {
			if zdict, err = zBytesArg("zdict", args[2]); err != nil {
				return py.Value{}, err
			}
		}
		c, err := newCompressor(level, kind, zdict)
		if err != nil {
			return py.Value{}, err
		}
		h := nextComp
		nextComp++
		compressors[h] = c
		return py.Int(int64(h)), nil
	},
	"compress": func(args []py.Value, kw []string) (py.Value, error) {
		c, ok := compressors[int(args[0].AsInt())]
		if !ok || c.done {
			return py.Value{}, zError("Error -2 while compressing data: inconsistent stream state")
		}
		data, err := zBytesArg("compress", args[1])
		if err != nil {
			return py.Value{}, err
		}
		_, _ = c.w.Write(data)
		return c.take(), nil
	},
	// flush(h, mode): 4 (Z_FINISH) ends the stream; 2, 3 flush it.
	"flush": func(args []py.Value, kw []string) (py.Value, error) {
		h := int(args[0].AsInt())
		c, ok := compressors[h]
		if !ok || c.done {
			return py.Value{}, zError("Error -2 while flushing: inconsistent stream state")
		}
		switch args[1].AsInt() {
		case 0:
		case 4:
			_ = c.w.Close()
			c.done = true
			delete(compressors, h)
		default:
			_ = c.w.Flush()
		}
		return c.take(), nil
	},
	// inflate(data, wbits) -> (output, used, eof)
	"inflate": func(args []py.Value, kw []string) (py.Value, error) {
		data, err := zBytesArg("decompress", args[0])
		if err != nil {
			return py.Value{}, err
		}
		kind, err := wrapping(args[1].AsInt(), true)
		if err != nil {
			return py.Value{}, err
		}
		out, used, eof, err := inflate(data, kind)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewTuple(py.NewBytes(string(out)), py.Int(int64(used)), py.Bool(eof)), nil
	},
}

// adler32Update continues an Adler-32 checksum from value.
func adler32Update(value uint32, data []byte) uint32 {
	if value == 1 {
		return adler32.Checksum(data)
	}
	const mod = 65521
	a, b := value&0xffff, value>>16
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func init() {
	registerGoModule("_adder_zlib", "DEFLATE compression for zlib and gzip (adder).", func(d *py.Dict) {
		for name, fn := range zlibFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
