"""Heap queue algorithm (a.k.a. priority queue) (adder).

Heaps are lists with a[k] <= a[2*k+1] and a[k] <= a[2*k+2]. Pops move the
last item to the root, push the smaller child up until a leaf is reached
and then bubble the item back up; this order of comparisons gives the same
list layouts as CPython, which users see when they print a heap.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _bubble_up(heap, top, pos, lt):
    # Move heap[pos] towards the root (not above top) while it is smaller
    # than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if lt(item, p):
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos, lt):
    # Push the smaller child up until pos is a leaf, then bubble the
    # original item up from there.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos, lt)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, _lt)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sink(heap, 0, _lt)
        return item
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sink(heap, 0, _lt)
    return result


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0, _lt)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sink(x, i, _lt)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sink(x, i, _gt)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sink(heap, 0, _gt)
        return item
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sink(heap, 0, _gt)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the inputs they came from."""
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        entries.append([key(value) if key is not None else value, order * sign, value, it])
    return _merge(entries, key, reverse, sign)


def _merge(entries, key, reverse, sign):
    lt = _gt if reverse else _lt

    def entry_lt(a, b):
        if lt(a[0], b[0]):
            return True
        if lt(b[0], a[0]):
            return False
        return lt(a[1], b[1])
    h = entries
    for i in reversed(range(len(h) // 2)):
        _sink(h, i, entry_lt)
    while len(h) > 1:
        top = h[0]
        yield top[2]
        try:
            value = next(top[3])
        except StopIteration:
            last = h.pop()
            h[0] = last
            _sink(h, 0, entry_lt)
            continue
        top[0] = key(value) if key is not None else value
        top[2] = value
        _sink(h, 0, entry_lt)
    if h:
        top = h[0]
        yield top[2]
        yield from top[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
