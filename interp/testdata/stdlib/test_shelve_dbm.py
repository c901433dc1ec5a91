import shelve, dbm, dbm.dumb, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "store")
with shelve.open(path) as db:
    db["numbers"] = [1, 2, 3]
    db["config"] = {"a": 1, "nested": (1, "x")}
    db["text"] = "hello"
    print(sorted(db.keys()), len(db), "numbers" in db, db.get("missing", "dflt"))
print(dbm.whichdb(path), sorted(f for f in os.listdir(d)))
with shelve.open(path, flag="r") as db:
    print(db["numbers"], db["config"], db["text"])
    try:
        db["x"] = 1
    except Exception as e:
        print(type(e).__name__)
with shelve.open(path, writeback=True) as db:
    db["numbers"].append(4)
    del db["text"]
with shelve.open(path) as db:
    print(db["numbers"], sorted(db))
    try:
        db["text"]
    except KeyError as e:
        print("KeyError", e)
with dbm.open(os.path.join(d, "raw"), "c") as raw:
    raw["key"] = "value"
    raw[b"bin"] = b"\x00\x01" * 300
    raw["key"] = "v2"
    print(raw["key"], len(raw[b"bin"]), sorted(raw.keys()), b"key" in raw, "key" in raw)
with open(os.path.join(d, "raw.dir")) as f:
    print(sorted(f.read().splitlines()))
print(os.path.getsize(os.path.join(d, "raw.dat")))
try:
    dbm.open(os.path.join(d, "nope"))
except dbm.error[0] as e:
    print("dbm.error", e)
s = shelve.Shelf({})
s["k"] = 5
print(s["k"], list(s))
s.close()
try:
    s["k"]
except ValueError as e:
    print("ValueError", e)
