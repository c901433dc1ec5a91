import select, selectors, socket, os

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
b.sendall(b"ping")
r, w, x = select.select([a, b], [a], [], 1)
print([s is a for s in r], len(w), x)
print(a.recv(10))
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, data="a-data")
print(sel.select(timeout=0))
b.sendall(b"again")
events = sel.select(timeout=1)
print([(key.data, mask) for key, mask in events], sel.get_key(a).data, len(sel.get_map()))
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError as e:
    print("KeyError")
try:
    select.select(["x"], [], [], 0)
except TypeError as e:
    print("TypeError", e)
sel.close()
a.close(); b.close()
