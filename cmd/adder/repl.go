// This file implements the interactive prompt that "adder" with no
// arguments starts on a terminal: python3's ">>> " and "... " prompts,
// continuation decided by shell.IsComplete (a compound statement ends at a
// blank line), IPython syntax (%magics, !cmd, obj?) through
// Shell.Transform, Tab completion from shell.Complete, persistent
// history from the history package (up/down arrows recall earlier
// sessions' inputs), top-level await, and CPython's plain-text tracebacks.
//
// The line editor puts the terminal in raw mode only while a line is being
// read (termios through the syscall package), so programs see a normal
// terminal while they run and Ctrl-C raises KeyboardInterrupt in them.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"unicode/utf8"
	"unsafe"

	"adder/display"
	"adder/history"
	"adder/install"
	"adder/interp"
	"adder/interp/py"
	"adder/shell"
)

func init() { interactiveHook = runREPL }

// errInterrupted is returned by a line reader when Ctrl-C is typed.
var errInterrupted = errors.New("interrupted")

// A lineReader reads one line of input after showing prompt.
type lineReader interface {
	ReadLine(prompt string) (string, error)
}

// runREPL runs the prompt on the process's terminal.
func runREPL() int {
	var rd lineReader
	r := &repl{out: os.Stdout, errOut: os.Stderr}
	if ed, err := newEditor(int(os.Stdin.Fd()), os.Stdout); err == nil {
		ed.complete = r.complete
		rd = ed
		r.editor = ed
	} else {
		rd = &plainReader{in: bufio.NewReader(os.Stdin), out: os.Stdout}
	}
	return r.run(rd)
}

// repl is one interactive session.
type repl struct {
	out, errOut io.Writer
	s           *interp.Session
	sh          *shell.Shell
	hist        *history.Store
	editor      *editor
	buffer      string // lines of the statement being entered
	count       int    // executed inputs, the history line number
}

func (r *repl) run(rd lineReader) int {
	r.s = interp.NewSession(interp.Options{Stdout: r.out, Stderr: r.errOut, Stdin: os.Stdin, Argv: []string{""}, TopLevelAwait: true})
	var sh *shell.Shell
	err := r.s.Do(func() (err error) {
		sh, err = shell.New(r.s)
		return err
	})
	if err != nil {
		fmt.Fprintf(r.errOut, "adder: starting the shell: %v\n", err)
		return 1
	}
	r.sh = sh
	sh.Stdout, sh.Stderr = r.out, r.errOut
	sh.Page = func(p map[string]any) {
		if d, ok := p["data"].(map[string]any); ok {
			if text, ok := d["text/plain"].(string); ok {
				fmt.Fprint(r.out, text)
			}
		}
	}
	sh.Display = func(data map[string]any) {
		if text, ok := data["text/plain"].(string); ok {
			fmt.Fprintln(r.out, text)
		}
	}
	if h, err := history.Open(install.FromEnv()); err == nil {
		r.hist = h
		if r.editor != nil {
			if past, err := h.Tail(1000); err == nil {
				for _, e := range past {
					r.editor.history = append(r.editor.history, e.Input)
				}
			}
		}
	} else {
		fmt.Fprintf(r.errOut, "adder: history disabled: %v\n", err)
	}

	// Ctrl-C while code runs interrupts it; while reading, the editor sees
	// it as a key (raw mode) or the plain reader gets the signal.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			r.s.Interrupt()
		}
	}()

	fmt.Fprintf(r.out, "adder %s (Python %s)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", version, strings.Fields(py.VersionString)[0])
	for {
		prompt := ">>> "
		if r.buffer != "" {
			prompt = "... "
		}
		line, err := rd.ReadLine(prompt)
		switch {
		case errors.Is(err, errInterrupted):
			fmt.Fprint(r.out, "\nKeyboardInterrupt\n")
			r.buffer = ""
			continue
		case err != nil:
			fmt.Fprintln(r.out)
			return 0
		}
		if status, done := r.feed(line); done {
			return status
		}
	}
}

