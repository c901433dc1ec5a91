# hashlib beyond SHA-2: SHA-3, SHAKE, BLAKE2 (keyed, salted, personalized),
# PBKDF2; base64's Ascii85 and base85.
import hashlib
import base64

for data in [b"", b"abc", b"x" * 200, bytes(range(256)) * 3]:
    print(hashlib.sha3_224(data).hexdigest()[:20], hashlib.sha3_256(data).hexdigest()[:20],
          hashlib.sha3_384(data).hexdigest()[:20], hashlib.sha3_512(data).hexdigest()[:20])
    print(hashlib.shake_128(data).hexdigest(10), hashlib.shake_256(data).hexdigest(40)[:30])
    print(hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32])
    print(hashlib.blake2b(data, digest_size=20, key=b"secret").hexdigest(), hashlib.blake2s(data, digest_size=7, salt=b"salty", person=b"me").hexdigest())
h = hashlib.blake2b(key=b"k" * 64, salt=b"s" * 16, person=b"p" * 16)
for i in range(300):
    h.update(bytes([i % 256]) * (i % 7))
c = h.copy()
c.update(b"more")
print(h.hexdigest()[:40], c.hexdigest()[:40], h.name, h.digest_size, h.block_size, hashlib.blake2s().block_size)
print(type(hashlib.blake2b()).__name__, isinstance(hashlib.new("blake2b", b"x"), hashlib.blake2b), hashlib.blake2b.MAX_DIGEST_SIZE)
s = hashlib.shake_256(b"hello")
s2 = s.copy()
s2.update(b"!")
print(s.hexdigest(8), s2.hexdigest(8), s.name, s.digest_size, s.block_size, hashlib.new("sha3_256", b"a").name)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"na", 2, 40).hex())
print(hashlib.new("sha512_256", b"abc").hexdigest()[:16], sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.blake2b(salt=b"s" * 17),
            lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0), lambda: hashlib.shake_128(b"").hexdigest(-1),
            lambda: hashlib.new("nope")]:
    try:
        bad()
    except (ValueError, TypeError, MemoryError) as e:
        print(type(e).__name__, e)
for data in [b"", b"hello", b"\x00\x00\x00\x00", b"   ", bytes(range(256)), b"\xff" * 7]:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(a[:40], base64.a85decode(a) == data, b[:40], base64.b85decode(b) == data)
print(base64.a85encode(b"hello world", wrapcol=5, adobe=True), base64.a85encode(b"    ", foldspaces=True), base64.b85encode(b"abc", pad=True))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"z"))
for bad in [b"\x01", b"s8W-\"s8W-\""]:
    try:
        base64.a85decode(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    base64.b85decode(b"|||||")
except ValueError as e:
    print("ValueError", e)
