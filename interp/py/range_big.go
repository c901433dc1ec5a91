// This file supports ranges whose bounds do not fit int64 (range(2**70)):
// such a Range carries big bounds and every range operation takes the
// big path; ordinary ranges stay on int64 arithmetic.

package py

import (
	"fmt"
	"math/big"
)

// bigRange holds the bounds and length of a range beyond int64.
type bigRange struct {
	start, stop, step, n *big.Int
}

// newBigRange builds a range from arbitrary int bounds (step != 0).
func newBigRange(start, stop, step *big.Int) *Range {
	n := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		// (stop - start - 1) / step + 1
		n.Sub(stop, start).Sub(n, big.NewInt(1)).Quo(n, step).Add(n, big.NewInt(1))
	} else if step.Sign() < 0 && start.Cmp(stop) > 0 {
		neg := new(big.Int).Neg(step)
		n.Sub(start, stop).Sub(n, big.NewInt(1)).Quo(n, neg).Add(n, big.NewInt(1))
	}
	return &Range{big: &bigRange{start: start, stop: stop, step: step, n: n}}
}

// bigBounds returns any range's bounds and length as big ints.
func (r *Range) bigBounds() *bigRange {
	if r.big != nil {
		return r.big
	}
	return &bigRange{start: big.NewInt(r.Start), stop: big.NewInt(r.Stop), step: big.NewInt(r.Step), n: big.NewInt(r.Len())}
}

// at returns element i of a big range.
func (b *bigRange) at(i *big.Int) *big.Int {
	x := new(big.Int).Mul(i, b.step)
	return x.Add(x, b.start)
}

// indexOf returns the position of k in the range, or nil.
func (b *bigRange) indexOf(k *big.Int) *big.Int {
	if b.step.Sign() > 0 && (k.Cmp(b.start) < 0 || k.Cmp(b.stop) >= 0) ||
		b.step.Sign() < 0 && (k.Cmp(b.start) > 0 || k.Cmp(b.stop) <= 0) {
		return nil
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(k, b.start), b.step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

func bigRangeLen(r *Range) (int, error) {
	if !r.big.n.IsInt64() || r.big.n.Int64() > int64(^uint(0)>>1) {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(r.big.n.Int64()), nil
}

func bigRangeGetItem(r *Range, key Value) (Value, error) {
	b := r.big
	if sl, ok := key.obj.(*Slice); ok {
		if !b.n.IsInt64() {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		start, stop, step, err := sl.Indices(int(b.n.Int64()))
		if err != nil {
			return Value{}, err
		}
		st := new(big.Int).Mul(b.step, big.NewInt(int64(step)))
		return ObjectValue(newBigRange(b.at(big.NewInt(int64(start))), b.at(big.NewInt(int64(stop))), st)), nil
	}
	iv, err := Index(key)
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
	}
	i, _ := AsBig(iv)
	i = new(big.Int).Set(i)
	if i.Sign() < 0 {
		i.Add(i, b.n)
	}
	if i.Sign() < 0 || i.Cmp(b.n) >= 0 {
		return Value{}, Errorf(IndexErrorType, "range object index out of range")
	}
	return MakeBigInt(b.at(i)), nil
}

func bigRangeContains(r *Range, x Value) bool {
	k, ok := AsBig(x)
	return ok && r.big.indexOf(k) != nil
}

func bigRangeRepr(r *Range) string {
	b := r.big
	if b.step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", b.start, b.stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", b.start, b.stop, b.step)
}

// bigRangeIterator iterates a range beyond int64 (longrange_iterator).
type bigRangeIterator struct {
	next, step, left *big.Int
}

func (*bigRangeIterator) Type() *Type { return LongRangeIteratorType }

// LongRangeIteratorType is the iterator of ranges beyond int64.
var LongRangeIteratorType = newBuiltinType("longrange_iterator", ObjectType, 0)

func newBigRangeIterator(r *Range, reversed bool) Value {
	b := r.bigBounds()
	it := &bigRangeIterator{next: new(big.Int).Set(b.start), step: b.step, left: new(big.Int).Set(b.n)}
	if reversed && b.n.Sign() > 0 {
		it.next = b.at(new(big.Int).Sub(b.n, big.NewInt(1)))
		it.step = new(big.Int).Neg(b.step)
	}
	return ObjectValue(it)
}

func init() {
	t := LongRangeIteratorType
	t.Iter = selfIter
	t.Next = func(v Value) (Value, error) {
		it := v.obj.(*bigRangeIterator)
		if it.left.Sign() <= 0 {
			return Value{}, nil
		}
		x := MakeBigIntSmall(it.next)
		it.next = new(big.Int).Add(it.next, it.step)
		it.left = new(big.Int).Sub(it.left, big.NewInt(1))
		return x, nil
	}
}

// rangeNewBig builds the range when some argument is an int beyond int64;
// ok is false when all fit (the int64 path then runs).
func rangeNewBig(args []Value) (Value, bool, error) {
	vals := make([]*big.Int, len(args))
	need := false
	for i, a := range args {
		if a.IsInt() {
			vals[i] = big.NewInt(a.AsInt())
			continue
		}
		if !hasIndex(a) {
			return Value{}, false, nil // the int64 path reports the TypeError
		}
		iv, err := Index(a)
		if err != nil {
			return Value{}, true, err
		}
		b, _ := AsBig(iv)
		if !b.IsInt64() {
			need = true
		}
		vals[i] = b
	}
	if !need {
		return Value{}, false, nil
	}
	start, stop, step := big.NewInt(0), vals[0], big.NewInt(1)
	if len(vals) >= 2 {
		start, stop = vals[0], vals[1]
	}
	if len(vals) == 3 {
		if vals[2].Sign() == 0 {
			return Value{}, true, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		step = vals[2]
	}
	return ObjectValue(newBigRange(start, stop, step)), true, nil
}
