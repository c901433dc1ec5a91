import re

def show(x):
    print(repr(x))

# matching basics
show(re.match(r'(\w+) (\w+)', 'hello world foo'))
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?', 'date: 2024-05 end')
print(m.group(0), m.group('year'), m['mon'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span(), m.start(2), m.end('year'), m.span('day'), m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos)
print(m.group(1, 'mon', 0), m.re.pattern, m.string, bool(m), m.re.groups, dict(m.re.groupindex))
print(re.match('a', 'ba'), re.search('a', 'ba').span(), re.fullmatch('a+', 'aaa').span(), re.fullmatch('a+', 'aab'))
p = re.compile(r'\d+')
print(p.match('12ab', 1), p.search('ab123cd', 0, 4), p.fullmatch('x123', 1), p.search('ab123', 3).group())
print(p.findall('1 22 333', 2), [m.span() for m in p.finditer('a1b22c333')], p.pattern, p.flags, p.groups)
print(re.compile('^b').match('ab', 1), re.compile('^b', re.M).search('a\nb', 1), re.compile('b$').search('ab', 0, 2))

# classes and escapes
print(re.findall(r'[a-c]+', 'abcxcba'), re.findall(r'[^a-c\s]+', 'ab xy c'), re.findall(r'[\d.]+', 'v1.2 and 3'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[\w-]+', 'foo-bar baz'), re.findall('[\\]]', ']'))
print(re.findall(r'\s+', 'a \t\nb'), re.findall(r'\S+', ' ab cd '), re.findall(r'\W', 'a,b.c'), re.findall(r'\D+', '12ab3'))
print(re.findall(r'\w+', 'héllo wörld 123'), re.findall(r'\w+', 'héllo', re.A), re.findall(r'\d', '٣3'), re.findall(r'\d', '٣3', re.A))
print(re.findall(r'\x41\u0042\101\0', 'AB\x41\x00'), re.findall(r'\t\n', 'a\t\nb'), re.findall(r'\.\*\\', r'.*\ '))
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.findall(r'\Bo\B', 'foo bob'), re.findall(r'\Aa|b\Z', 'ab\nab'))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.findall(r'(?m)^\w+$', 'one\ntwo\n'), re.findall('$', 'a\n'))

# quantifiers
print(re.match('a*', 'aaa').group(), re.match('a*?', 'aaa').group(), re.match('a+?', 'aaa').group(), re.match('a??', 'a').group())
print(re.match('a{2}', 'aaaa').group(), re.match('a{2,}', 'aaaa').group(), re.match('a{,2}', 'aaaa').group(), re.match('a{1,3}?', 'aaaa').group())
print(re.match('x{2', 'x{2').group(), re.match('a{3,4}', 'aa'), re.match(r'(ab)+', 'ababab').group(1), re.match(r'(ab)*?c', 'ababc').group(1))
print(re.match(r'(a|b)*c', 'abac').groups(), re.match(r'(?:a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(a*)+', 'aa').groups())
print(re.match(r'(a*)*', 'b').groups(), re.match(r'(a|)+b', 'aab').groups(), re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'\d*+\d', '123'), re.match(r'(\w+?)(\d*)$', 'abc123').groups())
print(re.match(r'.*foo', 'xfooyfoo').group(), re.match(r'.*?foo', 'xfooyfoo').group(), re.match(r'(.*)(\d+)', 'ab123').groups())
print(re.match(r'(\d+)-(\d+)?-?(\d+)?', '12--').groups(), re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex)

