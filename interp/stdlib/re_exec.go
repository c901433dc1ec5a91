// This file compiles a parsed pattern into a small instruction program
// and runs it with a backtracking machine that keeps its choice points on
// an explicit stack (never the Go stack), so long inputs cannot overflow
// it. Lookarounds and atomic groups run sub-programs on the same stack.

package stdlib

type instOp uint8

const (
	iChar          instOp = iota // r (icase, ascii)
	iAny                         // . (dotall)
	iClass                       // cls
	iSplit                       // try x, then y
	iJmp                         // goto x
	iSave                        // caps[n] = pos; closing saves also set lastindex
	iAssert                      // anchor r
	iBackref                     // group n
	iLook                        // sub: lookahead/behind (neg, behind, width)
	iAtomic                      // sub: match once, no backtracking into it
	iCond                        // group n set ? x : y
	iRepeatOne                   // one{min,max} over a single-character instruction
	iMark                        // regs[n] = pos
	iCheckProgress               // leave the loop (goto x) if pos == regs[n]: an empty iteration
	iMatch
)

type inst struct {
	op        instOp
	r         rune
	icase     bool
	ascii     bool
	dotall    bool
	multiline bool
	neg       bool
	behind    bool
	greedy    bool
	cls       *charClass
	x, y, n   int
	min, max  int
	width     int
	sub       *reProg
	one       *inst
}

type reProg struct {
	insts []inst
	nregs int
	full  *reProg // the fullmatch variant, built on first use
}

type reCompiler struct {
	nregs  int
	size   int
	tooBig bool
}

const reMaxProgram = 1 << 20

func compileRegex(root *reNode) *reProg {
	c := &reCompiler{}
	return c.prog(root)
}

func (c *reCompiler) prog(n *reNode) *reProg {
	p := &reProg{}
	c.emit(p, n)
	p.insts = append(p.insts, inst{op: iMatch})
	p.nregs = c.nregs
	return p
}

func (c *reCompiler) add(p *reProg, in inst) int {
	p.insts = append(p.insts, in)
	c.size++
	if c.size > reMaxProgram {
		c.tooBig = true
	}
	return len(p.insts) - 1
}

func singleChar(n *reNode) *inst {
	switch n.op {
	case opLiteral:
		return &inst{op: iChar, r: n.r, icase: n.icase, ascii: n.ascii}
	case opAny:
		return &inst{op: iAny, dotall: n.dotall}
	case opClass:
		return &inst{op: iClass, cls: n.cls}
	}
	return nil
}

func (c *reCompiler) emit(p *reProg, n *reNode) {
	if c.tooBig {
		return
	}
	switch n.op {
	case opEmpty:
	case opLiteral, opAny, opClass:
		c.add(p, *singleChar(n))
	case opConcat:
		for _, s := range n.subs {
			c.emit(p, s)
		}
	case opAlt:
		var jumps []int
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				split := c.add(p, inst{op: iSplit})
				p.insts[split].x = len(p.insts)
				c.emit(p, s)
				jumps = append(jumps, c.add(p, inst{op: iJmp}))
				p.insts[split].y = len(p.insts)
			} else {
				c.emit(p, s)
			}
		}
		for _, j := range jumps {
			p.insts[j].x = len(p.insts)
		}
	case opGroup:
		c.add(p, inst{op: iSave, n: 2 * n.group})
		c.emit(p, n.sub)
		c.add(p, inst{op: iSave, n: 2*n.group + 1})
	case opRepeat:
		c.emitRepeat(p, n)
	case opAssert:
		c.add(p, inst{op: iAssert, r: n.r, multiline: n.multiline, ascii: n.ascii})
	case opBackref:
		c.add(p, inst{op: iBackref, n: n.group, icase: n.icase, ascii: n.ascii})
	case opLook:
		w := 0
		if n.behind {
			w, _ = fixedWidth(n.sub)
		}
		c.add(p, inst{op: iLook, sub: c.prog(n.sub), neg: n.neg, behind: n.behind, width: w})
	case opAtomic:
		c.add(p, inst{op: iAtomic, sub: c.prog(n.sub)})
	case opCond:
		ci := c.add(p, inst{op: iCond, n: n.group})
		p.insts[ci].x = len(p.insts)
		c.emit(p, n.subs[0])
		j := c.add(p, inst{op: iJmp})
		p.insts[ci].y = len(p.insts)
		c.emit(p, n.subs[1])
		p.insts[j].x = len(p.insts)
	}
}

