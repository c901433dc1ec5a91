import itertools as it
from itertools import *
import operator

print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(count(5, -1), 3)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(1), 2)), list(repeat(0, -1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(batched('abcdefg', 3)), list(batched([], 2)))
try:
    batched('a', 0)
except ValueError as e:
    print("ValueError:", e)
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = [(k, g) for k, g in groupby('aabb')]
print([(k, list(g)) for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)), list(islice('abc', 5, 2)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
for bad in [(-1,), (1, -1), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(tee('abc', 3)), tee('a', 0))
x, y, z = tee(range(4), 3)
print(list(x), list(y), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), len(list(product('abc', 'de', 'fgh', [1, 2]))))
print(list(product('ab', 'cd', 'ef'))[:5])
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations([], 0)), len(list(permutations(range(5)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
try:
    list(combinations('abc', -1))
except ValueError as e:
    print("ValueError:", e)
print(sum(1 for _ in product(range(10), repeat=4)))
