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

// operatorAt returns the operator at the start of b and its length, or
// length 0 when b does not start with one. It prefers the longest match.
func operatorAt(b []byte) (TokenKind, int) {
	if len(b) == 0 {
		return 0, 0
	}
	at := func(i int) byte {
		if i < len(b) {
			return b[i]
		}
		return 0
	}
	c1, c2 := b[0], at(1)
	switch c1 {
	case '(':
		return LPAR, 1
	case ')':
		return RPAR, 1
	case '[':
		return LSQB, 1
	case ']':
		return RSQB, 1
	case '{':
		return LBRACE, 1
	case '}':
		return RBRACE, 1
	case ',':
		return COMMA, 1
	case ';':
		return SEMI, 1
	case '~':
		return TILDE, 1
	case ':':
		if c2 == '=' {
			return COLONEQUAL, 2
		}
		return COLON, 1
	case '.':
		if c2 == '.' && at(2) == '.' {
			return ELLIPSIS, 3
		}
		return DOT, 1
	case '!':
		if c2 == '=' {
			return NOTEQUAL, 2
		}
		return EXCLAMATION, 1
	case '=':
		if c2 == '=' {
			return EQEQUAL, 2
		}
		return EQUAL, 1
	case '-':
		switch c2 {
		case '=':
			return MINEQUAL, 2
		case '>':
			return RARROW, 2
		}
		return MINUS, 1
	case '<':
		switch c2 {
		case '=':
			return LESSEQUAL, 2
		case '>':
			return NOTEQUAL, 2
		case '<':
			if at(2) == '=' {
				return LEFTSHIFTEQUAL, 3
			}
			return LEFTSHIFT, 2
		}
		return LESS, 1
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL, 2
		case '>':
			if at(2) == '=' {
				return RIGHTSHIFTEQUAL, 3
			}
			return RIGHTSHIFT, 2
		}
		return GREATER, 1
	case '*':
		if c2 == '*' {
			if at(2) == '=' {
				return DOUBLESTAREQUAL, 3
			}
			return DOUBLESTAR, 2
		}
		if c2 == '=' {
			return STAREQUAL, 2
		}
		return STAR, 1
	case '/':
		if c2 == '/' {
			if at(2) == '=' {
				return DOUBLESLASHEQUAL, 3
			}
			return DOUBLESLASH, 2
		}
		if c2 == '=' {
			return SLASHEQUAL, 2
		}
		return SLASH, 1
	}
	if c2 == '=' {
		switch c1 {
		case '+':
			return PLUSEQUAL, 2
		case '%':
			return PERCENTEQUAL, 2
		case '&':
			return AMPEREQUAL, 2
		case '|':
			return VBAREQUAL, 2
		case '^':
			return CIRCUMFLEXEQUAL, 2
		case '@':
			return ATEQUAL, 2
		}
	}
	switch c1 {
	case '+':
		return PLUS, 1
	case '%':
		return PERCENT, 1
	case '&':
		return AMPER, 1
	case '|':
		return VBAR, 1
	case '^':
		return CIRCUMFLEX, 1
	case '@':
		return AT, 1
	}
	return 0, 0
}

// opTable maps every operator spelling to its kind (for tests).
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
