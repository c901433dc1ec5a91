// This file defines opcode names and a disassembler for debugging and
// tests.

package compile

import (
	"fmt"
	"strings"
)

var opcodeNames = [NumOpcodes]string{
	NOP:                       "NOP",
	POP_TOP:                   "POP_TOP",
	PUSH_NULL:                 "PUSH_NULL",
	COPY:                      "COPY",
	SWAP:                      "SWAP",
	LOAD_CONST:                "LOAD_CONST",
	LOAD_FAST:                 "LOAD_FAST",
	STORE_FAST:                "STORE_FAST",
	DELETE_FAST:               "DELETE_FAST",
	LOAD_DEREF:                "LOAD_DEREF",
	STORE_DEREF:               "STORE_DEREF",
	DELETE_DEREF:              "DELETE_DEREF",
	LOAD_CLASSDEREF:           "LOAD_CLASSDEREF",
	LOAD_NAME:                 "LOAD_NAME",
	STORE_NAME:                "STORE_NAME",
	DELETE_NAME:               "DELETE_NAME",
	LOAD_GLOBAL:               "LOAD_GLOBAL",
	STORE_GLOBAL:              "STORE_GLOBAL",
	DELETE_GLOBAL:             "DELETE_GLOBAL",
	LOAD_ATTR:                 "LOAD_ATTR",
	LOAD_METHOD:               "LOAD_METHOD",
	STORE_ATTR:                "STORE_ATTR",
	DELETE_ATTR:               "DELETE_ATTR",
	BINARY_SUBSCR:             "BINARY_SUBSCR",
	STORE_SUBSCR:              "STORE_SUBSCR",
	DELETE_SUBSCR:             "DELETE_SUBSCR",
	BINARY_SLICE:              "BINARY_SLICE",
	STORE_SLICE:               "STORE_SLICE",
	BUILD_SLICE:               "BUILD_SLICE",
	BINARY_OP:                 "BINARY_OP",
	UNARY_NEGATIVE:            "UNARY_NEGATIVE",
	UNARY_POSITIVE:            "UNARY_POSITIVE",
	UNARY_INVERT:              "UNARY_INVERT",
	UNARY_NOT:                 "UNARY_NOT",
	COMPARE_OP:                "COMPARE_OP",
	IS_OP:                     "IS_OP",
	CONTAINS_OP:               "CONTAINS_OP",
	BUILD_TUPLE:               "BUILD_TUPLE",
	BUILD_LIST:                "BUILD_LIST",
	BUILD_SET:                 "BUILD_SET",
	BUILD_MAP:                 "BUILD_MAP",
	BUILD_CONST_KEY_MAP:       "BUILD_CONST_KEY_MAP",
	BUILD_STRING:              "BUILD_STRING",
	LIST_APPEND:               "LIST_APPEND",
	SET_ADD:                   "SET_ADD",
	MAP_ADD:                   "MAP_ADD",
	LIST_EXTEND:               "LIST_EXTEND",
	SET_UPDATE:                "SET_UPDATE",
	DICT_UPDATE:               "DICT_UPDATE",
	DICT_MERGE:                "DICT_MERGE",
	LIST_TO_TUPLE:             "LIST_TO_TUPLE",
	UNPACK_SEQUENCE:           "UNPACK_SEQUENCE",
	UNPACK_EX:                 "UNPACK_EX",
	FORMAT_VALUE:              "FORMAT_VALUE",
	JUMP:                      "JUMP",
	POP_JUMP_IF_FALSE:         "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE:          "POP_JUMP_IF_TRUE",
	POP_JUMP_IF_NONE:          "POP_JUMP_IF_NONE",
	POP_JUMP_IF_NOT_NONE:      "POP_JUMP_IF_NOT_NONE",
	JUMP_IF_FALSE_OR_POP:      "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP:       "JUMP_IF_TRUE_OR_POP",
	GET_ITER:                  "GET_ITER",
	FOR_ITER:                  "FOR_ITER",
	CALL:                      "CALL",
	CALL_KW:                   "CALL_KW",
	CALL_FUNCTION_EX:          "CALL_FUNCTION_EX",
	MAKE_FUNCTION:             "MAKE_FUNCTION",
	RETURN_VALUE:              "RETURN_VALUE",
	YIELD_VALUE:               "YIELD_VALUE",
	SEND:                      "SEND",
	GET_YIELD_FROM_ITER:       "GET_YIELD_FROM_ITER",
	GET_AWAITABLE:             "GET_AWAITABLE",
	RAISE_VARARGS:             "RAISE_VARARGS",
	RERAISE:                   "RERAISE",
	PUSH_EXC_INFO:             "PUSH_EXC_INFO",
	POP_EXCEPT:                "POP_EXCEPT",
	CHECK_EXC_MATCH:           "CHECK_EXC_MATCH",
	CHECK_EG_MATCH:            "CHECK_EG_MATCH",
	PREP_RERAISE_STAR:         "PREP_RERAISE_STAR",
	WITH_EXCEPT_START:         "WITH_EXCEPT_START",
	BEFORE_WITH:               "BEFORE_WITH",
	LOAD_BUILD_CLASS:          "LOAD_BUILD_CLASS",
	LOAD_ASSERTION_ERROR:      "LOAD_ASSERTION_ERROR",
	SETUP_ANNOTATIONS:         "SETUP_ANNOTATIONS",
	IMPORT_NAME:               "IMPORT_NAME",
	IMPORT_FROM:               "IMPORT_FROM",
	IMPORT_STAR:               "IMPORT_STAR",
	LOAD_LOCALS:               "LOAD_LOCALS",
	RETURN_GENERATOR:          "RETURN_GENERATOR",
	GET_LEN:                   "GET_LEN",
	MATCH_MAPPING:             "MATCH_MAPPING",
	MATCH_SEQUENCE:            "MATCH_SEQUENCE",
	MATCH_KEYS:                "MATCH_KEYS",
	MATCH_CLASS:               "MATCH_CLASS",
	LOAD_SUPER_ATTR:           "LOAD_SUPER_ATTR",
	END_FOR:                   "END_FOR",
	CLEANUP_THROW:             "CLEANUP_THROW",
	LOAD_FAST_CHECK:           "LOAD_FAST_CHECK",
	GET_AITER:                 "GET_AITER",
	GET_ANEXT:                 "GET_ANEXT",
	END_ASYNC_FOR:             "END_ASYNC_FOR",
	BEFORE_ASYNC_WITH:         "BEFORE_ASYNC_WITH",
	CALL_INTRINSIC_1:          "CALL_INTRINSIC_1",
	LOAD_CLOSURE:              "LOAD_CLOSURE",
	COPY_DICT_WITHOUT_KEYS:    "COPY_DICT_WITHOUT_KEYS",
	COMPARE_OP_JUMP:           "COMPARE_OP_JUMP",
	LOAD_FAST_LOAD_FAST:       "LOAD_FAST_LOAD_FAST",
	POP_ITER_CLOSE:            "POP_ITER_CLOSE",
	NULL_LOAD_GLOBAL:          "NULL_LOAD_GLOBAL",
	LOAD_FAST_CONST_BINOP:     "LOAD_FAST_CONST_BINOP",
	LOAD_FAST_LOAD_CONST:      "LOAD_FAST_LOAD_CONST",
	LOAD_FAST_LOAD_ATTR:       "LOAD_FAST_LOAD_ATTR",
	LOAD_FAST_LOAD_METHOD:     "LOAD_FAST_LOAD_METHOD",
	LOAD_FAST_STORE_ATTR:      "LOAD_FAST_STORE_ATTR",
	LOAD_FAST_LOAD_FAST_BINOP: "LOAD_FAST_LOAD_FAST_BINOP",
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if int(op) < len(opcodeNames) && opcodeNames[op] != "" {
		return opcodeNames[op]
	}
	return fmt.Sprintf("Opcode(%d)", op)
}