// feed adds a line to the statement being entered and runs the statement
// when it is complete. done is set when the program should exit (SystemExit).
func (r *repl) feed(line string) (status int, done bool) {
	if r.buffer == "" && strings.TrimSpace(line) == "" {
		return 0, false
	}
	if r.buffer != "" {
		r.buffer += "\n"
	}
	r.buffer += line
	check := r.buffer
	if strings.TrimSpace(line) == "" {
		check += "\n" // a blank line closes an indented block
	}
	if st, _ := shell.IsComplete(check); st == shell.StatusIncomplete {
		return 0, false
	}
	src := r.buffer
	r.buffer = ""
	return r.execute(src)
}

// execute runs one complete input and prints its value or its error.
func (r *repl) execute(src string) (int, bool) {
	r.count++
	src = strings.TrimRight(src, "\n")
	if r.hist != nil {
		_ = r.hist.StoreInput(r.count, src)
	}
	if r.editor != nil {
		r.editor.history = append(r.editor.history, src)
	}
	var code string
	r.s.Do(func() error {
		r.sh.SetExecutionCount(r.count)
		r.sh.RecordInput(r.count, src)
		code = r.sh.Transform(src)
		return nil
	})
	v, err := r.s.ExecCell(code)
	if err != nil {
		if msg, ok := shell.IsUsageError(err); ok {
			fmt.Fprint(r.errOut, msg)
			return 0, false
		}
		if code, msg, isExit := interp.ExitStatus(err); isExit {
			if msg != "" {
				fmt.Fprintln(r.errOut, msg)
			}
			return code, true
		}
		r.traceback(err)
		return 0, false
	}
	if v.IsValid() && !v.IsNone() {
		var text string
		rerr := r.s.Do(func() error {
			var err error
			text, err = py.ReprString(v)
			if err == nil {
				py.BuiltinsDict.SetStr("_", v)
			}
			return err
		})
		if rerr != nil {
			r.traceback(rerr)
		} else {
			fmt.Fprintln(r.out, text)
		}
	}
	return 0, false
}

// traceback prints err as CPython's plain-text traceback (no colours, as
// python3 prints on a terminal too).
func (r *repl) traceback(err error) {
	exc := py.AsException(err)
	if exc == nil {
		fmt.Fprintf(r.errOut, "%v\n", err)
		return
	}
	var text string
	_ = r.s.Do(func() error {
		d := display.FromPy(exc, func(filename string) ([]string, int) { return r.s.Source(filename), 0 })
		text = display.PlainTraceback(d)
		return nil
	})
	fmt.Fprint(r.errOut, text)
}

// complete is the editor's Tab handler: completions for the statement
// entered so far plus the current line up to the cursor.
func (r *repl) complete(line string, cursor int) (start int, matches []string) {
	prefix := ""
	if r.buffer != "" {
		prefix = r.buffer + "\n"
	}
	code := prefix + string([]rune(line)[:cursor])
	var res shell.CompleteResult
	_ = r.s.Do(func() error {
		res = r.sh.Complete(code, utf8.RuneCountInString(code))
		return nil
	})
	return res.CursorStart - utf8.RuneCountInString(prefix), res.Matches
}

// plainReader reads lines from a non-terminal, echoing the prompt.
type plainReader struct {
	in  *bufio.Reader
	out io.Writer
}

func (p *plainReader) ReadLine(prompt string) (string, error) {
	fmt.Fprint(p.out, prompt)
	line, err := p.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// editor is a small line editor over a raw-mode terminal: cursor keys,
// Home/End, Ctrl-A/E/K/U/W, history with up/down, Tab completion.
type editor struct {
	fd       int
	out      io.Writer
	history  []string
	complete func(line string, cursor int) (start int, matches []string)
}

func newEditor(fd int, out io.Writer) (*editor, error) {
	if _, err := getTermios(fd); err != nil {
		return nil, err
	}
	return &editor{fd: fd, out: out}, nil
}

func getTermios(fd int) (*syscall.Termios, error) {
	var t syscall.Termios
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t))); e != 0 {
		return nil, e
	}
	return &t, nil
}

