// This file defines nullSecurity, the ZMTP NULL mechanism. zmq4 keeps its own
// unexported; this one also parses the peer's READY metadata with bounds
// checks (zmq4's parser indexes past the end of a short property).

package zmtp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-zeromq/zmq4"
)

type nullSecurity struct{}

func (nullSecurity) Type() zmq4.SecurityType { return zmq4.NullSecurity }

func (nullSecurity) Handshake(conn *zmq4.Conn, server bool) error {
	raw, err := conn.Meta.MarshalZMTP()
	if err != nil {
		return fmt.Errorf("marshal metadata: %w", err)
	}
	if err := conn.SendCmd(zmq4.CmdReady, raw); err != nil {
		return fmt.Errorf("send READY: %w", err)
	}
	cmd, err := conn.RecvCmd()
	if err != nil {
		return fmt.Errorf("recv READY: %w", err)
	}
	if cmd.Name != zmq4.CmdReady {
		return fmt.Errorf("expected READY, got %q", cmd.Name)
	}
	return parseMetadata(cmd.Body, conn.Peer.Meta)
}

var errBadMetadata = errors.New("malformed READY metadata")

// parseMetadata decodes ZMTP properties (1-byte name length, name, 4-byte
// value length, value) into md, keyed like zmq4 does ("Socket-Type", "Identity").
func parseMetadata(b []byte, md zmq4.Metadata) error {
	for len(b) > 0 {
		n := int(b[0])
		if len(b) < 1+n+4 {
			return errBadMetadata
		}
		name := string(b[1 : 1+n])
		v := binary.BigEndian.Uint32(b[1+n:])
		b = b[1+n+4:]
		if uint64(v) > uint64(len(b)) {
			return errBadMetadata
		}
		md[canonicalName(name)] = string(b[:v])
		b = b[v:]
	}
	return nil
}

// canonicalName title-cases each dash-separated word: "socket-type" -> "Socket-Type".
func canonicalName(s string) string {
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

func (nullSecurity) Encrypt(w io.Writer, data []byte) (int, error) { return w.Write(data) }
func (nullSecurity) Decrypt(w io.Writer, data []byte) (int, error) { return w.Write(data) }
