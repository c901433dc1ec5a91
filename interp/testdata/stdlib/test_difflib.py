import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(s.find_longest_match(0, 28, 0, 37))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).get_opcodes())
long_b = "ab" * 150 + "xyz"
s = difflib.SequenceMatcher(None, "a" * 10 + "xyz", long_b)
print(sorted(s.bpopular), s.ratio(), difflib.SequenceMatcher(None, "a" * 10 + "xyz", long_b, autojunk=False).ratio())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", ["ape", "apple", "accent", "except", "accepted"], n=2, cutoff=0.5))
try:
    difflib.get_close_matches("x", [], n=0)
except ValueError as e:
    print("ValueError", e)

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "TEN\n", "eleven\n", "twelve\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.unified_diff(a, b, "x", "y", "2020-01-01", "2020-01-02", n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="before.py", tofile="after.py")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], ["new\n"])), list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.context_diff(["x\n"], [])))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError", e)

d = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(d), end="")
print("".join(difflib.restore(d, 1)), end="")
print("".join(difflib.restore(d, 2)), end="")
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print(list(difflib.ndiff(["abc\n", "same\n"], ["xyz\n", "same\n"])))
print(list(difflib.ndiff(["\tindented x\n"], ["\tindented y\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
