package py

import (
	"errors"
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// This file tests the stable sort: order and stability on many shapes of
// input, and that a failing comparison aborts with a permutation left.

type sortItem struct{ key, seq int }

func lessItem(a, b sortItem) (bool, error) { return a.key < b.key, nil }

func TestSortStableShapes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 1000, 4097} {
		for shape := 0; shape < 6; shape++ {
			a := make([]sortItem, n)
			for i := range a {
				switch shape {
				case 0:
					a[i].key = rng.Intn(10)
				case 1:
					a[i].key = i
				case 2:
					a[i].key = n - i
				case 3:
					a[i].key = rng.Intn(1 << 30)
				case 4:
					a[i].key = i % 7
				case 5:
					a[i].key = (i / 50) * (1 - 2*(i/50%2))
				}
				a[i].seq = i
			}
			want := slices.Clone(a)
			sort.SliceStable(want, func(i, j int) bool { return want[i].key < want[j].key })
			if err := sortStable(a, lessItem); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a, want) {
				t.Fatalf("n=%d shape=%d: not a stable sort", n, shape)
			}
		}
	}
}

func TestSortAbortKeepsPermutation(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	boom := errors.New("boom")
	for _, n := range []int{5, 40, 300, 2000} {
		for limit := 1; limit < 4*n; limit += 1 + limit/3 {
			a := make([]int, n)
			for i := range a {
				a[i] = rng.Intn(n)
			}
			orig := slices.Clone(a)
			calls := 0
			err := sortStable(a, func(x, y int) (bool, error) {
				calls++
				if calls == limit {
					return false, boom
				}
				return x < y, nil
			})
			if calls >= limit && err != boom {
				t.Fatalf("n=%d limit=%d: error not returned", n, limit)
			}
			slices.Sort(orig)
			got := slices.Clone(a)
			slices.Sort(got)
			if !slices.Equal(got, orig) {
				t.Fatalf("n=%d limit=%d: not a permutation after abort", n, limit)
			}
		}
	}
}

func TestSortComparisonCountSorted(t *testing.T) {
	a := make([]int, 1000)
	for i := range a {
		a[i] = i
	}
	calls := 0
	_ = sortStable(a, func(x, y int) (bool, error) { calls++; return x < y, nil })
	if calls != 999 {
		t.Errorf("sorted input took %d comparisons, want 999", calls)
	}
}

func BenchmarkSortStableRandom(b *testing.B) {
	rng := rand.New(rand.NewSource(3))
	src := make([]int, 10000)
	for i := range src {
		src[i] = rng.Int()
	}
	a := make([]int, len(src))
	for i := 0; i < b.N; i++ {
		copy(a, src)
		_ = sortStable(a, func(x, y int) (bool, error) { return x < y, nil })
	}
}