func setTermios(fd int, t *syscall.Termios) error {
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCSETS, uintptr(unsafe.Pointer(t))); e != 0 {
		return e
	}
	return nil
}

// ReadLine reads one line in raw mode, restoring the terminal after.
func (e *editor) ReadLine(prompt string) (string, error) {
	old, err := getTermios(e.fd)
	if err != nil {
		return "", err
	}
	raw := *old
	raw.Iflag &^= syscall.IGNBRK | syscall.BRKINT | syscall.PARMRK | syscall.ISTRIP | syscall.INLCR | syscall.IGNCR | syscall.ICRNL | syscall.IXON
	raw.Lflag &^= syscall.ECHO | syscall.ECHONL | syscall.ICANON | syscall.ISIG | syscall.IEXTEN
	raw.Cflag &^= syscall.CSIZE | syscall.PARENB
	raw.Cflag |= syscall.CS8
	raw.Cc[syscall.VMIN], raw.Cc[syscall.VTIME] = 1, 0
	if err := setTermios(e.fd, &raw); err != nil {
		return "", err
	}
	defer setTermios(e.fd, old)
	return e.edit(prompt, byteReader{e.fd})
}

// byteReader reads single bytes from a file descriptor.
type byteReader struct{ fd int }

func (b byteReader) ReadByte() (byte, error) {
	var buf [1]byte
	for {
		n, err := syscall.Read(b.fd, buf[:])
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return buf[0], nil
	}
}

// edit runs the editing loop on keys from in (separate from the terminal
// so tests can drive it).
func (e *editor) edit(prompt string, in io.ByteReader) (string, error) {
	var line []rune
	pos := 0
	histPos := len(e.history)
	saved := ""
	lastTab := false
	redraw := func() {
		tail := len(line) - pos
		fmt.Fprintf(e.out, "\r%s%s\x1b[K", prompt, string(line))
		if tail > 0 {
			fmt.Fprintf(e.out, "\x1b[%dD", tail)
		}
	}
	redraw()
	for {
		c, err := in.ReadByte()
		if err != nil {
			return "", err
		}
		tab := false
		switch c {
		case '\r', '\n':
			fmt.Fprint(e.out, "\r\n")
			return string(line), nil
		case 3: // Ctrl-C
			return "", errInterrupted
		case 4: // Ctrl-D: end of input on an empty line, else delete
			if len(line) == 0 {
				return "", io.EOF
			}
			if pos < len(line) {
				line = append(line[:pos], line[pos+1:]...)
			}
		case 1: // Ctrl-A
			pos = 0
		case 5: // Ctrl-E
			pos = len(line)
		case 2: // Ctrl-B
			pos = max(pos-1, 0)
		case 6: // Ctrl-F
			pos = min(pos+1, len(line))
		case 11: // Ctrl-K
			line = line[:pos]
		case 21: // Ctrl-U
			line = append([]rune{}, line[pos:]...)
			pos = 0
		case 23: // Ctrl-W: delete the word before the cursor
			i := pos
			for i > 0 && line[i-1] == ' ' {
				i--
			}
			for i > 0 && line[i-1] != ' ' {
				i--
			}
			line = append(line[:i], line[pos:]...)
			pos = i
		case 12: // Ctrl-L
			fmt.Fprint(e.out, "\x1b[H\x1b[2J")
		case 127, 8: // Backspace
			if pos > 0 {
				line = append(line[:pos-1], line[pos:]...)
				pos--
			}
		case 16, 14: // Ctrl-P, Ctrl-N
			line, pos, histPos, saved = e.recall(c == 16, line, histPos, saved)
		case 9: // Tab
			tab = true
			if strings.TrimSpace(string(line[:pos])) == "" {
				line = append(line[:pos], append([]rune("    "), line[pos:]...)...)
				pos += 4
				break
			}
			line, pos = e.tab(prompt, line, pos, lastTab)
		case 27: // escape sequences
			b1, _ := in.ReadByte()
			b2, _ := in.ReadByte()
			if b1 != '[' && b1 != 'O' {
				break
			}
			switch b2 {
			case 'A':
				line, pos, histPos, saved = e.recall(true, line, histPos, saved)
			case 'B':
				line, pos, histPos, saved = e.recall(false, line, histPos, saved)
			case 'C':
				pos = min(pos+1, len(line))
			case 'D':
				pos = max(pos-1, 0)
			case 'H':
				pos = 0
			case 'F':
				pos = len(line)
			case '3':
				if b, _ := in.ReadByte(); b == '~' && pos < len(line) {
					line = append(line[:pos], line[pos+1:]...)
				}
			}
		default:
			if c < 32 {
				break
			}
			r := rune(c)
			if c >= utf8.RuneSelf {
				buf := []byte{c}
				for !utf8.FullRune(buf) && len(buf) < 4 {
					b, err := in.ReadByte()
					if err != nil {
						break
					}
					buf = append(buf, b)
				}
				r, _ = utf8.DecodeRune(buf)
			}
			line = append(line[:pos], append([]rune{r}, line[pos:]...)...)
			pos++
		}
		lastTab = tab
		redraw()
	}
}

