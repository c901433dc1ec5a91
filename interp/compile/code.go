// Package compile turns a syntax tree into code objects for adder's
// virtual machine: it resolves scopes (symtable.go), emits bytecode
// (compile*.go) and assembles line/column and exception tables (code.go).
//
// # The machine
//
// A code object is a flat array of instructions. Each Instr is an opcode
// and one int32 argument. The machine is a stack machine per frame: a frame
// holds the fast locals (LocalNames, then CellNames and FreeNames as cells),
// and an operand stack of at most StackSize values. Python-to-Python calls
// push a new frame on the VM's frame stack; nothing recurses in Go.
//
// Jumps are absolute instruction indexes. Exceptions unwind through
// ExcTable: the innermost entry whose [Start, End) covers the failing
// instruction gives the handler Target and the stack Depth to restore;
// with Lasti set the faulting instruction index is pushed too (for
// re-raise in finally/with cleanup). CPython 3.11+ uses the same scheme,
// so try/except costs nothing on the non-exceptional path.
//
// Constants are plain Go values (int64, *big.Int, float64, complex128,
// string, Bytes, bool, nil for None, Ellipsis, []any for tuples, *Code),
// so this package never imports py.
package compile

// This file defines Code, its position and exception tables.

// Instr is one instruction.
type Instr struct {
	Op  Opcode
	Arg int32
}

// Position is the source span of one instruction (1-based lines, 0-based
// UTF-8 byte columns, end exclusive); zero Line means "no position".
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// ExcEntry is one exception-table entry.
type ExcEntry struct {
	Start, End int32 // instruction range [Start, End)
	Target     int32 // handler
	Depth      int32 // operand-stack depth to restore
	Lasti      bool  // push the faulting instruction index
}

// CodeFlags describe a code object.
type CodeFlags uint32

// Code flags.
const (
	FlagVarargs CodeFlags = 1 << iota
	FlagVarkw
	FlagGenerator
	FlagCoroutine
	FlagAsyncGenerator
	FlagNested
	FlagModule
	FlagClassBody
)

// Bytes is a bytes constant.
type Bytes string

// EllipsisConst is the ... constant.
type EllipsisConst struct{}

// Code is a compiled function, class body, module or comprehension.
type Code struct {
	Name, Qualname, Filename string
	FirstLine                int
	ArgCount                 int // positional parameters incl. posonly
	PosOnlyCount             int
	KwOnlyCount              int
	Flags                    CodeFlags

	Instrs    []Instr
	Positions []Position // one per instruction
	ExcTable  []ExcEntry
	StackSize int

	Consts     []any
	Names      []string // global/attribute names
	LocalNames []string // fast locals: parameters first
	CellNames  []string // locals captured by inner scopes (cells)
	FreeNames  []string // variables from enclosing scopes
	// Cell2Arg maps a cell index to the local parameter that initialises
	// it, or -1.
	Cell2Arg []int

	Doc any // docstring constant (string) or nil

	// Extra is owned by the VM (converted constants, inline caches).
	Extra any
}

// NumLocals returns the number of fast-local slots (locals + cells + frees).
func (c *Code) NumLocals() int { return len(c.LocalNames) + len(c.CellNames) + len(c.FreeNames) }

// LineFor returns the position of instruction pc (clamped).
func (c *Code) LineFor(pc int) Position {
	if pc < 0 {
		pc = 0
	}
	if pc >= len(c.Positions) {
		if len(c.Positions) == 0 {
			return Position{Line: int32(c.FirstLine)}
		}
		pc = len(c.Positions) - 1
	}
	return c.Positions[pc]
}

// FindHandler returns the exception-table entry covering pc.
func (c *Code) FindHandler(pc int) (ExcEntry, bool) {
	// Entries are emitted innermost-first for a given range; pick the
	// narrowest covering entry.
	best := -1
	for i, e := range c.ExcTable {
		if int32(pc) >= e.Start && int32(pc) < e.End {
			if best < 0 || (e.End-e.Start) < (c.ExcTable[best].End-c.ExcTable[best].Start) {
				best = i
			}
		}
	}
	if best < 0 {
		return ExcEntry{}, false
	}
	return c.ExcTable[best], true
}