func (c *reCompiler) emitRepeat(p *reProg, n *reNode) {
	if n.possessive {
		inner := *n
		inner.possessive = false
		c.add(p, inst{op: iAtomic, sub: c.prog(&inner)})
		return
	}
	if one := singleChar(n.sub); one != nil {
		c.add(p, inst{op: iRepeatOne, one: one, min: n.min, max: n.max, greedy: n.greedy})
		return
	}
	for i := 0; i < n.min; i++ {
		c.emit(p, n.sub)
		if c.tooBig {
			return
		}
	}
	if n.max < 0 {
		reg := c.nregs
		c.nregs++
		loop := c.add(p, inst{op: iSplit})
		body := len(p.insts)
		c.add(p, inst{op: iMark, n: reg})
		c.emit(p, n.sub)
		check := c.add(p, inst{op: iCheckProgress, n: reg})
		c.add(p, inst{op: iJmp, x: loop})
		exit := len(p.insts)
		p.insts[check].x = exit
		if n.greedy {
			p.insts[loop].x, p.insts[loop].y = body, exit
		} else {
			p.insts[loop].x, p.insts[loop].y = exit, body
		}
		return
	}
	var splits []int
	for i := n.min; i < n.max; i++ {
		s := c.add(p, inst{op: iSplit})
		splits = append(splits, s)
		p.insts[s].x = len(p.insts) // body (patched below for lazy)
		c.emit(p, n.sub)
		if c.tooBig {
			return
		}
	}
	exit := len(p.insts)
	for _, s := range splits {
		body := s + 1
		if n.greedy {
			p.insts[s].x, p.insts[s].y = body, exit
		} else {
			p.insts[s].x, p.insts[s].y = exit, body
		}
	}
}

// Backtrack entry kinds.
const (
	btBranch  = iota // resume at pc, pos
	btCap            // restore caps[a] = b
	btLast           // restore lastIndex = a
	btReg            // restore regs[a] = b (regs of the running program)
	btGreedy         // RepeatOne greedy: at pc (the instruction), start pos, count a, min b
	btLazy           // RepeatOne lazy: at pc, start pos, count a
	btBarrier        // the bottom of a sub-program's run
)

type btEntry struct {
	kind uint8
	pc   int32
	pos  int
	a, b int
}

// reMachine runs programs over one input.
type reMachine struct {
	in        []rune
	end       int // endpos: the input ends here for matching purposes
	caps      []int
	lastIndex int
	stack     []btEntry
	// mustAdvance rejects an empty match at forbidPos (the position right
	// after a previous empty match, for finditer/sub/split).
	mustAdvance bool
	forbidPos   int
	attempt     int
}

func (m *reMachine) matchOne(in *inst, pos int) bool {
	if pos >= m.end {
		return false
	}
	r := m.in[pos]
	switch in.op {
	case iChar:
		if r == in.r {
			return true
		}
		return in.icase && foldEq(r, in.r, in.ascii)
	case iAny:
		return in.dotall || r != '\n'
	case iClass:
		return in.cls.matches(r)
	}
	return false
}

func (m *reMachine) isWordAt(i int, ascii bool) bool {
	return i >= 0 && i < m.end && isWordRe(m.in[i], ascii)
}

func (m *reMachine) assert(in *inst, pos int) bool {
	switch in.r {
	case '^':
		return pos == 0 || (in.multiline && pos <= m.end && m.in[pos-1] == '\n')
	case '$':
		if pos == m.end || (pos == m.end-1 && m.in[pos] == '\n') {
			return true
		}
		return in.multiline && pos < m.end && m.in[pos] == '\n'
	case 'A':
		return pos == 0
	case 'Z':
		return pos == m.end
	case 'b':
		if m.end == 0 {
			return false
		}
		return m.isWordAt(pos-1, in.ascii) != m.isWordAt(pos, in.ascii)
	case 'B':
		if m.end == 0 {
			return false
		}
		return m.isWordAt(pos-1, in.ascii) == m.isWordAt(pos, in.ascii)
	}
	return false
}

