package syntax

// This file defines token kinds with CPython's names (Lib/token.py), so the
// tokenizer's output can be diffed against `python -m tokenize -e`.

// TokenKind is the kind of a Token.
type TokenKind uint8

// Token kinds, in CPython's order.
const (
	ENDMARKER TokenKind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	LPAR
	RPAR
	LSQB
	RSQB
	COLON
	COMMA
	SEMI
	PLUS
	MINUS
	STAR
	SLASH
	VBAR
	AMPER
	LESS
	GREATER
	EQUAL
	DOT
	PERCENT
	LBRACE
	RBRACE
	EQEQUAL
	NOTEQUAL
	LESSEQUAL
	GREATEREQUAL
	TILDE
	CIRCUMFLEX
	LEFTSHIFT
	RIGHTSHIFT
	DOUBLESTAR
	PLUSEQUAL
	MINEQUAL
	STAREQUAL
	SLASHEQUAL
	PERCENTEQUAL
	AMPEREQUAL
	VBAREQUAL
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH
	DOUBLESLASHEQUAL
	AT
	ATEQUAL
	RARROW
	ELLIPSIS
	COLONEQUAL
	EXCLAMATION
	OP
	TYPE_IGNORE
	TYPE_COMMENT
	SOFT_KEYWORD
	FSTRING_START
	FSTRING_MIDDLE
	FSTRING_END
	COMMENT
	NL
	ERRORTOKEN
	ENCODING
	numTokenKinds
)

var tokenNames = [...]string{
	"ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
	"LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
	"STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT",
	"PERCENT", "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL",
	"GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT",
	"DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
	"PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
	"LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
	"DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL",
	"EXCLAMATION", "OP", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD",
	"FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "COMMENT", "NL",
	"ERRORTOKEN", "ENCODING",
}

// String returns CPython's token name, e.g. "LPAR".
func (k TokenKind) String() string {
	if int(k) < len(tokenNames) {
		return tokenNames[k]
	}
	return "TokenKind(?)"
}

// IsOperator reports whether k is an operator or delimiter (CPython's OP).
func (k TokenKind) IsOperator() bool { return k >= LPAR && k <= EXCLAMATION }

// Token is one token. Start/End are byte offsets into the source; Line and
// Col (1-based line, 0-based byte column) locate Start, EndLine/EndCol End.
type Token struct {
	Kind            TokenKind
	Start, End      int
	Line, Col       int
	EndLine, EndCol int
}

// operator spellings, longest first within each leading byte.
var opTable = map[string]TokenKind{
	"(": LPAR, ")": RPAR, "[": LSQB, "]": RSQB, ":": COLON, ",": COMMA,
	";": SEMI, "+": PLUS, "-": MINUS, "*": STAR, "/": SLASH, "|": VBAR,
	"&": AMPER, "<": LESS, ">": GREATER, "=": EQUAL, ".": DOT, "%": PERCENT,
	"{": LBRACE, "}": RBRACE, "==": EQEQUAL, "!=": NOTEQUAL, "<=": LESSEQUAL,
	">=": GREATEREQUAL, "~": TILDE, "^": CIRCUMFLEX, "<<": LEFTSHIFT,
	">>": RIGHTSHIFT, "**": DOUBLESTAR, "+=": PLUSEQUAL, "-=": MINEQUAL,
	"*=": STAREQUAL, "/=": SLASHEQUAL, "%=": PERCENTEQUAL, "&=": AMPEREQUAL,
	"|=": VBAREQUAL, "^=": CIRCUMFLEXEQUAL, "<<=": LEFTSHIFTEQUAL,
	">>=": RIGHTSHIFTEQUAL, "**=": DOUBLESTAREQUAL, "//": DOUBLESLASH,
	"//=": DOUBLESLASHEQUAL, "@": AT, "@=": ATEQUAL, "->": RARROW,
	"...": ELLIPSIS, ":=": COLONEQUAL, "!": EXCLAMATION, "<>": NOTEQUAL,
}
