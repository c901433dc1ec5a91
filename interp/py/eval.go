// This file is the VM's eval loop: one switch over the instruction array.
// Python-to-Python calls push frames on the thread's frame stack without
// Go recursion; errors go to one place that consults the exception table
// and unwinds frames; yields return to the Go caller that resumed the
// generator. Slow paths live in vm_ops.go.

package py

import (
	"adder/interp/compile"
)

// yielded is returned (as the error) by run when an entry frame yields.
type yieldSignal struct{}

func (yieldSignal) Error() string { return "yield" }

var errYield error = yieldSignal{}

// run executes frames starting at entry (already on t.frames) until entry
// returns (result) or yields (errYield, value in result).
//
// The loop keeps few variables live across instructions (the frame, its
// codeInfo, its registers, instructions, pc and sp): every one of them is
// a phi at the loop head that the Go compiler spills and reloads for each
// instruction, so fewer of them is a direct saving per instruction. sp
// indexes regs directly (the value stack starts at ci.nlocals); a frame's
// saved f.sp stays relative to its stack. err and reraise live for one
// instruction only, and an error jumps to handle, which unwinds in
// t.unwind.
func (t *Thread) run(entry *Frame) (Value, error) {
	f := entry
	ci := infoOf(f.Code)
	regs, instrs := f.regs, f.Code.Instrs
	pc, sp := f.pc, f.sp+ci.nlocals
	// Generator.Resume stores its exc argument here even when it is a nil
	// *Exception: that typed nil is no error.
	if err := f.pendingErr; err != nil {
		f.pendingErr = nil
		if err != error((*Exception)(nil)) {
			nf, exc := t.unwind(entry, f, pc, sp, err, false)
			if exc != nil {
				return Value{}, exc
			}
			f = nf
			ci = f.Code.Extra.(*codeInfo) // set: this code ran or was just looked up
			regs, instrs = f.regs, f.Code.Instrs
			pc, sp = f.pc, f.sp+ci.nlocals
		}
	}

	for {
		var err error
		reraise := false
		{
			in := instrs[pc]
			pc++
			switch in.Op {
			case compile.NOP:
			case compile.POP_TOP:
				// Popped slots are not cleared on hot paths: the frame's
				// stack is overwritten soon, and stale references only
				// delay collection (there is no reference counting).
				sp--
			case compile.POP_ITER_CLOSE:
				sp--
				if g, ok := regs[sp].obj.(*Generator); ok && g.typ == GeneratorType && g.started && !g.done && !g.running {
					_ = g.Close() // errors are unraisable, as in a finalizer
				}
				regs[sp] = Value{}
			case compile.PUSH_NULL:
				regs[sp] = Value{}
				sp++
			case compile.COPY:
				regs[sp] = regs[sp-int(in.Arg)]
				sp++
			case compile.SWAP:
				i := sp - int(in.Arg)
				regs[sp-1], regs[i] = regs[i], regs[sp-1]
			case compile.LOAD_CONST:
				regs[sp] = ci.consts[in.Arg]
				sp++
			case compile.LOAD_FAST, compile.LOAD_FAST_CHECK:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				regs[sp] = v
				sp++
			case compile.LOAD_FAST_LOAD_FAST:
				v := regs[in.Arg]
				w := regs[instrs[pc].Arg]
				if v.obj == nil || w.obj == nil {
					// Fall back to the unfused path for the error.
					if v.obj == nil {
						err = unboundLocal(f.Code.LocalNames[in.Arg])
					} else {
						regs[sp] = v
						sp++
						pc++
						err = unboundLocal(f.Code.LocalNames[instrs[pc-1].Arg])
					}
					goto handle
				}
				regs[sp] = v
				regs[sp+1] = w
				sp += 2
				pc++
			case compile.NULL_LOAD_GLOBAL:
				regs[sp] = Value{}
				sp++
				in = instrs[pc]
				pc++
				if ge := &ci.globals[in.Arg]; ge.g == f.Globals && ge.gv == f.Globals.version && ge.bv == f.Builtins.version {
					regs[sp] = ge.v
					sp++
					continue
				}
				var v Value
				v, err = loadGlobal(f, ci, int(in.Arg))
				if err == nil {
					regs[sp] = v
					sp++
				}
			case compile.LOAD_FAST_LOAD_CONST:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				regs[sp] = v
				regs[sp+1] = ci.consts[instrs[pc].Arg]
				sp += 2
				pc++
			case compile.LOAD_FAST_CONST_BINOP:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				k := ci.consts[instrs[pc].Arg]
				if v.IsInt() && k.IsInt() {
					// + and - inline: run is too big for Go to inline calls.
					x, y, op := v.AsInt(), k.AsInt(), BinaryOpKind(instrs[pc+1].Arg&15)
					r, ok := Value{}, false
					if op == OpAdd {
						s := x + y
						r, ok = Int(s), (s > x) == (y > 0)
					} else if op == OpSub {
						s := x - y
						r, ok = Int(s), (s < x) == (y > 0)
					} else {
						r, ok = intFastBinary(op, x, y)
					}
					if ok {
						regs[sp] = r
						sp++
						pc += 2
						continue
					}
				} else if v.IsFloat() && k.IsFloat() {
					x, y, op := v.AsFloat(), k.AsFloat(), BinaryOpKind(instrs[pc+1].Arg&15)
					r, ok := Value{}, true
					switch op {
					case OpAdd:
						r = Float(x + y)
					case OpSub:
						r = Float(x - y)
					case OpMul:
						r = Float(x * y)
					default:
						r, ok = floatFastBinary(op, x, y)
					}
					if ok {
						regs[sp] = r
						sp++
						pc += 2
						continue
					}
				}
				// Slow path: push both and run the BINARY_OP normally.
				regs[sp] = v
				regs[sp+1] = k
				sp += 2
				pc++
			case compile.LOAD_FAST_LOAD_FAST_BINOP:
				v, w := regs[in.Arg], regs[instrs[pc].Arg]
				if v.IsInt() && w.IsInt() {
					// + and - inline: run is too big for Go to inline calls.
					x, y, op := v.AsInt(), w.AsInt(), BinaryOpKind(instrs[pc+1].Arg&15)
					r, ok := Value{}, false
					if op == OpAdd {
						s := x + y
						r, ok = Int(s), (s > x) == (y > 0)
					} else if op == OpSub {
						s := x - y
						r, ok = Int(s), (s < x) == (y > 0)
					} else {
						r, ok = intFastBinary(op, x, y)
					}
					if ok {
						regs[sp] = r
						sp++
						pc += 2
						continue
					}
				} else if v.IsFloat() && w.IsFloat() {
					x, y, op := v.AsFloat(), w.AsFloat(), BinaryOpKind(instrs[pc+1].Arg&15)
					r, ok := Value{}, true
					switch op {
					case OpAdd:
						r = Float(x + y)
					case OpSub:
						r = Float(x - y)
					case OpMul:
						r = Float(x * y)
					default:
						r, ok = floatFastBinary(op, x, y)
					}
					if ok {
						regs[sp] = r
						sp++
						pc += 2
						continue
					}
				}
				// Slow path (other types, unbound locals): run as LOAD_FAST;
				// the LOAD_FAST and BINARY_OP after it run normally.
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				regs[sp] = v
				sp++
			case compile.COMPARE_OP_JUMP:
				a, b := regs[sp-2], regs[sp-1]
				var r bool
				if a.IsInt() && b.IsInt() {
					x, y := a.AsInt(), b.AsInt()
					switch CompareOp(in.Arg) {
					case LT:
						r = x < y
					case LE:
						r = x <= y
					case EQ:
						r = x == y
					case NE:
						r = x != y
					case GT:
						r = x > y
					default:
						r = x >= y
					}
				} else if a.IsFloat() && b.IsFloat() {
					r = floatCmpFast(a.AsFloat(), b.AsFloat(), CompareOp(in.Arg))
				} else {
					var rv Value
					rv, err = Compare(a, b, CompareOp(in.Arg))
					if err != nil {
						goto handle
					}
					if rv.IsBool() {
						r = rv.bits != 0
					} else if r, err = Truth(rv); err != nil {
						pc++ // report at the jump, like the unfused form
						goto handle
					}
				}
				sp -= 2
				next := instrs[pc]
				pc++
				if r == (next.Op == compile.POP_JUMP_IF_TRUE) {
					pc = int(next.Arg)
				}
			case compile.STORE_FAST:
				sp--
				regs[in.Arg] = regs[sp]
			case compile.DELETE_FAST:
				if regs[in.Arg].obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				regs[in.Arg] = Value{}
			case compile.LOAD_DEREF:
				v := f.cells[in.Arg].V
				if v.obj == nil {
					err = unboundDeref(f.Code, int(in.Arg))
					goto handle
				}
				regs[sp] = v
				sp++
			case compile.STORE_DEREF:
				sp--
				f.cells[in.Arg].V = regs[sp]
				regs[sp] = Value{}
			case compile.DELETE_DEREF:
				if f.cells[in.Arg].V.obj == nil {
					err = unboundDeref(f.Code, int(in.Arg))
					goto handle
				}
				f.cells[in.Arg].V = Value{}
			case compile.LOAD_CLOSURE:
				regs[sp] = ObjectValue(f.cells[in.Arg])
				sp++
			case compile.LOAD_CLASSDEREF:
				name := f.Code.FreeNames[int(in.Arg)-len(f.Code.CellNames)]
				if v, ok := f.Locals.GetStr(name); ok {
					regs[sp] = v
					sp++
					continue
				}
				v := f.cells[in.Arg].V
				if v.obj == nil {
					err = unboundDeref(f.Code, int(in.Arg))
					goto handle
				}
				regs[sp] = v
				sp++
			case compile.LOAD_GLOBAL:
				if ge := &ci.globals[in.Arg]; ge.g == f.Globals && ge.gv == f.Globals.version && ge.bv == f.Builtins.version {
					regs[sp] = ge.v
					sp++
					continue
				}
				var v Value
				v, err = loadGlobal(f, ci, int(in.Arg))
				if err == nil {
					regs[sp] = v
					sp++
				}
			case compile.STORE_GLOBAL:
				sp--
				err = f.Globals.SetItem(ci.names[in.Arg], regs[sp])
				regs[sp] = Value{}
			case compile.DELETE_GLOBAL:
				found, e := f.Globals.DelItem(ci.names[in.Arg])
				if e == nil && !found {
					e = nameError(ci.names[in.Arg].obj.(*Str).S)
				}
				err = e
			case compile.LOAD_NAME:
				name := ci.names[in.Arg].obj.(*Str).S
				var v Value
				v, err = loadName(f, name)
				if err != nil {
					goto handle
				}
				regs[sp] = v
				sp++
			case compile.STORE_NAME:
				sp--
				err = storeName(f, ci.names[in.Arg], regs[sp])
				regs[sp] = Value{}
			case compile.DELETE_NAME:
				err = deleteName(f, ci.names[in.Arg])
			case compile.LOAD_ATTR:
				name := ci.names[in.Arg].obj.(*Str)
				if r, ok := instanceAttrFast(ci, pc-1, regs[sp-1], name); ok {
					regs[sp-1] = r
					continue
				}
				var v Value
				v, err = GetAttr(regs[sp-1], name.S)
				regs[sp-1] = v
			case compile.LOAD_FAST_LOAD_ATTR:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				next := instrs[pc]
				if r, ok := instanceAttrFast(ci, pc, v, ci.names[next.Arg].obj.(*Str)); ok {
					regs[sp] = r
					sp++
					pc++
					continue
				}
				// Slow path: push the local; LOAD_ATTR runs next.
				regs[sp] = v
				sp++
			case compile.LOAD_METHOD:
				obj := regs[sp-1]
				nameS := ci.names[in.Arg].obj.(*Str)
				name := nameS.S
				if m, ok := lookupMethodCached(ci, pc-1, obj, nameS); ok {
					regs[sp-1] = m
					regs[sp] = obj
					sp++
					continue
				}
				var v Value
				v, err = GetAttr(obj, name)
				regs[sp-1] = Value{}
				regs[sp] = v
				sp++
			case compile.LOAD_FAST_LOAD_METHOD:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				if m, ok := lookupMethodCached(ci, pc, v, ci.names[instrs[pc].Arg].obj.(*Str)); ok {
					regs[sp] = m
					regs[sp+1] = v
					sp += 2
					pc++
					continue
				}
				// Slow path: push the local; LOAD_METHOD runs next.
				regs[sp] = v
				sp++
			case compile.LOAD_FAST_STORE_ATTR:
				v := regs[in.Arg]
				if v.obj == nil {
					err = unboundLocal(f.Code.LocalNames[in.Arg])
					goto handle
				}
				if storeAttrFast(ci, pc, v, ci.names[instrs[pc].Arg].obj.(*Str), regs[sp-1]) {
					sp--
					regs[sp] = Value{}
					pc++
					continue
				}
				// Slow path: push the local; STORE_ATTR runs next.
				regs[sp] = v
				sp++
			case compile.STORE_ATTR:
				name := ci.names[in.Arg].obj.(*Str)
				if storeAttrFast(ci, pc-1, regs[sp-1], name, regs[sp-2]) {
					sp -= 2
					continue
				}
				err = SetAttr(regs[sp-1], name.S, regs[sp-2])
				sp -= 2
				regs[sp], regs[sp+1] = Value{}, Value{}
			case compile.DELETE_ATTR:
				sp--
				err = SetAttr(regs[sp], ci.names[in.Arg].obj.(*Str).S, Value{})
				regs[sp] = Value{}
			case compile.BINARY_SUBSCR:
				obj, key := regs[sp-2], regs[sp-1]
				sp--
				if l, ok := obj.obj.(*List); ok && l.inst == nil && key.IsInt() {
					i := key.AsInt()
					if i < 0 {
						i += int64(len(l.Items))
					}
					if i >= 0 && i < int64(len(l.Items)) {
						regs[sp-1] = l.Items[i]
						continue
					}
				}
				regs[sp-1], err = GetItem(obj, key)
			case compile.STORE_SUBSCR:
				val, obj, key := regs[sp-3], regs[sp-2], regs[sp-1]
				sp -= 3
				if l, ok := obj.obj.(*List); ok && l.inst == nil && key.IsInt() {
					i := key.AsInt()
					if i < 0 {
						i += int64(len(l.Items))
					}
					if i >= 0 && i < int64(len(l.Items)) {
						l.Items[i] = val
						continue
					}
				}
				if d, ok := obj.obj.(*Dict); ok && d.inst == nil {
					err = d.SetItem(key, val)
					break
				}
				err = SetItem(obj, key, val)
			case compile.DELETE_SUBSCR:
				err = DelItem(regs[sp-2], regs[sp-1])
				sp -= 2
				regs[sp], regs[sp+1] = Value{}, Value{}
			case compile.BINARY_SLICE:
				obj := regs[sp-3]
				if l, ok := obj.obj.(*List); ok && l.inst == nil {
					if i, j, ok := simpleBounds(regs[sp-2], regs[sp-1], len(l.Items)); ok {
						sp -= 2
						regs[sp], regs[sp+1] = Value{}, Value{}
						regs[sp-1] = ListValue(append(make([]Value, 0, j-i), l.Items[i:j]...))
						continue
					}
				}
				if r, ok := sliceStrTupleFast(obj, regs[sp-2], regs[sp-1]); ok {
					sp -= 2
					regs[sp], regs[sp+1] = Value{}, Value{}
					regs[sp-1] = r
					continue
				}
				sl := NewSlice(regs[sp-2], regs[sp-1], None)
				sp -= 2
				regs[sp], regs[sp+1] = Value{}, Value{}
				regs[sp-1], err = GetItem(obj, sl)
			case compile.STORE_SLICE:
				if l, ok := regs[sp-3].obj.(*List); ok && l.inst == nil {
					if i, j, ok := simpleBounds(regs[sp-2], regs[sp-1], len(l.Items)); ok {
						err = listAssignRange(l, i, j, regs[sp-4])
						sp -= 4
						clear(regs[sp : sp+4])
						break
					}
				}
				sl := NewSlice(regs[sp-2], regs[sp-1], None)
				err = SetItem(regs[sp-3], sl, regs[sp-4])
				sp -= 4
				clear(regs[sp : sp+4])
			case compile.BUILD_SLICE:
				if in.Arg == 3 && pc < len(instrs) && instrs[pc].Op == compile.BINARY_SUBSCR {
					// seq[a:b:c] on a list or tuple: no slice object.
					if r, ok := sliceSeqFast(regs[sp-4], regs[sp-3], regs[sp-2], regs[sp-1]); ok {
						sp -= 3
						regs[sp-1] = r
						clear(regs[sp : sp+3])
						pc++
						continue
					}
				}
				if in.Arg == 3 {
					sp -= 2
					regs[sp-1] = NewSlice(regs[sp-1], regs[sp], regs[sp+1])
					regs[sp], regs[sp+1] = Value{}, Value{}
				} else {
					sp--
					regs[sp-1] = NewSlice(regs[sp-1], regs[sp], None)
					regs[sp] = Value{}
				}
			case compile.BINARY_OP:
				a, b := regs[sp-2], regs[sp-1]
				op := BinaryOpKind(in.Arg & 15)
				if a.IsInt() && b.IsInt() {
					// + and - inline: run is too big for Go to inline calls.
					x, y, op := a.AsInt(), b.AsInt(), op
					r, ok := Value{}, false
					if op == OpAdd {
						s := x + y
						r, ok = Int(s), (s > x) == (y > 0)
					} else if op == OpSub {
						s := x - y
						r, ok = Int(s), (s < x) == (y > 0)
					} else {
						r, ok = intFastBinary(op, x, y)
					}
					if ok {
						sp--
						regs[sp-1] = r
						continue
					}
				} else if a.IsFloat() && b.IsFloat() {
					x, y, op := a.AsFloat(), b.AsFloat(), op
					r, ok := Value{}, true
					switch op {
					case OpAdd:
						r = Float(x + y)
					case OpSub:
						r = Float(x - y)
					case OpMul:
						r = Float(x * y)
					default:
						r, ok = floatFastBinary(op, x, y)
					}
					if ok {
						sp--
						regs[sp-1] = r
						continue
					}
				}
				if in.Arg&compile.InplaceFlag == 0 {
					if fn := inlineBinop(a, b, op); fn != nil && len(t.framePool) > 0 && t.depth < t.RecursionLimit {
						nf := newFrame(fn.Code, fn.Globals, fn.Builtins, fn)
						nf.regs[0], nf.regs[1] = a, b
						nf.target = int(op) + 1
						sp -= 2
						regs[sp], regs[sp+1] = Value{}, Value{}
						f.pc, f.sp = pc, sp-ci.nlocals
						t.depth++
						t.frames = append(t.frames, nf)
						f = nf
						if ci, _ = f.Code.Extra.(*codeInfo); ci == nil { // infoOf by hand
							ci = newCodeInfo(f.Code)
						}
						regs, instrs = f.regs, f.Code.Instrs
						pc, sp = 0, ci.nlocals
						continue
					}
				}
				var r Value
				if in.Arg&compile.InplaceFlag != 0 {
					r, err = InplaceOp(op, a, b)
				} else {
					r, err = BinaryOp(op, a, b)
				}
				sp--
				regs[sp-1] = r
			case compile.COMPARE_OP:
				a, b := regs[sp-2], regs[sp-1]
				sp--
				if a.IsInt() && b.IsInt() {
					x, y := a.AsInt(), b.AsInt()
					var r bool
					switch CompareOp(in.Arg) {
					case LT:
						r = x < y
					case LE:
						r = x <= y
					case EQ:
						r = x == y
					case NE:
						r = x != y
					case GT:
						r = x > y
					default:
						r = x >= y
					}
					regs[sp-1] = Bool(r)
					continue
				}
				if a.IsFloat() && b.IsFloat() {
					regs[sp-1] = Bool(floatCmpFast(a.AsFloat(), b.AsFloat(), CompareOp(in.Arg)))
					continue
				}
				regs[sp-1], err = Compare(a, b, CompareOp(in.Arg))
			case compile.IS_OP:
				r := regs[sp-2].Is(regs[sp-1])
				sp--
				regs[sp] = Value{}
				regs[sp-1] = Bool(r != (in.Arg == 1))
			case compile.CONTAINS_OP:
				var r bool
				r, err = Contains(regs[sp-1], regs[sp-2])
				sp--
				regs[sp] = Value{}
				regs[sp-1] = Bool(r != (in.Arg == 1))
			case compile.UNARY_NEGATIVE:
				regs[sp-1], err = Neg(regs[sp-1])
			case compile.UNARY_POSITIVE:
				regs[sp-1], err = Pos(regs[sp-1])
			case compile.UNARY_INVERT:
				regs[sp-1], err = Invert(regs[sp-1])
			case compile.UNARY_NOT:
				var b bool
				b, err = Truth(regs[sp-1])
				regs[sp-1] = Bool(!b)
			case compile.BUILD_TUPLE:
				n := int(in.Arg)
				t := NewTuple(regs[sp-n : sp]...)
				for i := sp - n; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
					regs[i] = Value{}
				}
				sp -= n
				regs[sp] = t
				sp++
			case compile.BUILD_LIST:
				n := int(in.Arg)
				// [] gets room to append; a display with items is
				// exact, as in CPython (a spare 4 made [x] 128 bytes).
				c := n
				if n == 0 {
					c = 4
				}
				items := make([]Value, n, c)
				copy(items, regs[sp-n:sp])
				for i := sp - n; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
					regs[i] = Value{}
				}
				sp -= n
				regs[sp] = ListValue(items)
				sp++
			case compile.BUILD_SET:
				n := int(in.Arg)
				var s Value
				s, err = NewSetValue(regs[sp-n : sp])
				clear(regs[sp-n : sp])
				sp -= n
				regs[sp] = s
				sp++
			case compile.BUILD_MAP:
				n := int(in.Arg)
				d := NewDictSized(n)
				for i := sp - 2*n; i < sp; i += 2 {
					if err = d.SetItem(regs[i], regs[i+1]); err != nil {
						break
					}
				}
				clear(regs[sp-2*n : sp])
				sp -= 2 * n
				regs[sp] = ObjectValue(d)
				sp++
			case compile.BUILD_CONST_KEY_MAP:
				err = Errorf(SystemErrorType, "BUILD_CONST_KEY_MAP unsupported")
			case compile.BUILD_STRING:
				n := int(in.Arg)
				regs[sp-n] = buildString(regs[sp-n : sp])
				for i := sp - n + 1; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
					regs[i] = Value{}
				}
				sp -= n - 1
			case compile.LIST_APPEND:
				sp--
				l := regs[sp-int(in.Arg)].obj.(*List)
				l.Items = append(l.Items, regs[sp])
				regs[sp] = Value{}
			case compile.SET_ADD:
				sp--
				err = SetAddValue(regs[sp-int(in.Arg)], regs[sp])
				regs[sp] = Value{}
			case compile.MAP_ADD:
				sp -= 2
				err = regs[sp-int(in.Arg)].obj.(*Dict).SetItem(regs[sp], regs[sp+1])
				regs[sp], regs[sp+1] = Value{}, Value{}
			case compile.LIST_EXTEND:
				sp--
				err = listExtendOp(regs[sp-int(in.Arg)].obj.(*List), regs[sp])
				regs[sp] = Value{}
			case compile.SET_UPDATE:
				sp--
				set := regs[sp-int(in.Arg)]
				err = SetUpdate(set, regs[sp])
				regs[sp] = Value{}
			case compile.DICT_UPDATE:
				sp--
				err = dictUpdateOp(regs[sp-int(in.Arg)].obj.(*Dict), regs[sp])
				regs[sp] = Value{}
			case compile.DICT_MERGE:
				sp--
				err = dictMergeOp(regs[sp-int(in.Arg)].obj.(*Dict), regs[sp], regs[sp-int(in.Arg)-2])
				regs[sp] = Value{}
			case compile.LIST_TO_TUPLE:
				regs[sp-1] = tupleOf(regs[sp-1].obj.(*List).Items)
			case compile.UNPACK_SEQUENCE:
				n := int(in.Arg)
				seq := regs[sp-1]
				var items []Value
				switch o := seq.obj.(type) {
				case *Tuple:
					if o.typ == nil { // a subclass may define __iter__
						items = o.Items
					}
				case *List:
					if o.inst == nil {
						items = o.Items
					}
				}
				if items == nil || len(items) != n {
					items, err = unpackIterable(seq, n, -1)
					if err != nil {
						goto handle
					}
				}
				sp--
				for i := 0; i < n; i++ {
					regs[sp+n-1-i] = items[i]
				}
				sp += n
			case compile.UNPACK_EX:
				before, after := int(in.Arg&0xff), int(in.Arg>>8)
				var items []Value
				items, err = unpackIterable(regs[sp-1], before+after, before)
				if err != nil {
					goto handle
				}
				sp--
				rest := ListValue(append([]Value(nil), items[before:len(items)-after]...))
				out := make([]Value, 0, before+after+1)
				out = append(out, items[:before]...)
				out = append(out, rest)
				out = append(out, items[len(items)-after:]...)
				n := len(out)
				for i := 0; i < n; i++ {
					regs[sp+n-1-i] = out[i]
				}
				sp += n
			case compile.FORMAT_VALUE:
				var spec Value
				if in.Arg&4 != 0 {
					sp--
					spec = regs[sp]
					regs[sp] = Value{}
				}
				regs[sp-1], err = formatValue(regs[sp-1], int(in.Arg&3), spec)
			case compile.JUMP:
				if int(in.Arg) < pc && t.Interrupt.Tripped() {
					// Raised at this JUMP (pc-1), before taking it; a GIL
					// drop request (gil.go) switches threads here.
					if err = checkInterrupt(t); err != nil {
						goto handle
					}
				}
				pc = int(in.Arg)
			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				sp--
				v := regs[sp]
				var b bool
				if v.IsBool() {
					b = v.bits != 0
				} else if b, err = Truth(v); err != nil {
					goto handle
				}
				if b == (in.Op == compile.POP_JUMP_IF_TRUE) {
					pc = int(in.Arg)
				}
			case compile.POP_JUMP_IF_NONE:
				sp--
				if regs[sp].IsNone() {
					pc = int(in.Arg)
				}
				regs[sp] = Value{}
			case compile.POP_JUMP_IF_NOT_NONE:
				sp--
				if !regs[sp].IsNone() {
					pc = int(in.Arg)
				}
				regs[sp] = Value{}
			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				var b bool
				if b, err = Truth(regs[sp-1]); err != nil {
					goto handle
				}
				if b == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
					pc = int(in.Arg)
				} else {
					sp--
					regs[sp] = Value{}
				}
			case compile.GET_ITER:
				regs[sp-1], err = GetIter(regs[sp-1])
			case compile.FOR_ITER:
				it := regs[sp-1]
				var v Value
				switch o := it.obj.(type) {
				case *rangeIterator:
					if o.left > 0 {
						v = Int(o.next)
						o.next += o.step
						o.left--
					}
				case *listIterator:
					if o.l != nil && o.i < len(o.l.Items) {
						v = o.l.Items[o.i]
						o.i++
					} else {
						o.l = nil
					}
				case *enumerateObj:
					// for i, x in enumerate(...): push the pair as
					// UNPACK_SEQUENCE 2 would, without the tuple.
					if next := instrs[pc]; next.Op == compile.UNPACK_SEQUENCE && next.Arg == 2 && o.n.IsInt() && o.Type() == EnumerateType {
						var x Value
						if x, err = Next(o.it); err != nil {
							goto handle
						}
						if x.obj != nil {
							n := o.n
							o.n, err = BinaryOp(OpAdd, n, Int(1)) // may become a big int
							regs[sp], regs[sp+1] = x, n
							sp += 2
							pc++
							if err != nil {
								goto handle
							}
							continue
						}
						break // exhausted
					}
					v, err = it.Type().Next(it)
					if err != nil {
						goto handle
					}
				case *zipObj:
					// for x, y in zip(a, b): the same without the tuple.
					if next := instrs[pc]; next.Op == compile.UNPACK_SEQUENCE && next.Arg == 2 && len(o.its) == 2 && !o.strict && o.Type() == ZipType {
						var x, y Value
						if x, err = Next(o.its[0]); err != nil {
							goto handle
						}
						if x.obj != nil {
							if y, err = Next(o.its[1]); err != nil {
								goto handle
							}
							if y.obj != nil {
								regs[sp], regs[sp+1] = y, x
								sp += 2
								pc++
								continue
							}
						}
						o.its = nil // exhausted, as zip's __next__ leaves it
						break
					}
					v, err = it.Type().Next(it)
					if err != nil {
						goto handle
					}
				case *Generator:
					if o.typ != GeneratorType || o.running || o.done || o.yieldFrom.obj != nil {
						v, err = it.Type().Next(it)
						if err != nil {
							goto handle
						}
						break
					}
					if t.depth >= t.RecursionLimit {
						err = Errorf(RecursionErrorType, "maximum recursion depth exceeded")
						goto handle
					}
					gf := o.frame
					if o.started {
						gf.stackSlots()[gf.sp] = None
						gf.sp++
					} else {
						o.started = true
					}
					o.running = true
					gf.entry = false
					gf.target = int(in.Arg)
					gf.sendMode = false
					gf.link = t.handled
					t.handled = gf.savedHandled
					f.pc, f.sp = pc, sp-ci.nlocals
					t.depth++
					t.frames = append(t.frames, gf)
					f = gf
					if ci, _ = f.Code.Extra.(*codeInfo); ci == nil { // infoOf by hand
						ci = newCodeInfo(f.Code)
					}
					regs, instrs = f.regs, f.Code.Instrs
					pc, sp = f.pc, f.sp+ci.nlocals
					continue
				default:
					v, err = it.Type().Next(it)
					if err != nil {
						goto handle
					}
				}
				if v.obj == nil {
					if t.Interrupt.Load() {
						err = checkInterrupt(t)
						goto handle
					}
					sp--
					regs[sp] = Value{}
					pc = int(in.Arg)
					continue
				}
				regs[sp] = v
				sp++
			case compile.CALL, compile.CALL_KW:
				nargs := int(in.Arg & 0xff)
				var kwnames []string
				if in.Op == compile.CALL_KW {
					kwnames = ci.kwnames[int(in.Arg>>8)]
				}
				base := sp - nargs - 2
				callable := regs[base]
				var args []Value
				if callable.obj == nil {
					callable = regs[base+1]
					args = regs[base+2 : sp]
				} else {
					args = regs[base+1 : sp]
				}
				var initSelf Value
				switch o := callable.obj.(type) {
				case *Function:
					// Handled below.
				case *BoundMethod:
					if fn, ok := o.Func.obj.(*Function); ok && regs[base].obj == nil {
						// Rewrite [NULL, bm, args] as [fn, self, args].
						regs[base] = o.Func
						regs[base+1] = o.Self
						callable = ObjectValue(fn)
						args = regs[base+1 : sp]
					}
				case *Type:
					if regs[base].obj == nil && o.inlineInit() {
						if abs := o.abstractMethods(); abs != "" {
							err = abstractError(o)
							goto handle
						}
						initSelf = ObjectValue(newInstanceRaw(o))
						initFn := o.Lookup("__init__")
						regs[base] = initFn
						regs[base+1] = initSelf
						callable = initFn
						args = regs[base+1 : sp]
					}
				case *Builtin:
					var r Value
					r, err = o.Fn(args, kwnames)
					for i := base; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
						regs[i] = Value{}
					}
					sp = base
					if err != nil {
						goto handle
					}
					regs[sp] = r
					sp++
					continue
				case *MethodDescr:
					if len(args)-len(kwnames) >= 1 && !o.Def.Class && args[0].Type().IsSubtype(o.Owner) {
						var r Value
						r, err = o.Def.Fn(args[0], args[1:], kwnames)
						for i := base; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
							regs[i] = Value{}
						}
						sp = base
						if err != nil {
							goto handle
						}
						regs[sp] = r
						sp++
						continue
					}
				}
				if fn, ok := callable.obj.(*Function); ok {
					fci, _ := fn.Code.Extra.(*codeInfo) // infoOf, inlined by hand (run is too big for the inliner)
					if fci == nil {
						fci = newCodeInfo(fn.Code)
					}
					if fci.simple && kwnames == nil && len(args) == fci.argc && len(t.framePool) > 0 && t.depth < t.RecursionLimit && !t.Interrupt.Tripped() {
						nf := t.framePool[len(t.framePool)-1]
						if cap(nf.regs) >= fci.nregs {
							t.framePool = t.framePool[:len(t.framePool)-1]
							// Loops, not copy and clear: for the few
							// values of a call they beat the runtime's
							// bulk write-barrier calls.
							nregs := nf.regs[:fci.nregs]
							for i := range args {
								nregs[i] = args[i]
							}
							for i := len(args); i < fci.nlocals; i++ {
								nregs[i] = Value{}
							}
							nf.regs = nregs
							nf.Code, nf.Func, nf.Globals, nf.Builtins = fn.Code, fn, fn.Globals, fn.Builtins
							nf.Locals, nf.sp, nf.pc, nf.entry, nf.gen, nf.pendingErr, nf.escaped = nil, 0, 0, false, nil, nil, false
							nf.cells = nf.cells[:0]
							nf.link = initSelf
							nf.target = 0
							for i := base; i < sp; i++ {
								regs[i] = Value{}
							}
							f.pc, f.sp = pc, base-ci.nlocals
							t.depth++
							t.frames = append(t.frames, nf)
							f = nf
							ci, regs, instrs = fci, nf.regs, fn.Code.Instrs
							pc, sp = 0, ci.nlocals
							continue
						}
					}
				}
				if fn, ok := callable.obj.(*Function); ok && !infoOf(fn.Code).isGen {
					if t.Interrupt.Tripped() {
						if err = checkInterrupt(t); err != nil {
							goto handle
						}
					}
					nf := newFrame(fn.Code, fn.Globals, fn.Builtins, fn)
					if err = bindArgs(fn, nf, args, kwnames); err != nil {
						goto handle
					}
					if t.depth >= t.RecursionLimit {
						err = Errorf(RecursionErrorType, "maximum recursion depth exceeded")
						goto handle
					}
					nf.initCells()
					nf.link = initSelf
					for i := base; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
						regs[i] = Value{}
					}
					f.pc, f.sp = pc, base-ci.nlocals
					t.depth++
					t.frames = append(t.frames, nf)
					f = nf
					ci = f.Code.Extra.(*codeInfo) // set: this code ran or was just looked up
					regs, instrs = f.regs, f.Code.Instrs
					pc, sp = 0, ci.nlocals
					continue
				}
				var r Value
				r, err = Call(callable, args, kwnames)
				for i := base; i < sp; i++ { // a loop beats clear's bulk barrier for a few values
					regs[i] = Value{}
				}
				sp = base
				if err == nil {
					regs[sp] = r
					sp++
				}
			case compile.CALL_FUNCTION_EX:
				var kw Value
				if in.Arg&1 != 0 {
					sp--
					kw = regs[sp]
				}
				argsT := regs[sp-1].obj.(*Tuple).Items
				fnv := regs[sp-2]
				base := sp - 3
				var r Value
				r, err = callEx(fnv, argsT, kw)
				for i := base; i < sp+1; i++ { // a loop beats clear's bulk barrier for a few values
					regs[i] = Value{}
				}
				sp = base
				if err == nil {
					regs[sp] = r
					sp++
				}
			case compile.MAKE_FUNCTION:
				regs, sp = makeFunction(f, regs, sp, int(in.Arg))
			case compile.RETURN_VALUE:
				sp--
				rv := regs[sp]
				regs[sp] = Value{}
				t.frames = t.frames[:len(t.frames)-1]
				t.depth--
				if f == entry {
					f.pc, f.sp = pc, sp-ci.nlocals
					return rv, nil
				}
				done := f
				isGen := done.gen != nil
				if isGen {
					t.handled = done.link
					done.gen.finish(t)
				}
				f = t.frames[len(t.frames)-1]
				ci = f.Code.Extra.(*codeInfo) // set: this code ran or was just looked up
				regs, instrs = f.regs, f.Code.Instrs
				pc, sp = f.pc, f.sp+ci.nlocals
				switch {
				case isGen:
					// An inline generator finished: its FOR_ITER is exhausted
					// (or its SEND delegation completes with the return value).
					sp--
					regs[sp] = Value{}
					pc = done.target
					if done.sendMode {
						regs[sp] = rv
						sp++
						if f.gen != nil {
							f.gen.yieldFrom = Value{}
						}
					}
				case done.target != 0:
					if rv.Is(NotImplemented) {
						rv, err = binopFallback(BinaryOpKind(done.target-1), done.regs[0], done.regs[1])
					}
					t.releaseFrame(done)
					if err == nil {
						regs[sp] = rv
						sp++
					}
				case done.link.obj != nil:
					if !rv.IsNone() {
						err = Errorf(TypeErrorType, "__init__() should return None, not '%s'", rv.Type().Name)
					} else {
						regs[sp] = done.link
						sp++
					}
					t.releaseFrame(done)
				default:
					t.releaseFrame(done)
					regs[sp] = rv
					sp++
				}
			case compile.YIELD_VALUE:
				sp--
				yv := regs[sp]
				regs[sp] = Value{}
				f.pc, f.sp = pc, sp-ci.nlocals
				t.frames = t.frames[:len(t.frames)-1]
				t.depth--
				if f == entry {
					return yv, errYield
				}
				// An inline generator (resumed by FOR_ITER) yields to its caller.
				g := f.gen
				g.running = false
				f.savedHandled = t.handled
				t.handled = f.link
				f = t.frames[len(t.frames)-1]
				ci = f.Code.Extra.(*codeInfo) // set: this code ran or was just looked up
				regs, instrs = f.regs, f.Code.Instrs
				pc, sp = f.pc, f.sp+ci.nlocals
				regs[sp] = yv
				sp++
			case compile.SEND:
				if g, ok := regs[sp-2].obj.(*Generator); ok && (g.typ == GeneratorType || g.typ == CoroutineType) && g.native == nil &&
					!g.running && !g.done && g.yieldFrom.obj == nil && t.depth < t.RecursionLimit {
					sent := regs[sp-1]
					if !g.started && !sent.IsNone() {
						err = Errorf(TypeErrorType, "can't send non-None value to a just-started %s", g.typ.Name)
						goto handle
					}
					// Run the sub-generator inline: it yields back here.
					gf := g.frame
					if g.started {
						gf.stackSlots()[gf.sp] = sent
						gf.sp++
					} else {
						g.started = true
					}
					g.running = true
					gf.entry = false
					gf.target = int(in.Arg)
					gf.sendMode = true
					gf.link = t.handled
					t.handled = gf.savedHandled
					if f.gen != nil {
						f.gen.yieldFrom = regs[sp-2]
						f.gen.sendPC = int32(pc - 1)
					}
					sp--
					f.pc, f.sp = pc, sp-ci.nlocals
					t.depth++
					t.frames = append(t.frames, gf)
					f = gf
					if ci, _ = f.Code.Extra.(*codeInfo); ci == nil { // infoOf by hand
						ci = newCodeInfo(f.Code)
					}
					regs, instrs = f.regs, f.Code.Instrs
					pc, sp = f.pc, f.sp+ci.nlocals
					continue
				}
				var r Value
				var done bool
				r, done, err = sendTo(f, regs[sp-2], regs[sp-1])
				if err != nil {
					goto handle
				}
				if done {
					sp--
					regs[sp] = Value{}
					regs[sp-1] = r
					pc = int(in.Arg)
					if f.gen != nil {
						f.gen.yieldFrom = Value{}
					}
				} else {
					regs[sp-1] = r
					if f.gen != nil {
						f.gen.yieldFrom = regs[sp-2]
						f.gen.sendPC = int32(pc - 1)
					}
				}
			case compile.GET_YIELD_FROM_ITER:
				regs[sp-1], err = getYieldFromIter(regs[sp-1], f.Code)
			case compile.GET_AWAITABLE:
				regs[sp-1], err = getAwaitable(regs[sp-1])
			case compile.RAISE_VARARGS:
				switch in.Arg {
				case 0:
					if cur := t.handledException(); cur != nil {
						err = cur
						reraise = true
					} else {
						err = Errorf(RuntimeErrorType, "No active exception to reraise")
					}
				case 1:
					sp--
					err = makeRaise(regs[sp], Value{}, false)
					regs[sp] = Value{}
				case 2:
					sp -= 2
					err = makeRaise(regs[sp], regs[sp+1], true)
					regs[sp], regs[sp+1] = Value{}, Value{}
				}
				if e, ok := err.(*Exception); ok && in.Arg != 0 {
					t.setContext(e)
				}
			case compile.RERAISE:
				sp--
				err = regs[sp].obj.(*Exception)
				regs[sp] = Value{}
				reraise = true
			case compile.PUSH_EXC_INFO:
				exc := regs[sp-1]
				prev := t.handled
				if prev.obj == nil {
					prev = None
				}
				regs[sp-1] = prev
				regs[sp] = exc
				sp++
				t.handled = exc
			case compile.POP_EXCEPT:
				sp--
				t.handled = regs[sp]
				regs[sp] = Value{}
			case compile.CHECK_EXC_MATCH:
				var ok bool
				ok, err = excMatches(regs[sp-2], regs[sp-1])
				regs[sp-1] = Bool(ok)
			case compile.CHECK_EG_MATCH:
				var rest, match Value
				rest, match, err = egMatch(t, regs[sp-2], regs[sp-1])
				regs[sp-2], regs[sp-1] = rest, match
			case compile.PREP_RERAISE_STAR:
				sp--
				var r Value
				r, err = prepReraiseStar(regs[sp-1], regs[sp])
				regs[sp] = Value{}
				regs[sp-1] = r
			case compile.WITH_EXCEPT_START:
				var r Value
				r, err = withExceptStart(regs[sp-4], regs[sp-1])
				regs[sp] = r
				sp++
			case compile.BEFORE_WITH:
				var exit, res Value
				exit, res, err = beforeWith(regs[sp-1])
				if err != nil {
					goto handle
				}
				regs[sp-1] = exit
				regs[sp] = res
				sp++
			case compile.LOAD_BUILD_CLASS:
				regs[sp] = buildClassBuiltin
				sp++
			case compile.LOAD_ASSERTION_ERROR:
				regs[sp] = ObjectValue(AssertionErrorType)
				sp++
			case compile.SETUP_ANNOTATIONS:
				if _, ok := f.Locals.GetStr("__annotations__"); !ok {
					f.Locals.SetStr("__annotations__", ObjectValue(NewDict()))
				}
			case compile.IMPORT_NAME:
				var m Value
				m, err = t.importName(f, ci.names[in.Arg].obj.(*Str).S, regs[sp-1], regs[sp-2])
				sp--
				regs[sp] = Value{}
				regs[sp-1] = m
			case compile.IMPORT_FROM:
				var v Value
				v, err = importFrom(t, regs[sp-1], ci.names[in.Arg].obj.(*Str).S)
				regs[sp] = v
				sp++
			case compile.IMPORT_STAR:
				sp--
				err = importStar(f, regs[sp])
				regs[sp] = Value{}
			case compile.LOAD_LOCALS:
				regs[sp] = ObjectValue(f.Locals)
				sp++
			case compile.GET_LEN:
				var n int
				n, err = Len(regs[sp-1])
				regs[sp] = Int(int64(n))
				sp++
			case compile.MATCH_MAPPING:
				regs[sp] = Bool(isMapping(regs[sp-1]))
				sp++
			case compile.MATCH_SEQUENCE:
				regs[sp] = Bool(isMatchSequence(regs[sp-1]))
				sp++
			case compile.MATCH_KEYS:
				regs[sp], err = matchKeys(regs[sp-2], regs[sp-1])
				sp++
			case compile.MATCH_CLASS:
				var r Value
				r, err = matchClass(regs[sp-3], regs[sp-2], regs[sp-1], int(in.Arg))
				sp -= 2
				regs[sp], regs[sp+1] = Value{}, Value{}
				regs[sp-1] = r
			case compile.COPY_DICT_WITHOUT_KEYS:
				regs[sp-1], err = copyDictWithoutKeys(regs[sp-2], regs[sp-1])
			case compile.CALL_INTRINSIC_1:
				regs[sp-1], err = callIntrinsic1(int(in.Arg), regs[sp-1])
			case compile.GET_AITER, compile.GET_ANEXT, compile.END_ASYNC_FOR, compile.BEFORE_ASYNC_WITH:
				regs, sp, pc, err = asyncOp(t, f, in, regs, sp, pc)
				if rs, ok := err.(reraiseSignal); ok {
					err = rs.e
					reraise = true
				}

			default:
				err = Errorf(SystemErrorType, "unknown opcode %d", in.Op)
			}
			if err == nil {
				continue
			}
		}
	handle:
		nf, exc := t.unwind(entry, f, pc, sp, err, reraise)
		if exc != nil {
			return Value{}, exc
		}
		f = nf
		ci = f.Code.Extra.(*codeInfo) // set: this code ran or was just looked up
		regs, instrs = f.regs, f.Code.Instrs
		pc, sp = f.pc, f.sp+ci.nlocals
	}
}