# groups, backrefs, lookaround, conditionals
print(re.match(r'(\w+)\s\1', 'hey hey'), re.match(r'(?P<w>\w+) (?P=w)', 'yo yo').group(), re.match(r'(a)(?:b)(c)', 'abc').groups())
print(re.findall(r'(\w)\1', 'aabbcd'), re.match(r'(?i)(a)\1', 'aA'), re.search(r'(?<=\$)\d+', 'cost: $42').group())
print(re.findall(r'\w+(?=!)', 'hi! yo? hey!'), re.findall(r'\b\w+\b(?!\()', 'f(x) g y'), re.findall(r'(?<!x)y', 'xy zy'))
print(re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a|b)c', 'bc').span(), re.search(r'(?<=ab|cd)e', 'cde').span())
print(re.match(r'(<)?(\w+)(?(1)>|$)', '<user>').groups(), re.match(r'(<)?(\w+)(?(1)>|$)', 'user').groups(), re.match(r'(<)?(\w+)(?(1)>|$)', '<user'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"hi"').group(), re.search(r'(?=(\d{3}))', 'ab1234').groups())
print(re.findall(r'(?=(\w\w))', 'abcd'), re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(?:(a)|b)*', 'ab').groups())

# flags
print(re.findall(r'hello', 'Hello HELLO hello', re.I), re.findall(r'(?i)straße', 'STRAßE'), re.match('[a-z]+', 'ABC', re.I))
print(re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.S).group(), re.match(r'(?s:a.b)', 'a\nb').group(), re.match(r'(?s)a.b', 'a\nb').span())
print(re.match(r'''(?x)
    (\d+)   # number
    \s* [a-z]+  # word
''', '12 abc').groups(), re.match(r'a b', 'ab', re.X).group(), re.match(r'a[ ]b', 'a b', re.X).group(), re.match(r'a\ b', 'a b', re.X).group())
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'), re.match(r'(?-i:a)b', 'aB', re.I).group())
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a', re.M).flags, re.compile('a', re.A).flags, re.compile('(?x)a').flags)

# sub, subn, split, templates
print(re.sub(r'(\w+)@(\w+)\.com', r'\2: \1', 'joe@mail.com, ann@web.com'), re.sub(r'\d', lambda m: str(int(m[0]) * 2), 'a1b2c3'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a', 'b', 'aaa', count=2), re.subn(r'\s', '_', 'a b c'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first> \g<0>', 'John Smith'), re.sub('(a)', r'\g<1>0', 'a'))
print(re.sub('a', r'\n\t\\', 'a') == '\n\t\\', re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', '\\\\', 'xa'), re.sub('(b)', r'\1\1', 'abc'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'a b c d', 2))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'), re.split('(a)|b', 'xaybz'), re.split(',', ''), re.split('', 'ab'))
print(re.split(r'[\s,]+', ' a, b ,c '), re.findall('', 'ab'), re.findall('a|', 'bab'))
print(m.expand(r'\1/\g<mon>'), re.match(r'(a)(b)', 'ab').expand(r'\2\1!'))

# bytes
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'a', b'X', b'banana'), re.match(rb'(?i)AB', b'ab').group(), re.split(rb',', b'a,b'))
print(re.match(rb'\w+', 'é'.encode()), re.fullmatch(rb'[\x00-\x7f]+', b'abc').span(), re.escape(b'a.b'))
for bad in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match('a', 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# escape
print(re.escape('a.b*c?[d]+{e}|^$\\(f) -#&~'), re.escape('héllo wörld_1'), re.escape('\t\n'))
print(re.match(re.escape('1+1=2'), '1+1=2').group())

# errors
for pat in ['(a', 'a)', '*a', 'a**', '[a', 'a\\q', 'a\\', '(?P<>a)', '(?P<a', '(?P<a-b>x)', '(?P=x)',
            '(?P<a>x)(?P<a>y)', '\\5', '(?x', '(?#abc', '(?<=a*)', 'a{3,1}', '[z-a]', '(?z)', 'a(?i)',
            '(a\\1)', '(?<n>a)', 'a|*', '(?i', '+', 'a{1,2}{3}', 'ab\ncd(', '(?(2)a|b)', '[\\d-z]', '\\u12']:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\g<x>', 'a'),
            lambda: re.sub('(a)', r'\g<1', 'a'), lambda: re.match('(a)', 'a').group(2), lambda: re.match('a', 'a').group('x')]:
    try:
        bad()
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match), re.error.__name__, re.error.__module__)

# performance-ish sanity
text = 'word ' * 2000
print(len(re.findall(r'\w+', text)), len(re.sub(r'o', '0', text)), re.search(r'(\w+\s){1999}\w+', text).span())
print(re.match(r'(a+)+$', 'a' * 20 + 'b'))
print(re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').end(), re.match(r'(a|b)*?c', 'ab' * 50000 + 'c').group(1), len(re.findall(r'(x)?y', 'y' * 10000)))
