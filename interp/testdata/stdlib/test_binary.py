import struct, base64, binascii

print(struct.pack('<i', 1), struct.pack('>HhB', 65535, -2, 7), struct.pack('<d', 1.5), struct.pack('<f', 0.1), struct.pack('!q', -1))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>HhB', b'\xff\xff\xff\xfe\x07'), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('3s2xq'), struct.calcsize('>3s2xq'))
print(struct.pack('<3s', b'abcdef'), struct.pack('5p', b'hi'), struct.unpack('<3sx', b'xyz\x00'), struct.pack('?c', True, b'z'), struct.unpack('2?', b'\x00\x05'))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3e'), struct.pack('>Q', 2**64 - 1), struct.unpack('>Q', b'\xff' * 8), struct.pack('<4B', 1, 2, 3, 4))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.pack('@bi', 1, 2))
s = struct.Struct('<I2s')
print(s.size, s.format, s.pack(7, b'ok'), s.unpack(b'\x07\x00\x00\x00ok'), repr(s).startswith('<_struct.Struct object at 0x'))
buf = bytearray(8)
struct.pack_into('<I', buf, 2, 0xdeadbeef)
print(buf)
for bad in [lambda: struct.pack('<b', 200), lambda: struct.pack('<I', -1), lambda: struct.pack('<i', 1, 2), lambda: struct.unpack('<i', b'ab'),
            lambda: struct.pack('z', 1), lambda: struct.pack('<i', 'x'), lambda: struct.pack('<h', 2**15)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)

print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b64decode('aGVsbG8=\n'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.standard_b64encode(b'x'), base64.b64encode(b''), base64.b64decode(b''))
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b32encode(b'a'), base64.b32decode('ME======'), base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b16decode('xyz1')]:
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error:", e, isinstance(e, ValueError))
print(base64.b64decode('ab!cd=='), binascii.hexlify(b'\x00\xffab'), binascii.unhexlify('00ff'), binascii.hexlify(b'abcdef', '-', 2), binascii.crc32(b'hello'), binascii.b2a_base64(b'hi'))
try:
    binascii.unhexlify('abc')
except binascii.Error as e:
    print(e)
