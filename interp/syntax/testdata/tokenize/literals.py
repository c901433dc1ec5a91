a = 1, 0, 1_000_000, 0x_ff, 0o17, 0b1010, 2**100, 123456789012345678901234567890
b = 1.5, .5, 5., 1e10, 1.5e-7, 1_0.0_1e1_0, 1e400, 0.1, 1e16, 1e15, 123456789.123
c = 1j, 2.5J, 0j, 1e300j, 1e400j
d = 'single', "double", '''triple''', """triple "double" """
e = r'raw\n', R"raw", b'bytes', B'\x00\xff', rb'\d', Br'\w', u'unicode', U'x'
f = '\n\t\r\\\'\"\a\b\f\v\0\101\x41\u0041\U0001F600\N{EM DASH}\N{bullet}'
g = 'concat' "enated" '''strings'''
h = b'con' b'cat'
i = None, True, False, ...
j = 'it\'s', "say \"hi\"", 'mixed \' and "', '\x7f\x80\xa0\u2028\ud800'
k = '\
continued'
l = 'caf\u00e9 ☕ 𝔘'
