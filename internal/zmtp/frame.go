// This file reads and writes ZMTP 3 messages after the handshake. zmq4 does
// the handshake only: its own frame I/O writes each frame header and body
// with separate system calls and answers PING from the reading goroutine,
// which could interleave with a message being written by another.

package zmtp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
)

const (
	flagMore    = 0x1
	flagLong    = 0x2
	flagCommand = 0x4
)

// appendFrame appends one frame with its header to buf.
func appendFrame(buf []byte, flags byte, body []byte) []byte {
	if len(body) > 255 {
		buf = append(buf, flags|flagLong)
		buf = binary.BigEndian.AppendUint64(buf, uint64(len(body)))
	} else {
		buf = append(buf, flags, byte(len(body)))
	}
	return append(buf, body...)
}

// encodeMsg lays frames out as one buffer, so a message costs one write.
func encodeMsg(frames [][]byte) []byte {
	n := 0
	for _, f := range frames {
		n += 9 + len(f)
	}
	buf := make([]byte, 0, n)
	for i, f := range frames {
		var fl byte
		if i < len(frames)-1 {
			fl = flagMore
		}
		buf = appendFrame(buf, fl, f)
	}
	return buf
}

// encodeCommand lays out a command frame (name length, name, data).
func encodeCommand(name string, data []byte) []byte {
	body := make([]byte, 0, 1+len(name)+len(data))
	body = append(body, byte(len(name)))
	body = append(body, name...)
	body = append(body, data...)
	return appendFrame(nil, flagCommand, body)
}

var errBadCommand = errors.New("zmtp: malformed command")

// readMsg reads one message, or one command (cmd non-empty, frames holding
// its data). guardConn has already checked sizes as the bytes arrived;
// maxFrame is checked again so this function is safe on its own.
func readMsg(r *bufio.Reader, maxFrame uint64) (frames [][]byte, cmd string, err error) {
	for {
		fl, err := r.ReadByte()
		if err != nil {
			return nil, "", err
		}
		var size uint64
		if fl&flagLong != 0 {
			var b [8]byte
			if _, err := io.ReadFull(r, b[:]); err != nil {
				return nil, "", err
			}
			size = binary.BigEndian.Uint64(b[:])
		} else {
			b, err := r.ReadByte()
			if err != nil {
				return nil, "", err
			}
			size = uint64(b)
		}
		if size > maxFrame {
			return nil, "", &FrameTooLargeError{Size: size, Limit: maxFrame}
		}
		body := make([]byte, size)
		if _, err := io.ReadFull(r, body); err != nil {
			return nil, "", err
		}
		if fl&flagCommand != 0 {
			if len(body) == 0 || int(body[0]) > len(body)-1 {
				return nil, "", errBadCommand
			}
			n := int(body[0])
			return [][]byte{body[1+n:]}, string(body[1 : 1+n]), nil
		}
		frames = append(frames, body)
		if fl&flagMore == 0 {
			return frames, "", nil
		}
	}
}

// pongFor answers a PING command's data (TTL, then context) with PONG.
func pongFor(ping []byte) []byte {
	var ctx []byte
	if len(ping) >= 2 {
		ctx = ping[2:]
	}
	return encodeCommand("PONG", ctx)
}
