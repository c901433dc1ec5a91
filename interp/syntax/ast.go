// Package syntax owns Python 3.12 source text up to the abstract syntax
// tree: the tokenizer (scan.go), the recursive-descent parser (parse*.go),
// the AST itself (this file), SyntaxError values (errors.go), ast.dump
// compatible printing (dump.go) and the codeop-style completeness check used
// by the kernel's is_complete handler (complete.go).
//
// The AST mirrors CPython 3.12's ast module node for node and field for
// field, so trees can be diffed against `python3.12 -m ast -a`. Go names are
// the CPython names in Go case; the few that would clash with a Go
// identifier are renamed and documented (ExprStmt for ast.Expr, Modulo for
// ast.Mod). Dump always prints the CPython name.
package syntax

// This file defines the AST node types.

// Pos is a node's source span exactly as CPython reports it: 1-based lines
// and 0-based columns counted in UTF-8 bytes. The end is exclusive.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos returns the span; it lets any positioned node be read generically.
func (p *Pos) GetPos() *Pos { return p }

// Node is any AST node, positioned or not.
type Node interface{ astNode() }

// Positioned is implemented by every node that has CPython's
// lineno/col_offset/end_lineno/end_col_offset attributes. comprehension,
// arguments, withitem and match_case have none, as in CPython.
type Positioned interface {
	Node
	GetPos() *Pos
}

// Mod is a parse result: *Module, *Interactive, *Expression or *FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Positioned
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Positioned
	patternNode()
}

// TypeParam is a PEP 695 type parameter (*TypeVar, *ParamSpec, *TypeVarTuple).
type TypeParam interface {
	Positioned
	typeParamNode()
}

// ---- mod ----

// Module is the result of Exec mode.
type Module struct {
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// Interactive is the result of Single mode.
type Interactive struct{ Body []Stmt }

// Expression is the result of Eval mode.
type Expression struct{ Body Expr }

// FunctionType is the result of func_type mode (only for completeness).
type FunctionType struct {
	Argtypes []Expr
	Returns  Expr
}

// TypeIgnore records a `# type: ignore` comment (type_comments mode).
type TypeIgnore struct {
	Lineno int
	Tag    string
}

// ---- statements ----

// FunctionDef is `def Name(Args) -> Returns: Body`.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil when absent
	TypeComment   string
	TypeParams    []TypeParam
}

// AsyncFunctionDef is `async def`; same fields as FunctionDef.
type AsyncFunctionDef FunctionDef

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam
}

// Return is `return [Value]`.
type Return struct {
	Pos
	Value Expr
}

// Delete is `del Targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Pos
	Targets     []Expr
	Value       Expr
	TypeComment string
}

// TypeAlias is `type Name[TypeParams] = Value`.
type TypeAlias struct {
	Pos
	Name       Expr
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation [= Value]`. Simple is 1 when the target
// is a plain name not in parentheses.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     int
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// AsyncFor is `async for`; same fields as For.
type AsyncFor For

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body else: Orelse` (elif nests an If in Orelse).
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with Items: Body`.
type With struct {
	Pos
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// AsyncWith is `async with`; same fields as With.
type AsyncWith With

// Match is `match Subject:` followed by Cases.
type Match struct {
	Pos
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is try/except/else/finally.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is try/except*; same fields as Try.
type TryStar Try

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import Names`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from .....Module import Names`. Module is "" for `from . import x`.
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is CPython's ast.Expr: an expression used as a statement.
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// ---- expressions ----

// BoolOp is `Values[0] Op Values[1] Op ...` for and/or.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `Target := Value`.
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{k: v, **m}`; a nil key marks a `**` unpacking.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is `{a, b}`.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield [Value]`.
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{Value!c:FormatSpec}` field of an f-string.
// Conversion is -1 (none) or the code point of 's', 'r' or 'a'.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr // *JoinedStr or nil
}

// JoinedStr is an f-string: Constant and FormattedValue parts.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal. Value is nil (None), bool, int64, *big.Int (only
// when it does not fit int64), float64, complex128, string, Bytes or
// Ellipsis. Kind is "u" for u-prefixed strings, else "".
type Constant struct {
	Pos
	Value any
	Kind  string
}

// Bytes is the Go value of a bytes literal.
type Bytes string

// Ellipsis is the Go value of `...`.
type Ellipsis struct{}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `Value[Slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*Value`.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is `[Elts]`.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is `(Elts)` or a bare comma list.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `Lower:Upper:Step` inside a subscript.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

