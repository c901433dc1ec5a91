// This file defines range objects (int64 bounds) and their iterator.

package py

import (
	"fmt"
	"math/big"
)

// Range is a Python range with int64 bounds; big is set instead for
// bounds beyond int64 (range_big.go).
type Range struct {
	Start, Stop, Step int64
	big               *bigRange
}

// Type returns range.
func (r *Range) Type() *Type { return RangeType }

// Len returns the number of elements.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start < r.Stop {
			return (r.Stop-r.Start-1)/r.Step + 1
		}
		return 0
	}
	if r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// At returns element i (0 <= i < Len).
func (r *Range) At(i int64) int64 { return r.Start + i*r.Step }

type rangeIterator struct {
	next, step int64
	left       int64
}

func (it *rangeIterator) Type() *Type { return RangeIteratorType }

// Range types.
var (
	RangeType         = newBuiltinType("range", ObjectType, 0)
	RangeIteratorType = newBuiltinType("range_iterator", ObjectType, 0)
)

// NewRangeIterator iterates over r (reversed when rev).
func NewRangeIterator(r *Range, rev bool) Value {
	if r.big != nil {
		return newBigRangeIterator(r, rev)
	}
	n := r.Len()
	if rev {
		return ObjectValue(&rangeIterator{next: r.Start + (n-1)*r.Step, step: -r.Step, left: n})
	}
	return ObjectValue(&rangeIterator{next: r.Start, step: r.Step, left: n})
}

func rangeArg(v Value) (int64, error) {
	if v.IsInt() {
		return v.AsInt(), nil
	}
	if !hasIndex(v) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return IndexInt64(v)
}

func rangeNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("range", args, kwnames, 1, 3); err != nil {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "range() takes no keyword arguments")
		}
		return Value{}, err
	}
	small := true // int64 arguments (the usual case) need no big.Int check
	for _, a := range args {
		small = small && a.IsInt()
	}
	if !small {
		if r, ok, err := rangeNewBig(args); ok || err != nil {
			return r, err
		}
	}
	r := &Range{Step: 1}
	var err error
	switch len(args) {
	case 1:
		if r.Stop, err = rangeArg(args[0]); err != nil {
			return Value{}, err
		}
	default:
		if r.Start, err = rangeArg(args[0]); err != nil {
			return Value{}, err
		}
		if r.Stop, err = rangeArg(args[1]); err != nil {
			return Value{}, err
		}
		if len(args) == 3 {
			if r.Step, err = rangeArg(args[2]); err != nil {
				return Value{}, err
			}
			if r.Step == 0 {
				return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
		}
	}
	return ObjectValue(r), nil
}

func rangeGetItem(v, key Value) (Value, error) {
	r := v.obj.(*Range)
	if r.big != nil {
		return bigRangeGetItem(r, key)
	}
	n := r.Len()
	if sl, ok := key.obj.(*Slice); ok {
		start, stop, step, err := sl.Indices(int(n))
		if err != nil {
			return Value{}, err
		}
		return ObjectValue(&Range{Start: r.At(int64(start)), Stop: r.At(int64(stop)), Step: r.Step * int64(step)}), nil
	}
	i, err := IndexOf(key, "range indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	ii := int64(i)
	if ii < 0 {
		ii += n
	}
	if ii < 0 || ii >= n {
		return Value{}, Errorf(IndexErrorType, "range object index out of range")
	}
	return Int(r.At(ii)), nil
}

func rangeContains(v, x Value) (bool, error) {
	r := v.obj.(*Range)
	if r.big != nil {
		return bigRangeContains(r, x), nil
	}
	if x.IsInt() || x.IsBool() {
		k := x.AsInt()
		if r.Step > 0 {
			if k < r.Start || k >= r.Stop {
				return false, nil
			}
		} else if k > r.Start || k <= r.Stop {
			return false, nil
		}
		return (k-r.Start)%r.Step == 0, nil
	}
	if _, ok := x.obj.(*BigInt); ok {
		return false, nil
	}
	n := r.Len()
	for i := int64(0); i < n; i++ {
		eq, err := Equal(Int(r.At(i)), x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func init() {
	t := RangeType
	t.New = rangeNew
	t.Len = func(v Value) (int, error) {
		if r := v.obj.(*Range); r.big != nil {
			return bigRangeLen(r)
		}
		return int(v.obj.(*Range).Len()), nil
	}
	t.GetItem = rangeGetItem
	t.Contains = rangeContains
	t.Iter = func(v Value) (Value, error) {
		if r := v.obj.(*Range); r.big != nil {
			return newBigRangeIterator(r, false), nil
		}
		return NewRangeIterator(v.obj.(*Range), false), nil
	}
	t.Repr = func(v Value) (Value, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return StrValue(bigRangeRepr(r)), nil
		}
		if r.Step == 1 {
			return StrValue(fmt.Sprintf("range(%d, %d)", r.Start, r.Stop)), nil
		}
		return StrValue(fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)), nil
	}
	t.Bool = func(v Value) (bool, error) {
		if r := v.obj.(*Range); r.big != nil {
			return r.big.n.Sign() != 0, nil
		}
		return v.obj.(*Range).Len() != 0, nil
	}
	t.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1 := a.obj.(*Range)
		y, ok2 := b.obj.(*Range)
		if !ok1 || !ok2 || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		if x.big != nil || y.big != nil {
			bx, by := x.bigBounds(), y.bigBounds()
			eq := bx.n.Cmp(by.n) == 0 && (bx.n.Sign() == 0 || (bx.start.Cmp(by.start) == 0 &&
				(bx.n.Cmp(big.NewInt(1)) == 0 || bx.step.Cmp(by.step) == 0)))
			return Bool(eq == (op == EQ)), nil
		}
		nx, ny := x.Len(), y.Len()
		eq := nx == ny && (nx == 0 || (x.Start == y.Start && (nx == 1 || x.Step == y.Step)))
		return Bool(eq == (op == EQ)), nil
	}
	t.Hash = func(v Value) (int64, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			b := r.big
			switch {
			case b.n.Sign() == 0:
				return Hash(NewTuple(Int(0), None, None))
			case b.n.Cmp(big.NewInt(1)) == 0:
				return Hash(NewTuple(Int(1), MakeBigIntSmall(b.start), None))
			}
			return Hash(NewTuple(MakeBigIntSmall(b.n), MakeBigIntSmall(b.start), MakeBigIntSmall(b.step)))
		}
		n := r.Len()
		var tup Value
		switch n {
		case 0:
			tup = NewTuple(Int(0), None, None)
		case 1:
			tup = NewTuple(Int(1), Int(r.Start), None)
		default:
			tup = NewTuple(Int(n), Int(r.Start), Int(r.Step))
		}
		return Hash(tup)
	}
	AddGetters(t, []Getter{
		{Name: "start", Get: func(self Value) (Value, error) { return MakeBigIntSmall(self.obj.(*Range).bigBounds().start), nil }},
		{Name: "stop", Get: func(self Value) (Value, error) { return MakeBigIntSmall(self.obj.(*Range).bigBounds().stop), nil }},
		{Name: "step", Get: func(self Value) (Value, error) { return MakeBigIntSmall(self.obj.(*Range).bigBounds().step), nil }},
	})
	it := RangeIteratorType
	it.Iter = selfIter
	it.Next = func(v Value) (Value, error) {
		ri := v.obj.(*rangeIterator)
		if ri.left <= 0 {
			return Value{}, nil
		}
		x := ri.next
		ri.next += ri.step
		ri.left--
		return Int(x), nil
	}
}
