// This file defines the opcodes, with a stack picture for each.

package compile

// Opcode is an instruction opcode.
type Opcode uint8

// The opcodes. Stack pictures read "before -- after" (top of stack right).
const (
	NOP                 Opcode = iota
	POP_TOP                    // x --
	PUSH_NULL                  // -- NULL
	COPY                       // arg: n   ... x(n) -- ... x(n) x(n)   (n=1 is top)
	SWAP                       // arg: n   swaps top with n-th
	LOAD_CONST                 // -- consts[arg]
	LOAD_FAST                  // -- locals[arg]   (UnboundLocalError if unset)
	STORE_FAST                 // x --
	DELETE_FAST                //
	LOAD_DEREF                 // -- cell[arg].value (cells follow locals)
	STORE_DEREF                // x --
	DELETE_DEREF               //
	LOAD_CLASSDEREF            // class body: locals dict first, then cell
	LOAD_NAME                  // -- name (locals, globals, builtins)
	STORE_NAME                 // x --
	DELETE_NAME                //
	LOAD_GLOBAL                // -- globals/builtins[names[arg]]
	STORE_GLOBAL               // x --
	DELETE_GLOBAL              //
	LOAD_ATTR                  // obj -- obj.names[arg]
	LOAD_METHOD                // obj -- meth self | NULL attr
	STORE_ATTR                 // val obj --
	DELETE_ATTR                // obj --
	BINARY_SUBSCR              // obj key -- obj[key]
	STORE_SUBSCR               // val obj key --
	DELETE_SUBSCR              // obj key --
	BINARY_SLICE               // obj start stop -- obj[start:stop]
	STORE_SLICE                // val obj start stop --
	BUILD_SLICE                // arg 2|3
	BINARY_OP                  // a b -- a op b   (arg: BinaryOpKind, +16 for in-place)
	UNARY_NEGATIVE             //
	UNARY_POSITIVE             //
	UNARY_INVERT               //
	UNARY_NOT                  //
	COMPARE_OP                 // a b -- a cmp b   (arg: py.CompareOp)
	IS_OP                      // a b -- a is b (arg 1: is not)
	CONTAINS_OP                // a b -- a in b (arg 1: not in)
	BUILD_TUPLE                // n items -- tuple
	BUILD_LIST                 //
	BUILD_SET                  //
	BUILD_MAP                  // 2n items -- dict
	BUILD_CONST_KEY_MAP        // n values keys-tuple -- dict
	BUILD_STRING               // n strs -- str
	LIST_APPEND                // arg: depth of list below;  x --
	SET_ADD                    //
	MAP_ADD                    // k v --
	LIST_EXTEND                // list ... iterable --
	SET_UPDATE                 //
	DICT_UPDATE                // dict ... mapping --
	DICT_MERGE                 // like DICT_UPDATE but duplicate keys are errors (calls)
	LIST_TO_TUPLE              //
	UNPACK_SEQUENCE            // seq -- x(n-1) ... x0  (x0 on top)
	UNPACK_EX                  // arg: before | after<<8
	FORMAT_VALUE               // arg: conv(0 none,1 s,2 r,3 a) | 4 if spec on stack
	JUMP                       // arg: target
	POP_JUMP_IF_FALSE          // x --
	POP_JUMP_IF_TRUE           //
	POP_JUMP_IF_NONE           //
	POP_JUMP_IF_NOT_NONE
	JUMP_IF_FALSE_OR_POP // x -- x (jump) | --
	JUMP_IF_TRUE_OR_POP
	GET_ITER         // x -- iter(x)
	FOR_ITER         // it -- it next | (exhausted: pop it, jump arg)
	CALL             // callable-or-NULL self-or-callable args... -- result  (arg: nargs)
	CALL_KW          // as CALL, kwnames tuple const index in high bits: arg = nargs | kwconst<<8
	CALL_FUNCTION_EX // func-or-NULL ... args kwargs-or-NULL -- result  (arg 1: has kwargs)
	MAKE_FUNCTION    // flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
	RETURN_VALUE     // x --
	YIELD_VALUE      // x -- sent
	SEND             // iter value -- iter result | (done: jump arg with result)
	GET_YIELD_FROM_ITER
	GET_AWAITABLE
	RAISE_VARARGS     // arg 0 (re-raise), 1 exc, 2 exc cause
	RERAISE           // exc --   (arg: 1 if lasti below exc)
	PUSH_EXC_INFO     // exc -- prev_exc exc
	POP_EXCEPT        // prev_exc --
	CHECK_EXC_MATCH   // exc type -- exc bool
	CHECK_EG_MATCH    // eg type -- rest match
	PREP_RERAISE_STAR // orig list -- exc
	WITH_EXCEPT_START // exit_func self lasti prev exc -- ... exc result
	BEFORE_WITH       // mgr -- exit self? enter_result
	LOAD_BUILD_CLASS  //
	LOAD_ASSERTION_ERROR
	SETUP_ANNOTATIONS
	IMPORT_NAME      // level fromlist -- module
	IMPORT_FROM      // module -- module attr
	IMPORT_STAR      // module --
	LOAD_LOCALS      //
	RETURN_GENERATOR //
	GET_LEN          // x -- x len(x)
	MATCH_MAPPING    // x -- x bool
	MATCH_SEQUENCE   //
	MATCH_KEYS       // subj keys -- subj keys values-or-None
	MATCH_CLASS      // subj cls names -- result-or-None  (arg: nargs)
	LOAD_SUPER_ATTR  // global_super class self -- attr (arg: name<<2 | 1 method | 2 two-arg)
	END_FOR          //
	CLEANUP_THROW    //
	LOAD_FAST_CHECK  //
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR
	BEFORE_ASYNC_WITH
	CALL_INTRINSIC_1       // arg: intrinsic
	LOAD_CLOSURE           // -- cell (the cell object itself, for closures)
	COPY_DICT_WITHOUT_KEYS // subj keys -- subj rest
	// Fused forms made by the assembler's peephole pass. Each executes
	// itself and the instruction after it (which stays in place, so line
	// and exception tables are unchanged) and then skips that instruction.
	COMPARE_OP_JUMP     // COMPARE_OP followed by POP_JUMP_IF_FALSE/TRUE
	LOAD_FAST_LOAD_FAST // LOAD_FAST a; LOAD_FAST b  (arg a, next arg b)
	// POP_ITER_CLOSE pops a for loop's iterator when leaving the loop early;
	// a generator the loop created itself is closed, as CPython's
	// reference counting would (break/return out of for x in gen()).
	POP_ITER_CLOSE
	NULL_LOAD_GLOBAL      // PUSH_NULL; LOAD_GLOBAL (next arg)
	LOAD_FAST_CONST_BINOP // LOAD_FAST a; LOAD_CONST k; BINARY_OP op
	LOAD_FAST_LOAD_CONST  // LOAD_FAST a; LOAD_CONST k
	LOAD_FAST_LOAD_ATTR   // LOAD_FAST a; LOAD_ATTR name
	LOAD_FAST_LOAD_METHOD // LOAD_FAST a; LOAD_METHOD name
	LOAD_FAST_STORE_ATTR  // LOAD_FAST a; STORE_ATTR name
	// LOAD_FAST a; LOAD_FAST b; BINARY_OP op (both following instructions
	// are skipped when the operands are small ints or floats).
	LOAD_FAST_LOAD_FAST_BINOP
	NumOpcodes
)