func (m *reMachine) setCap(slot, pos int) {
	m.stack = append(m.stack, btEntry{kind: btCap, a: slot, b: m.caps[slot]})
	m.caps[slot] = pos
	if slot&1 == 1 {
		m.stack = append(m.stack, btEntry{kind: btLast, a: m.lastIndex})
		m.lastIndex = slot / 2
	}
}

// run executes prog from pos; it returns the end position of the first
// match, or -1. On success the stack above the caller's height keeps
// only capture undo entries (so the caller can still backtrack them); on
// failure it is back at the caller's height.
func (m *reMachine) run(prog *reProg, pos int) int {
	base := len(m.stack)
	regs := make([]int, prog.nregs)
	insts := prog.insts
	pc := 0
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case iChar, iAny, iClass:
			if m.matchOne(in, pos) {
				pos++
				pc++
			} else {
				ok = false
			}
		case iSplit:
			m.stack = append(m.stack, btEntry{kind: btBranch, pc: int32(in.y), pos: pos})
			pc = in.x
		case iJmp:
			pc = in.x
		case iSave:
			m.setCap(in.n, pos)
			pc++
		case iAssert:
			if m.assert(in, pos) {
				pc++
			} else {
				ok = false
			}
		case iBackref:
			s, e := m.caps[2*in.n], m.caps[2*in.n+1]
			if s < 0 || e < 0 {
				ok = false
				break
			}
			l := e - s
			if pos+l > m.end {
				ok = false
				break
			}
			for k := 0; k < l; k++ {
				a, b := m.in[s+k], m.in[pos+k]
				if a != b && !(in.icase && foldEq(a, b, in.ascii)) {
					ok = false
					break
				}
			}
			if ok {
				pos += l
				pc++
			}
		case iLook:
			start := pos
			if in.behind {
				start = pos - in.width
			}
			matched := false
			if start >= 0 {
				savedEnd := m.end
				if in.behind {
					m.end = pos
				}
				h := len(m.stack)
				e := m.subRun(in.sub, start)
				m.end = savedEnd
				matched = e >= 0 && (!in.behind || e == pos)
				if e >= 0 && (in.neg || !matched) {
					m.undoTo(h)
				}
			}
			if matched != in.neg {
				pc++
			} else {
				ok = false
			}
		case iAtomic:
			e := m.subRun(in.sub, pos)
			if e >= 0 {
				pos = e
				pc++
			} else {
				ok = false
			}
		case iCond:
			if m.caps[2*in.n+1] >= 0 && m.caps[2*in.n] >= 0 {
				pc = in.x
			} else {
				pc = in.y
			}
		case iRepeatOne:
			if in.greedy {
				n := 0
				for (in.max < 0 || n < in.max) && m.matchOne(in.one, pos+n) {
					n++
				}
				if n < in.min {
					ok = false
					break
				}
				if n > in.min {
					m.stack = append(m.stack, btEntry{kind: btGreedy, pc: int32(pc), pos: pos, a: n, b: in.min})
				}
				pos += n
				pc++
			} else {
				n := 0
				for n < in.min && m.matchOne(in.one, pos+n) {
					n++
				}
				if n < in.min {
					ok = false
					break
				}
				if in.max < 0 || n < in.max {
					m.stack = append(m.stack, btEntry{kind: btLazy, pc: int32(pc), pos: pos, a: n})
				}
				pos += n
				pc++
			}
		case iMark:
			m.stack = append(m.stack, btEntry{kind: btReg, a: in.n, b: regs[in.n]})
			regs[in.n] = pos
			pc++
		case iCheckProgress:
			// An iteration that matched empty ends the loop (its captures
			// stand, as in CPython) instead of looping forever.
			if pos == regs[in.n] {
				pc = in.x
			} else {
				pc++
			}
		case iMatch:
			if m.mustAdvance && pos == m.forbidPos && m.attempt == m.forbidPos && base == 0 {
				ok = false
				break
			}
			m.keepCaps(base)
			return pos
		}
		if ok {
			continue
		}
		// Backtrack: pop entries, undoing captures, until a choice point.
		for {
			if len(m.stack) == base {
				return -1
			}
			e := &m.stack[len(m.stack)-1]
			switch e.kind {
			case btCap:
				m.caps[e.a] = e.b
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case btLast:
				m.lastIndex = e.a
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case btReg:
				regs[e.a] = e.b
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case btBranch:
				pc, pos = int(e.pc), e.pos
				m.stack = m.stack[:len(m.stack)-1]
			case btGreedy:
				e.a--
				pos = e.pos + e.a
				pc = int(e.pc) + 1
				if e.a <= e.b {
					m.stack = m.stack[:len(m.stack)-1]
				}
			case btLazy:
				ri := &insts[e.pc]
				if !m.matchOne(ri.one, e.pos+e.a) {
					m.stack = m.stack[:len(m.stack)-1]
					continue
				}
				e.a++
				pos = e.pos + e.a
				pc = int(e.pc) + 1
				if ri.max >= 0 && e.a >= ri.max {
					m.stack = m.stack[:len(m.stack)-1]
				}
			default:
				m.stack = m.stack[:len(m.stack)-1]
				continue
			}
			break
		}
	}
}