// unwind handles err, raised by the instruction at pc-1 of frame f (sp
// indexes f.regs): unless reraise, it adds f's traceback entry; then it
// looks for a handler in f and its callers, popping frames without one. It
// returns the frame to resume with its pc and sp set to the handler, or the
// exception when it leaves entry.
func (t *Thread) unwind(entry, f *Frame, pc, sp int, err error, reraise bool) (*Frame, *Exception) {
	exc := AsException(err)
	code := f.Code
	stack := f.stackSlots()
	sp -= len(code.LocalNames)
	if exc == nil {
		// A typed nil (a nil *Exception as an error): nothing to raise.
		f.pc, f.sp = pc, sp
		return f, nil
	}
	if !reraise {
		exc.Traceback = &Traceback{Next: exc.Traceback, Code: code, PC: pc - 1, Globals: f.Globals}
		if exc.Traceback.Next == nil && exc.typ.IsSubtype(NameErrorType) {
			exc.Traceback.Locals = f.LocalsDict()
		}
		exc.Traceback.keepFrame(f)
		t.setContext(exc)
	}
	for {
		if h, ok := code.FindHandler(pc - 1); ok {
			clear(stack[h.Depth:sp])
			sp = int(h.Depth)
			if h.Lasti {
				stack[sp] = Int(int64(pc - 1))
				sp++
			}
			stack[sp] = ObjectValue(exc)
			sp++
			f.pc, f.sp = int(h.Target), sp
			return f, nil
		}
		// No handler: leave this frame.
		t.frames = t.frames[:len(t.frames)-1]
		t.depth--
		if f == entry {
			f.pc, f.sp = pc, sp
			return nil, exc
		}
		if g := f.gen; g != nil {
			t.handled = f.link
			g.finish(t)
			if caller := t.frames[len(t.frames)-1]; f.sendMode && caller.gen != nil {
				caller.gen.yieldFrom = Value{}
			}
			if exc.typ.IsSubtype(StopIterationType) {
				r := NewException(RuntimeErrorType, StrValue("generator raised StopIteration"))
				r.Cause = ObjectValue(exc)
				r.Context = ObjectValue(exc)
				r.SuppressContext = true
				r.Traceback = exc.Traceback
				exc = r
			}
		} else {
			t.releaseFrame(f)
		}
		f = t.frames[len(t.frames)-1]
		code = f.Code
		stack = f.stackSlots()
		pc, sp = f.pc, f.sp
		// The caller's CALL instruction is at pc-1. A list/set/dict
		// comprehension is inlined in CPython 3.12, so its entry is
		// shown as the caller's instead of adding one.
		if tb := exc.Traceback; tb != nil && isInlinedComprehension(tb.Code) && tb.Code != code {
			tb.Code = comprehensionAs(tb.Code, code)
		} else {
			exc.Traceback = &Traceback{Next: exc.Traceback, Code: code, PC: pc - 1, Globals: f.Globals}
			exc.Traceback.keepFrame(f)
		}
	}
}
