import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.gettimeout())
cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(addr[0], conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
cli.sendall(b"hello server")
print(conn.recv(100))
conn.sendall(b"line one\nline two\n")
f = cli.makefile("rb")
print(f.readline(), f.readline())
conn.settimeout(0.05)
try:
    conn.recv(10)
except socket.timeout as e:
    print("timeout", e, socket.timeout is TimeoutError)
conn.setblocking(False)
try:
    conn.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
cli.shutdown(socket.SHUT_WR)
conn.setblocking(True)
print(repr(conn.recv(10)))
for s in (cli, conn, srv):
    s.close()
print("[closed]" in repr(srv))
try:
    srv.recv(1)
except OSError as e:
    print("OSError", e.errno)

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.sendto(b"datagram", u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u1.close(); u2.close()
a, b = socket.socketpair()
a.sendall(b"pair")
print(b.recv(10), a.family == socket.AF_UNIX)
a.close(); b.close()

try:
    socket.create_connection(("127.0.0.1", 9), timeout=2)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno, e.strerror)
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror", isinstance(e, OSError))
print(socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))
# (CPython shows AddressFamily/SocketKind IntEnum members; adder has plain ints)
print([(int(f), int(t), p, c, a) for f, t, p, c, a in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)])
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
print(socket.AF_INET, socket.SOCK_STREAM, socket.getdefaulttimeout())
