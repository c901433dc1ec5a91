// Package history keeps adder's input (and optional output) history across
// kernel restarts, and answers the queries of Jupyter's history_request the
// way IPython's HistoryManager does (tail, range, search).
//
// # Storage
//
// One append-only file of JSON lines per user, history.jsonl in
// <Jupyter data dir>/adder/ (the directory install.Env.UserDataDir resolves,
// so JUPYTER_DATA_DIR and XDG_DATA_HOME apply). Each line is one record:
//
//	{"t":"session","s":3,"start":"2026-11-21T17:00:00Z"}   a session began
//	{"t":"in","s":3,"n":1,"src":"x = 1"}                     input line 1
//	{"t":"out","s":3,"n":1,"out":"1"}                         its output
//
// Every write takes an exclusive flock on the file, appends whole lines and
// releases it; readers take a shared lock. Two kernels writing at once
// therefore never interleave records, and a new session number is allocated
// (max seen + 1) under the same lock, so two kernels never share one.
// Unparseable lines (a crash mid-write on a filesystem without flock) are
// skipped. Sessions are numbered from 1.
package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"adder/install"
)

// FileName is the history file's name inside Dir.
const FileName = "history.jsonl"

// Dir is where the history of the user described by env lives.
func Dir(env install.Env) string {
	return filepath.Join(env.UserDataDir(), "adder")
}

// record is one line of the file.
type record struct {
	T     string `json:"t"`
	S     int    `json:"s"`
	N     int    `json:"n,omitempty"`
	Src   string `json:"src,omitempty"`
	Out   string `json:"out,omitempty"`
	Start string `json:"start,omitempty"`
}

// A Store is one kernel session's view of the history file: it appends this
// session's inputs and outputs and reads every session's. Its methods are
// safe for concurrent use.
type Store struct {
	path    string
	session int

	mu      sync.Mutex
	inputs  []string       // this session's inputs by line number; [0] is ""
	outputs map[int]string // this session's outputs by line number
}

// Open starts a new session in the history file of the user described by
// env, creating the directory if needed.
func Open(env install.Env) (*Store, error) {
	return OpenFile(filepath.Join(Dir(env), FileName))
}

// OpenFile starts a new session in the history file at path.
func OpenFile(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("history: create directory: %w", err)
	}
	s := &Store{path: path, inputs: []string{""}, outputs: map[int]string{}}
	err := s.withFile(os.O_RDWR|os.O_CREATE|os.O_APPEND, syscall.LOCK_EX, func(f *os.File) error {
		last, err := lastSession(f)
		if err != nil {
			return err
		}
		s.session = last + 1
		return appendRecord(f, record{T: "session", S: s.session, Start: time.Now().UTC().Format(time.RFC3339)})
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Memory returns a store that keeps this session's history in memory
// only, reading and writing no file: for tests, and for a kernel whose data
// directory cannot be written.
func Memory() *Store {
	return &Store{session: 1, inputs: []string{""}, outputs: map[int]string{}}
}

// Session is this store's session number.
func (s *Store) Session() int { return s.session }

// Path is the history file ("" for a Memory store).
func (s *Store) Path() string { return s.path }

// StoreInput records the source of input line n (the execution count).
func (s *Store) StoreInput(n int, source string) error {
	if n <= 0 {
		return fmt.Errorf("history: input line %d: line numbers start at 1", n)
	}
	s.mu.Lock()
	for len(s.inputs) <= n {
		s.inputs = append(s.inputs, "")
	}
	s.inputs[n] = source
	s.mu.Unlock()
	return s.write(record{T: "in", S: s.session, N: n, Src: source})
}

// StoreOutput records the text/plain output of line n.
func (s *Store) StoreOutput(n int, output string) error {
	s.mu.Lock()
	s.outputs[n] = output
	s.mu.Unlock()
	return s.write(record{T: "out", S: s.session, N: n, Out: output})
}

func (s *Store) write(r record) error {
	if s.path == "" {
		return nil
	}
	return s.withFile(os.O_WRONLY|os.O_CREATE|os.O_APPEND, syscall.LOCK_EX, func(f *os.File) error {
		return appendRecord(f, r)
	})
}

// withFile opens the history file, holds a flock of kind how while fn runs,
// and closes it.
func (s *Store) withFile(flag, how int, fn func(*os.File) error) error {
	f, err := os.OpenFile(s.path, flag, 0o600)
	if err != nil {
		return fmt.Errorf("history: open %s: %w", s.path, err)
	}
	defer f.Close()
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("history: lock %s: %w", s.path, err)
	}
	defer syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	if err := fn(f); err != nil {
		return fmt.Errorf("history: %s: %w", s.path, err)
	}
	return nil
}

// appendRecord writes r as one line with a single write call.
func appendRecord(f *os.File, r record) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = f.Write(append(data, '\n'))
	return err
}

// lastSession returns the highest session number in f. Session numbers
// are allocated in file order (max + 1, under the lock), so the last
// session record holds it, and every later record has one no higher: only
// the tail up to that record is read, not a history of years.
func lastSession(f *os.File) (int, error) {
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := st.Size()
	for window := int64(64 << 10); ; window *= 4 {
		start := max(size-window, 0)
		buf := make([]byte, size-start)
		if _, err := f.ReadAt(buf, start); err != nil {
			return 0, err
		}
		lines := bytes.Split(buf, []byte{'\n'})
		if start > 0 {
			lines = lines[1:] // the first line may be cut
		}
		last, seen := 0, false
		for _, line := range lines {
			var r record
			if json.Unmarshal(line, &r) == nil && r.S > 0 {
				last = max(last, r.S)
				seen = seen || r.T == "session"
			}
		}
		if seen || start == 0 {
			return last, nil
		}
	}
}

// scan calls fn for each well-formed record of f, from the start.
func scan(f *os.File, fn func(record)) error {
	if _, err := f.Seek(0, 0); err != nil {
		return err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<30)
	for sc.Scan() {
		var r record
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.S > 0 {
			fn(r)
		}
	}
	return sc.Err()
}
