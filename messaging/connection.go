// This file reads connection files and turns them into socket addresses.

package messaging

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

// ConnectionInfo is the content of a kernel connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile parses the connection file at path.
func ReadConnectionFile(path string) (*ConnectionInfo, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read connection file: %w", err)
	}
	return ParseConnectionInfo(b)
}

// ParseConnectionInfo parses connection-file JSON and fills defaults
// (tcp, 127.0.0.1, hmac-sha256).
func ParseConnectionInfo(b []byte) (*ConnectionInfo, error) {
	var c ConnectionInfo
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("parse connection file: %w", err)
	}
	if c.Transport == "" {
		c.Transport = "tcp"
	}
	if c.IP == "" {
		c.IP = "127.0.0.1"
	}
	if c.SignatureScheme == "" {
		c.SignatureScheme = "hmac-sha256"
	}
	if c.Transport != "tcp" && c.Transport != "ipc" {
		return nil, fmt.Errorf("parse connection file: unsupported transport %q", c.Transport)
	}
	return &c, nil
}

// Addr returns the Go network ("tcp" or "unix") and address for a port.
// For ipc, jupyter's convention is the path "<ip>-<port>".
func (c *ConnectionInfo) Addr(port int) (network, address string) {
	if c.Transport == "ipc" {
		return "unix", c.IP + "-" + strconv.Itoa(port)
	}
	return "tcp", netJoin(c.IP, port)
}

func netJoin(ip string, port int) string {
	if ip == "*" || ip == "0.0.0.0" {
		ip = ""
	}
	for i := 0; i < len(ip); i++ {
		if ip[i] == ':' { // IPv6 literal
			return "[" + ip + "]:" + strconv.Itoa(port)
		}
	}
	return ip + ":" + strconv.Itoa(port)
}

// Write stores c as JSON at path with owner-only permissions.
func (c *ConnectionInfo) Write(path string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return fmt.Errorf("write connection file: %w", err)
	}
	return nil
}