// subRun runs a sub-program (lookaround or atomic group) without letting
// the caller backtrack into it.
func (m *reMachine) subRun(prog *reProg, pos int) int {
	return m.run(prog, pos)
}

// keepCaps drops the choice points above base, keeping the capture undo
// entries so an outer backtrack still restores the captures.
func (m *reMachine) keepCaps(base int) {
	out := m.stack[:base]
	for _, e := range m.stack[base:] {
		if e.kind == btCap || e.kind == btLast {
			out = append(out, e)
		}
	}
	m.stack = out
}

// undoTo pops entries down to height h, applying capture undos.
func (m *reMachine) undoTo(h int) {
	for len(m.stack) > h {
		e := m.stack[len(m.stack)-1]
		switch e.kind {
		case btCap:
			m.caps[e.a] = e.b
		case btLast:
			m.lastIndex = e.a
		}
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// reMode selects match (anchored at pos), search, or fullmatch.
type reMode int

const (
	modeMatch reMode = iota
	modeSearch
	modeFull
)

// execRegex finds a match; it returns the capture spans (2 per group,
// group 0 first, -1 when unset) and lastindex, or nil.
func execRegex(prog *reProg, ngroups int, in []rune, pos, endpos int, mode reMode, mustAdvance bool) ([]int, int) {
	if endpos > len(in) {
		endpos = len(in)
	}
	if pos < 0 {
		pos = 0
	}
	if pos > endpos {
		return nil, 0
	}
	m := &reMachine{in: in, end: endpos, caps: make([]int, 2*(ngroups+1)), mustAdvance: mustAdvance, forbidPos: pos}
	p := prog
	if mode == modeFull {
		p = fullProg(prog)
	}
	var lit rune = -1
	if len(p.insts) > 0 && p.insts[0].op == iChar && !p.insts[0].icase {
		lit = p.insts[0].r
	}
	for start := pos; start <= endpos; start++ {
		if lit >= 0 && mode == modeSearch {
			for start < endpos && in[start] != lit {
				start++
			}
			if start >= endpos {
				break
			}
		}
		for i := range m.caps {
			m.caps[i] = -1
		}
		m.lastIndex = 0
		m.stack = m.stack[:0]
		m.attempt = start
		if e := m.run(p, start); e >= 0 {
			m.caps[0], m.caps[1] = start, e
			return m.caps, m.lastIndex
		}
		if mode != modeSearch {
			break
		}
	}
	return nil, 0
}

// fullProg wraps prog so that it must end at the end of the input: the
// program, then an end-of-text assertion.
func fullProg(prog *reProg) *reProg {
	if prog.full != nil {
		return prog.full
	}
	insts := make([]inst, len(prog.insts))
	copy(insts, prog.insts)
	last := len(insts) - 1
	insts[last] = inst{op: iAssert, r: 'Z'}
	insts = append(insts, inst{op: iMatch})
	prog.full = &reProg{insts: insts, nregs: prog.nregs}
	return prog.full
}
