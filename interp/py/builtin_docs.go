// This file holds text signatures and docstrings for the Go-implemented
// builtins, keyed by qualified name ("len", "str.split", "math.sqrt"). The
// signatures are CPython 3.12's (what inspect.signature reports); the
// docstrings are adder's own short descriptions, written for this table,
// since the Go builtins carry no __doc__ of their own. It is the one
// source for __doc__ and __text_signature__ of builtins and for the
// shell's obj? and signature help.

package py

import "strings"

type builtinDocEntry struct {
	sig string // "(obj, /)"; "" when inspect cannot tell
	doc string
}

var builtinDocs = map[string]builtinDocEntry{
	// Functions.
	"abs":         {"(x, /)", "Give the absolute value of x."},
	"aiter":       {"(async_iterable, /)", "Get an asynchronous iterator for an async iterable."},
	"all":         {"(iterable, /)", "True when no item of the iterable is false; True for an empty one."},
	"anext":       {"", "anext(aiterator[, default])\n\nAwait the next item of an async iterator; with a default, give it back instead of raising StopAsyncIteration."},
	"any":         {"(iterable, /)", "True when at least one item of the iterable is true; False for an empty one."},
	"ascii":       {"(obj, /)", "Like repr(), but with non-ASCII characters escaped as \\x, \\u or \\U sequences."},
	"bin":         {"(number, /)", "Write an integer in binary, e.g. bin(5) gives '0b101'."},
	"breakpoint":  {"(*args, **kws)", "Stop in the debugger (calls sys.breakpointhook)."},
	"callable":    {"(obj, /)", "Tell whether obj can be called (classes can; instances can when their class has __call__)."},
	"chr":         {"(i, /)", "The one-character string for the Unicode code point i (0 <= i <= 0x10ffff)."},
	"compile":     {"(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", "Turn source text or an AST into a code object for exec() or eval().\n\nmode is 'exec' for a module, 'eval' for one expression or 'single' for one\ninteractive statement."},
	"delattr":     {"(obj, name, /)", "Remove the attribute called name from obj: delattr(x, 'y') is del x.y."},
	"dir":         {"", "dir([object]) -> list of strings\n\nWithout an argument, the names of the current scope. With one, the\nattributes of the object (its __dir__ when defined), sorted."},
	"divmod":      {"(x, y, /)", "The pair (x // y, x % y)."},
	"eval":        {"(source, globals=None, locals=None, /)", "Evaluate an expression (a string or code object) and give its value,\nin the given namespaces or the caller's."},
	"exec":        {"(source, globals=None, locals=None, /, *, closure=None)", "Run statements (a string or code object) in the given namespaces or\nthe caller's. Gives None."},
	"format":      {"(value, format_spec='', /)", "Format value by format_spec, through type(value).__format__."},
	"getattr":     {"", "getattr(object, name[, default]) -> value\n\nRead the attribute called name: getattr(x, 'y') is x.y. With a default,\ngive it back instead of raising AttributeError when the attribute is missing."},
	"globals":     {"()", "The dictionary of the current module's global names."},
	"hasattr":     {"(obj, name, /)", "Tell whether obj has an attribute called name (getattr without AttributeError)."},
	"hash":        {"(obj, /)", "The hash value of obj; equal objects have equal hashes."},
	"help":        {"(*args, **kwds)", "Show documentation for an object, or start interactive help without one."},
	"hex":         {"(number, /)", "Write an integer in hexadecimal, e.g. hex(255) gives '0xff'."},
	"id":          {"(obj, /)", "An integer identifying obj, unique among objects alive at the same time."},
	"input":       {"(prompt='', /)", "Read one line of text from standard input, without the newline,\nafter writing the prompt. Raises EOFError at end of input."},
	"isinstance":  {"(obj, class_or_tuple, /)", "Tell whether obj is an instance of the class, of a subclass, or of\nany class in a tuple (or union) of them."},
	"issubclass":  {"(cls, class_or_tuple, /)", "Tell whether cls derives from the class, or from any class in a tuple\n(or union) of them."},
	"iter":        {"", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator over the iterable; in the second form, call the callable\nuntil it gives back the sentinel."},
	"len":         {"(obj, /)", "The number of items in a container."},
	"locals":      {"()", "A dictionary of the current scope's local names."},
	"max":         {"", "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nThe largest item of one iterable, or the largest argument. default is\ngiven back for an empty iterable; key orders the items."},
	"min":         {"", "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nThe smallest item of one iterable, or the smallest argument. default is\ngiven back for an empty iterable; key orders the items."},
	"next":        {"", "next(iterator[, default])\n\nThe next item of the iterator; at the end, the default if given, else\nStopIteration is raised."},
	"oct":         {"(number, /)", "Write an integer in octal, e.g. oct(8) gives '0o10'."},
	"open":        {"(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)", "Open a file and give a file object (text or binary by mode: 'r', 'w',\n'x', 'a', with 'b' for bytes and '+' for reading and writing)."},
	"ord":         {"(c, /)", "The Unicode code point of a one-character string."},
	"pow":         {"(base, exp, mod=None)", "base ** exp, or base ** exp % mod computed efficiently with three arguments."},
	"print":       {"(*args, sep=' ', end='\\n', file=None, flush=False)", "Write the arguments to a stream (sys.stdout by default), separated by\nsep and followed by end."},
	"repr":        {"(obj, /)", "The canonical string form of obj; for many types eval(repr(obj)) == obj."},
	"round":       {"(number, ndigits=None)", "Round to ndigits decimal places, halves to even. Without ndigits the\nresult is an int; otherwise it has the type of number."},
	"setattr":     {"(obj, name, value, /)", "Set the attribute called name: setattr(x, 'y', v) is x.y = v."},
	"sorted":      {"(iterable, /, *, key=None, reverse=False)", "A new list of the iterable's items in ascending order (stable; key\nand reverse as in list.sort)."},
	"sum":         {"(iterable, /, start=0)", "start plus the sum of the iterable's items (numbers; not strings)."},
	"vars":        {"", "vars([object]) -> dictionary\n\nThe __dict__ of the object, or the local names without an argument."},
	"__import__":  {"(name, globals=None, locals=None, fromlist=(), level=0)", "Import a module; the import statement calls this. Prefer importlib.import_module."},
	"get_ipython": {"()", "The running shell, through which magics and shell escapes run."},

	// Classes: the constructor's signature.
	"bool":         {"", "bool(x) -> bool\n\nTrue when x is true, else False. True and False are its only instances;\nbool derives from int."},
	"bytearray":    {"", "bytearray() / bytearray(int) / bytearray(iterable_of_ints)\nbytearray(string, encoding[, errors]) / bytearray(bytes_or_buffer)\n\nA mutable sequence of bytes: empty, zero-filled to a length, from small\nints, from encoded text, or copied from a buffer."},
	"bytes":        {"", "bytes() / bytes(int) / bytes(iterable_of_ints)\nbytes(string, encoding[, errors]) / bytes(bytes_or_buffer)\n\nAn immutable sequence of bytes: empty, zero-filled to a length, from\nsmall ints, from encoded text, or copied from a buffer."},
	"classmethod":  {"(function, /)", "Make a method receive the class, not the instance, as its first argument."},
	"complex":      {"(real=0, imag=0)", "A complex number from a real part and an optional imaginary part, or from a string."},
	"dict":         {"", "dict() / dict(mapping) / dict(iterable_of_pairs) / dict(**kwargs)\n\nA mapping from keys to values that remembers insertion order; built\nempty, from another mapping, from (key, value) pairs or from keywords."},
	"enumerate":    {"(iterable, start=0)", "An iterator of (index, item) pairs, counting from start."},
	"filter":       {"(function, iterable, /)", "An iterator over the items for which function(item) is true (or the\ntrue items when function is None)."},
	"float":        {"(x=0, /)", "A floating-point number from a number or a string."},
	"frozenset":    {"", "frozenset() / frozenset(iterable)\n\nAn immutable, hashable set of unique items."},
	"int":          {"", "int([x]) / int(x, base=10)\n\nAn integer from a number (floats are truncated toward zero) or from a\nstring of digits in the given base; base 0 reads the base from the\nprefix (0b, 0o, 0x)."},
	"list":         {"(iterable=(), /)", "A mutable sequence; from an iterable's items, or empty."},
	"map":          {"", "map(func, *iterables)\n\nAn iterator calling func on the items of the iterables in step, until\nthe shortest is exhausted."},
	"memoryview":   {"(object)", "A view on the memory of an object supporting the buffer protocol."},
	"object":       {"()", "The base class of the class hierarchy."},
	"property":     {"(fget=None, fset=None, fdel=None, doc=None)", "An attribute computed by methods: fget reads it, fset sets it, fdel deletes it."},
	"range":        {"", "range(stop) / range(start, stop[, step])\n\nAn immutable sequence of integers from start (inclusive) to stop\n(exclusive) by step."},
	"reversed":     {"(sequence, /)", "An iterator over a sequence's items from last to first."},
	"set":          {"", "set() / set(iterable)\n\nA mutable collection of unique, hashable items."},
	"slice":        {"", "slice(stop)\nslice(start, stop[, step])\n\nThe indexes of a[start:stop:step], as an object."},
	"staticmethod": {"(function, /)", "Make a method receive no implicit first argument."},
	"str":          {"", "str(object='') / str(bytes_or_buffer[, encoding[, errors]])\n\nText: the str() of an object, or bytes decoded with an encoding."},
	"super":        {"", "super() / super(type) / super(type, obj) / super(type, type2)\n\nA proxy that finds attributes in the classes that follow type in the\nMRO of obj (or type2). Without arguments, inside a method, type is the\nenclosing class and obj the first argument."},
	"tuple":        {"(iterable=(), /)", "An immutable sequence; from an iterable's items, or empty."},
	"type":         {"", "type(object) / type(name, bases, dict, **kwds)\n\nWith one argument, the type of the object; with three, a new class\nbuilt from a name, a tuple of bases and a namespace."},
	"zip":          {"", "zip(*iterables, strict=False)\n\nAn iterator of tuples taking one item from each iterable in turn; it\nstops at the shortest input, or raises ValueError when strict is true\nand the lengths differ."},

	// Common methods.
	"list.append":     {"(self, object, /)", "Add object at the end of the list."},
	"list.extend":     {"(self, iterable, /)", "Add the iterable's items at the end of the list."},
	"list.insert":     {"(self, index, object, /)", "Put object before position index."},
	"list.pop":        {"(self, index=-1, /)", "Remove the item at index (the last by default) and give it back.\n\nRaises IndexError for an empty list or a bad index."},
	"list.remove":     {"(self, value, /)", "Remove the first item equal to value; ValueError if there is none."},
	"list.sort":       {"(self, /, *, key=None, reverse=False)", "Sort the list in place, ascending and stable; key maps items to sort keys."},
	"list.index":      {"(self, value, start=0, stop=9223372036854775807, /)", "The position of the first item equal to value; ValueError if none."},
	"list.count":      {"(self, value, /)", "How many items equal value."},
	"list.copy":       {"(self, /)", "A shallow copy of the list."},
	"list.clear":      {"(self, /)", "Remove every item."},
	"list.reverse":    {"(self, /)", "Reverse the list in place."},
	"dict.get":        {"(self, key, default=None, /)", "The value for key, or default when key is missing."},
	"dict.keys":       {"", "A set-like view of the dictionary's keys."},
	"dict.values":     {"", "A view of the dictionary's values."},
	"dict.items":      {"", "A set-like view of the dictionary's (key, value) pairs."},
	"dict.pop":        {"", "D.pop(k[,d]) -> v\n\nRemove key k and give back its value; d when k is missing, else KeyError."},
	"dict.update":     {"", "D.update([E, ]**F) -> None\n\nAdd the pairs of a mapping or iterable E and of the keyword arguments."},
	"dict.setdefault": {"(self, key, default=None, /)", "The value for key; when missing, insert default first."},
	"str.split":       {"(self, /, sep=None, maxsplit=-1)", "A list of the words of the string, split at sep (at runs of whitespace\nwhen sep is None), at most maxsplit times."},
	"str.join":        {"(self, iterable, /)", "The strings of the iterable joined with this string between them."},
	"str.strip":       {"(self, chars=None, /)", "A copy without leading and trailing whitespace (or the given characters)."},
	"str.replace":     {"(self, old, new, count=-1, /)", "A copy with occurrences of old replaced by new (the first count only, when given)."},
	"str.format":      {"", "S.format(*args, **kwargs) -> str\n\nFill the {} fields of the string with the arguments."},
	"str.startswith":  {"", "S.startswith(prefix[, start[, end]]) -> bool\n\nTell whether the string starts with prefix (or one of a tuple of prefixes)."},
	"str.endswith":    {"", "S.endswith(suffix[, start[, end]]) -> bool\n\nTell whether the string ends with suffix (or one of a tuple of suffixes)."},
	"str.upper":       {"(self, /)", "An upper-case copy of the string."},
	"str.lower":       {"(self, /)", "A lower-case copy of the string."},
	"str.find":        {"", "S.find(sub[, start[, end]]) -> int\n\nThe lowest index where sub occurs, or -1."},
	"str.encode":      {"(self, /, encoding='utf-8', errors='strict')", "The string encoded to bytes."},
}

// BuiltinDoc returns the signature ("(obj, /)", "" when unknown) and
// docstring of a builtin by qualified name ("len", "list.append").
func BuiltinDoc(qualname string) (sig, doc string, ok bool) {
	d, ok := builtinDocs[qualname]
	return d.sig, d.doc, ok
}

// textSignature turns a table signature into CPython's __text_signature__
// form: "$module" leads the parameters of module-level functions and
// "$self" replaces self for methods; types keep theirs unchanged. It
// gives None when the signature is unknown.
func textSignature(sig, lead string) Value {
	if sig == "" || len(sig) < 2 {
		return None
	}
	inner := sig[1 : len(sig)-1]
	switch lead {
	case "$self":
		if inner == "self" || strings.HasPrefix(inner, "self,") {
			return StrValue("($self" + inner[len("self"):] + ")")
		}
		return StrValue(sig)
	case "$module":
		if inner == "" {
			return StrValue("($module, /)")
		}
		for _, p := range strings.Split(inner, ", ") {
			if p == "/" {
				return StrValue("($module, " + inner + ")")
			}
		}
		return StrValue("($module, /, " + inner + ")")
	}
	return StrValue(sig)
}

// builtinQualname is the table key of a module-level builtin function.
func builtinQualname(b *Builtin) string {
	if b.Module != "" && b.Module != "builtins" {
		return b.Module + "." + b.Name
	}
	return b.Name
}

// methodDoc is a builtin method's __doc__: its own, else the table's.
func methodDoc(m *MethodDescr) Value {
	if m.Def.Doc != "" {
		return StrValue(m.Def.Doc)
	}
	if _, doc, ok := BuiltinDoc(m.Owner.Name + "." + m.Def.Name); ok {
		return StrValue(doc)
	}
	return None
}

// methodTextSignature is a builtin method's __text_signature__.
func methodTextSignature(m *MethodDescr) Value {
	sig, _, _ := BuiltinDoc(m.Owner.Name + "." + m.Def.Name)
	return textSignature(sig, "$self")
}
