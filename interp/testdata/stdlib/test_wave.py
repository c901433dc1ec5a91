# wave: write PCM files of each sample width, read them back.
import io
import math
import struct
import wave
import tempfile
import os

for width, fmt in [(1, "B"), (2, "h"), (4, "i")]:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(width)
        w.setframerate(8000)
        w.setcomptype("NONE", "not compressed")
        frames = b"".join(struct.pack("<" + fmt * 2, *(
            [int(127 + 100 * math.sin(i / 5))] * 2 if width == 1 else [int(1000 * math.sin(i / 5)), -i])) for i in range(50))
        w.writeframes(frames[:len(frames) // 2])
        w.writeframes(frames[len(frames) // 2:])
        print(w.getnframes(), w.tell(), w.getparams())
    data = buf.getvalue()
    print(len(data), data[:44].hex())
    with wave.open(io.BytesIO(data)) as r:
        print(r.getparams(), r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
        first = r.readframes(10)
        print(len(first), r.tell(), first == frames[:len(first)])
        r.setpos(45)
        print(len(r.readframes(100)), r.tell())
        r.rewind()
        print(r.readframes(1000) == frames, r.readframes(5))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "tone.wav")
    w = wave.open(path, "w")
    w.setparams((1, 2, 22050, 0, "NONE", "not compressed"))
    w.writeframes(struct.pack("<4h", 1, 2, 3, 4))
    w.close()
    with wave.open(path) as r:
        print(r.getparams(), r.readframes(4), os.path.getsize(path))
for bad in [b"RIFX", b"RIFF\x00\x00\x00\x00WAVX", b"RIFF\x24\x00\x00\x00WAVEdata\x00\x00\x00\x00"]:
    try:
        wave.open(io.BytesIO(bad))
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
try:
    wave.open(io.BytesIO(), "x")
except wave.Error as e:
    print("Error", e)
w = wave.open(io.BytesIO(), "wb")
for call in [lambda: w.setsampwidth(5), lambda: w.setnchannels(0), lambda: w.writeframes(b"x"), lambda: w.getparams()]:
    try:
        call()
    except wave.Error as e:
        print("Error", e)
w._file = None