// ---- auxiliary nodes ----

// Comprehension is one `[async] for Target in Iter if Ifs...` clause.
// IsAsync is 0 or 1. It has no position, as in CPython.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is `except Type as Name: Body`.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string // "" when absent
	Body []Stmt
}

// Arguments is a parameter list. KwDefaults has one entry per KwOnlyArgs
// (nil where there is no default); Defaults align with the last positional
// parameters. It has no position, as in CPython.
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	Vararg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg         string
	Annotation  Expr
	TypeComment string
}

// Keyword is `Arg=Value` in a call or class header; Arg is "" for `**Value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Alias is `Name as Asname` in an import; Asname is "" when absent.
type Alias struct {
	Pos
	Name   string
	Asname string
}

// WithItem is `ContextExpr as OptionalVars`. It has no position.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// MatchCase is `case Pattern if Guard: Body`. It has no position.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// ---- patterns ----

// MatchValue matches a value pattern (literal or dotted name).
type MatchValue struct {
	Pos
	Value Expr
}

// MatchSingleton matches None, True or False (Value nil or bool).
type MatchSingleton struct {
	Pos
	Value any
}

// MatchSequence is `[p, ...]` or `(p, ...)`.
type MatchSequence struct {
	Pos
	Patterns []Pattern
}

// MatchMapping is `{k: p, **Rest}`; Rest is "" when absent.
type MatchMapping struct {
	Pos
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(Patterns, KwdAttrs=KwdPatterns)`.
type MatchClass struct {
	Pos
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern; Name "" means `*_`.
type MatchStar struct {
	Pos
	Name string
}

// MatchAs is `Pattern as Name`, a capture (Pattern nil) or `_` (both empty).
type MatchAs struct {
	Pos
	Pattern Pattern
	Name    string
}

// MatchOr is `p1 | p2 | ...`.
type MatchOr struct {
	Pos
	Patterns []Pattern
}

// ---- type parameters ----

// TypeVar is `Name[: Bound]`.
type TypeVar struct {
	Pos
	Name  string
	Bound Expr
}

// ParamSpec is `**Name`.
type ParamSpec struct {
	Pos
	Name string
}

// TypeVarTuple is `*Name`.
type TypeVarTuple struct {
	Pos
	Name string
}

// ---- enums ----

// ExprContext tells whether an expression is read, assigned or deleted.
type ExprContext uint8

// Expression contexts, as CPython's Load/Store/Del.
const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOperator is `and` or `or`.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// Operator is a binary arithmetic operator.
type Operator uint8

// Binary operators in CPython's order. Modulo is CPython's ast.Mod.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Modulo
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a prefix operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// Comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var exprContextNames = [...]string{"Load", "Store", "Del"}
var boolOpNames = [...]string{"And", "Or"}
var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var operatorSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var unaryOpNames = [...]string{"Invert", "Not", "UAdd", "USub"}
var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// String returns the CPython class name.
func (c ExprContext) String() string { return exprContextNames[c] }

// String returns the CPython class name.
func (o BoolOperator) String() string { return boolOpNames[o] }

// String returns the CPython class name (Modulo prints as "Mod").
func (o Operator) String() string { return operatorNames[o] }

// Symbol returns the operator's source spelling, e.g. "+".
func (o Operator) Symbol() string { return operatorSymbols[o] }

// String returns the CPython class name.
func (o UnaryOperator) String() string { return unaryOpNames[o] }

// String returns the CPython class name.
func (o CmpOperator) String() string { return cmpOpNames[o] }

// ---- sealing ----

func (*Module) astNode()       {}
func (*Interactive) astNode()  {}
func (*Expression) astNode()   {}
func (*FunctionType) astNode() {}
func (*TypeIgnore) astNode()   {}
func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*TypeAlias) astNode()        {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*TypeAlias) stmtNode()        {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}

func (*MatchValue) astNode()     {}
func (*MatchSingleton) astNode() {}
func (*MatchSequence) astNode()  {}
func (*MatchMapping) astNode()   {}
func (*MatchClass) astNode()     {}
func (*MatchStar) astNode()      {}
func (*MatchAs) astNode()        {}
func (*MatchOr) astNode()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

func (*TypeVar) astNode()      {}
func (*ParamSpec) astNode()    {}
func (*TypeVarTuple) astNode() {}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}
