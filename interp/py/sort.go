package py

// This file implements the stable sort behind list.sort and sorted(): a
// natural merge sort in the spirit of Timsort. It finds ascending and
// strictly descending runs (reversing the latter), extends short runs to a
// minimum length with binary insertion sort, and merges neighbouring runs
// with a temporary buffer. The comparison may fail (a Python __lt__ can
// raise); the sort then stops at once and returns the error, leaving the
// slice a permutation of its original items, as CPython guarantees.

// sortMinRun is the shortest run the merge phase works with.
const sortMinRun = 32

// sortStable sorts a in place by less, keeping equal items in order.
func sortStable[T any](a []T, less func(x, y T) (bool, error)) error {
	n := len(a)
	if n < 2 {
		return nil
	}
	minRun := computeMinRun(n)
	// runs holds the start index of each run; a run ends where the next begins.
	var runs []int
	for lo := 0; lo < n; {
		hi, err := findRun(a, lo, less)
		if err != nil {
			return err
		}
		if hi-lo < minRun {
			force := min(lo+minRun, n)
			if err := binaryInsertionSort(a[lo:force], hi-lo, less); err != nil {
				return err
			}
			hi = force
		}
		runs = append(runs, lo)
		lo = hi
	}
	runs = append(runs, n)
	tmp := make([]T, 0, n/2+1)
	// Merge adjacent pairs of runs until one remains.
	for len(runs) > 2 {
		next := runs[:1]
		var i int
		for i = 0; i+2 < len(runs); i += 2 {
			lo, mid, hi := runs[i], runs[i+1], runs[i+2]
			var err error
			tmp, err = mergeRuns(a[lo:hi], mid-lo, tmp, less)
			if err != nil {
				return err
			}
			next = append(next, hi)
		}
		if i+1 < len(runs) {
			// An odd run out is carried to the next round unmerged.
			if next[len(next)-1] != runs[len(runs)-1] {
				next = append(next, runs[len(runs)-1])
			}
		}
		runs = next
	}
	return nil
}

// computeMinRun picks a run length in [16, 32] such that n/minrun is a
// power of two or just below one, which balances the merges.
func computeMinRun(n int) int {
	r := 0
	for n >= sortMinRun {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// findRun returns the end of the run starting at lo, reversing it in place
// when it is strictly descending (strictness keeps the sort stable).
func findRun[T any](a []T, lo int, less func(x, y T) (bool, error)) (int, error) {
	hi := lo + 1
	if hi == len(a) {
		return hi, nil
	}
	desc, err := less(a[hi], a[lo])
	if err != nil {
		return 0, err
	}
	hi++
	for hi < len(a) {
		lt, err := less(a[hi], a[hi-1])
		if err != nil {
			return 0, err
		}
		if lt != desc {
			break
		}
		hi++
	}
	if desc {
		for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
			a[i], a[j] = a[j], a[i]
		}
	}
	return hi, nil
}

// binaryInsertionSort sorts a given that a[:sorted] is already sorted.
// Each item is moved only after its place is known, so an error leaves a
// permutation.
func binaryInsertionSort[T any](a []T, sorted int, less func(x, y T) (bool, error)) error {
	for i := max(sorted, 1); i < len(a); i++ {
		pivot := a[i]
		lo, hi := 0, i
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			lt, err := less(pivot, a[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = pivot
	}
	return nil
}

// mergeRuns merges the sorted halves a[:mid] and a[mid:] in place, copying
// the left half to tmp. On error the unmerged rest of tmp is copied back
// into the gap, so a stays a permutation.
func mergeRuns[T any](a []T, mid int, tmp []T, less func(x, y T) (bool, error)) ([]T, error) {
	// Skip the prefix of the left run that is already in place.
	if mid == 0 || mid == len(a) {
		return tmp, nil
	}
	lastLeft := a[mid-1]
	firstRight := a[mid]
	if lt, err := less(firstRight, lastLeft); err != nil || !lt {
		return tmp, err // already ordered (or failed before moving anything)
	}
	tmp = append(tmp[:0], a[:mid]...)
	i, j, k := 0, mid, 0 // tmp index, right index, destination
	for i < len(tmp) && j < len(a) {
		lt, err := less(a[j], tmp[i])
		if err != nil {
			copy(a[k:], tmp[i:])
			return tmp, err
		}
		if lt {
			a[k] = a[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	copy(a[k:], tmp[i:])
	clear(tmp)
	return tmp, nil
}