// recall moves through the history (up: older). The line being edited is
// kept and comes back past the newest entry.
func (e *editor) recall(up bool, line []rune, histPos int, saved string) ([]rune, int, int, string) {
	if histPos == len(e.history) {
		saved = string(line)
	}
	switch {
	case up && histPos > 0:
		histPos--
	case !up && histPos < len(e.history):
		histPos++
	default:
		return line, len(line), histPos, saved
	}
	text := saved
	if histPos < len(e.history) {
		text = e.history[histPos]
	}
	// This editor edits one line: a multi-line entry comes back with its
	// lines joined by "; ", which runs the same for simple statements.
	text = strings.ReplaceAll(text, "\n", "; ")
	l := []rune(text)
	return l, len(l), histPos, saved
}

// tab completes at the cursor: one match is inserted, several insert their
// common prefix, and a second Tab lists them.
func (e *editor) tab(prompt string, line []rune, pos int, again bool) ([]rune, int) {
	if e.complete == nil {
		return line, pos
	}
	start, matches := e.complete(string(line), pos)
	if len(matches) == 0 || start < 0 || start > pos {
		return line, pos
	}
	replace := func(text string) ([]rune, int) {
		nl := append(append(append([]rune{}, line[:start]...), []rune(text)...), line[pos:]...)
		return nl, start + utf8.RuneCountInString(text)
	}
	if len(matches) == 1 {
		return replace(matches[0])
	}
	common := matches[0]
	for _, m := range matches[1:] {
		for !strings.HasPrefix(m, common) {
			_, size := utf8.DecodeLastRuneInString(common)
			common = common[:len(common)-size]
		}
	}
	if utf8.RuneCountInString(common) > pos-start {
		return replace(common)
	}
	if again {
		e.listMatches(matches)
	}
	return line, pos
}

// listMatches prints candidates in columns under the line.
func (e *editor) listMatches(matches []string) {
	sorted := append([]string{}, matches...)
	sort.Strings(sorted)
	width := 0
	for _, m := range sorted {
		width = max(width, utf8.RuneCountInString(m))
	}
	width += 2
	cols := max(80/width, 1)
	fmt.Fprint(e.out, "\r\n")
	for i, m := range sorted {
		fmt.Fprint(e.out, m+strings.Repeat(" ", width-utf8.RuneCountInString(m)))
		if (i+1)%cols == 0 || i == len(sorted)-1 {
			fmt.Fprint(e.out, "\r\n")
		}
	}
}