// Disassemble lists code's instructions with positions, constants, names
// and the exception table, recursing into nested code objects.
func Disassemble(code *Code) string {
	var b strings.Builder
	disasm(&b, code)
	return b.String()
}

func disasm(b *strings.Builder, code *Code) {
	fmt.Fprintf(b, "code %s (%s) args=%d posonly=%d kwonly=%d flags=%#x stack=%d\n", code.Qualname, code.Filename,
		code.ArgCount, code.PosOnlyCount, code.KwOnlyCount, code.Flags, code.StackSize)
	fmt.Fprintf(b, "  locals %v cells %v frees %v\n", code.LocalNames, code.CellNames, code.FreeNames)
	for i, in := range code.Instrs {
		p := code.LineFor(i)
		detail := ""
		switch in.Op {
		case LOAD_CONST:
			detail = fmt.Sprintf("(%v)", constString(code.Consts[in.Arg]))
		case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, LOAD_METHOD,
			STORE_ATTR, DELETE_ATTR, IMPORT_NAME, IMPORT_FROM:
			detail = "(" + code.Names[in.Arg] + ")"
		case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST:
			detail = "(" + code.LocalNames[in.Arg] + ")"
		}
		fmt.Fprintf(b, "  %4d %3d:%-3d %-22s %d %s\n", i, p.Line, p.Col, in.Op, in.Arg, detail)
	}
	for _, e := range code.ExcTable {
		fmt.Fprintf(b, "  except [%d, %d) -> %d depth %d lasti %v\n", e.Start, e.End, e.Target, e.Depth, e.Lasti)
	}
	for _, k := range code.Consts {
		if c, ok := k.(*Code); ok {
			disasm(b, c)
		}
	}
}

func constString(k any) string {
	switch x := k.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case *Code:
		return "<code " + x.Qualname + ">"
	case nil:
		return "None"
	}
	return fmt.Sprint(k)
}
