// This file compiles match statements. A pattern consumes the subject on
// top of the stack and jumps to a failure label (with the stack cut back)
// when it does not match; captures are stored as soon as they match.

package compile

import (
	"adder/interp/syntax"
)

type failPop struct {
	label  int
	pops   int
	target int
}

func (c *compiler) matchStmt(n *syntax.Match) {
	end := c.newLabel()
	c.expr(n.Subject)
	for i, mc := range n.Cases {
		last := i == len(n.Cases)-1
		next := c.newLabel()
		var pending []failPop
		c.pending = &pending
		c.setPos(mc.Pattern)
		if !last || true {
			c.emit(COPY, 1)
		}
		c.pattern(mc.Pattern, next)
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, next, false)
		}
		c.emit(POP_TOP, 0)
		c.stmts(mc.Body)
		c.emit(JUMP, end)
		for _, fp := range pending {
			c.place(fp.label)
			for k := 0; k < fp.pops; k++ {
				c.emit(POP_TOP, 0)
			}
			c.emit(JUMP, fp.target)
		}
		c.pending = nil
		c.place(next)
	}
	c.emit(POP_TOP, 0)
	c.place(end)
}

// popThen returns a label that pops k values then jumps to target.
func (c *compiler) popThen(k int, target int) int {
	if k == 0 {
		return target
	}
	l := c.newLabel()
	*c.pending = append(*c.pending, failPop{label: l, pops: k, target: target})
	return l
}

func (c *compiler) pattern(p syntax.Pattern, fail int) {
	c.setPos(p)
	switch n := p.(type) {
	case *syntax.MatchValue:
		c.expr(n.Value)
		c.emit(COMPARE_OP, cmpEQ)
		c.emit(POP_JUMP_IF_FALSE, fail)
	case *syntax.MatchSingleton:
		c.emitConst(n.Value)
		c.emit(IS_OP, 0)
		c.emit(POP_JUMP_IF_FALSE, fail)
	case *syntax.MatchAs:
		if n.Pattern == nil {
			if n.Name == "" {
				c.emit(POP_TOP, 0)
			} else {
				c.storeName(n.Name)
			}
			return
		}
		c.emit(COPY, 1)
		c.pattern(n.Pattern, c.popThen(1, fail))
		if n.Name == "" {
			c.emit(POP_TOP, 0)
		} else {
			c.storeName(n.Name)
		}
	case *syntax.MatchOr:
		success := c.newLabel()
		for i, alt := range n.Patterns {
			if i == len(n.Patterns)-1 {
				c.pattern(alt, fail)
				c.emit(JUMP, success)
				break
			}
			next := c.newLabel()
			c.emit(COPY, 1)
			c.pattern(alt, next)
			c.emit(POP_TOP, 0)
			c.emit(JUMP, success)
			c.place(next)
		}
		c.place(success)
	case *syntax.MatchSequence:
		star := -1
		for i, q := range n.Patterns {
			if _, ok := q.(*syntax.MatchStar); ok {
				if star >= 0 {
					c.errorAt(q, "multiple starred names in sequence pattern")
				}
				star = i
			}
		}
		popFail := c.popThen(1, fail)
		c.emit(MATCH_SEQUENCE, 0)
		c.emit(POP_JUMP_IF_FALSE, popFail)
		size := len(n.Patterns)
		c.emit(GET_LEN, 0)
		if star < 0 {
			c.emitConst(int64(size))
			c.emit(COMPARE_OP, cmpEQ)
		} else {
			c.emitConst(int64(size - 1))
			c.emit(COMPARE_OP, cmpGE)
		}
		c.emit(POP_JUMP_IF_FALSE, popFail)
		if star < 0 {
			c.emit(UNPACK_SEQUENCE, size)
		} else {
			c.emit(UNPACK_EX, star|(size-star-1)<<8)
		}
		for i, q := range n.Patterns {
			remaining := size - 1 - i
			if s, ok := q.(*syntax.MatchStar); ok {
				if s.Name == "" {
					c.emit(POP_TOP, 0)
				} else {
					c.storeName(s.Name)
				}
				continue
			}
			c.pattern(q, c.popThen(remaining, fail))
		}
	case *syntax.MatchMapping:
		popFail := c.popThen(1, fail)
		c.emit(MATCH_MAPPING, 0)
		c.emit(POP_JUMP_IF_FALSE, popFail)
		if len(n.Keys) == 0 {
			if n.Rest != "" {
				c.emitConst([]any{})
				c.emit(COPY_DICT_WITHOUT_KEYS, 0)
				c.storeName(n.Rest)
			}
			c.emit(POP_TOP, 0)
			return
		}
		for _, k := range n.Keys {
			c.expr(k)
		}
		c.emit(BUILD_TUPLE, len(n.Keys))
		c.emit(MATCH_KEYS, 0)
		c.emit(COPY, 1)
		c.emit(POP_JUMP_IF_NONE, c.popThen(3, fail))
		c.emit(UNPACK_SEQUENCE, len(n.Keys))
		for i, q := range n.Patterns {
			remaining := len(n.Keys) - 1 - i
			c.pattern(q, c.popThen(remaining+2, fail))
		}
		if n.Rest != "" {
			c.emit(COPY_DICT_WITHOUT_KEYS, 0)
			c.storeName(n.Rest)
			c.emit(POP_TOP, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.emit(POP_TOP, 0)
		}
	case *syntax.MatchClass:
		c.expr(n.Cls)
		names := make([]any, len(n.KwdAttrs))
		for i, a := range n.KwdAttrs {
			names[i] = a
		}
		c.emitConst(names)
		c.setPos(n)
		c.emit(MATCH_CLASS, len(n.Patterns))
		c.emit(COPY, 1)
		c.emit(POP_JUMP_IF_NONE, c.popThen(1, fail))
		total := len(n.Patterns) + len(n.KwdPatterns)
		c.emit(UNPACK_SEQUENCE, total)
		all := append(append([]syntax.Pattern{}, n.Patterns...), n.KwdPatterns...)
		for i, q := range all {
			c.pattern(q, c.popThen(total-1-i, fail))
		}
	case *syntax.MatchStar:
		c.errorAt(n, "can't use starred name here")
	default:
		c.errorAt(p, "unsupported pattern")
	}
}
