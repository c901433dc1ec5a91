# mimetypes: guesses from names and URLs, extensions from types, add_type, MimeTypes.
import mimetypes
import io

# A MimeTypes instance knows only the built-in tables (not /etc/mime.types),
# so the answers do not depend on the machine.
db = mimetypes.MimeTypes()

for name in ["a.json", "report.PDF", "x.tar.gz", "x.tgz", "pic.JPG", "archive.txz", "notes.md", "data.csv", "page.html",
             "script.js", "style.css", "img.svgz", "noext", "a.b.c.txt", "http://example.com/a/b.png?x=1",
             "data:image/png;base64,AAAA", "data:,hello", "data:text/plain;charset=utf-8,hi", "data:nocomma",
             "file.xyz", "x.gz", "x.Z", "movie.mp4", "sound.wav", "font.woff2", "x.py", "x.ipynb", "x.rtf", "x.mid",
             "C:\\dir\\x.txt", "/abs/path/book.epub", "x.webp", "x.avif", "x.xml", "x.yaml", "x.zip", "x.wasm"]:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
for t in ["text/plain", "image/jpeg", "application/json", "TEXT/HTML", "application/x-nothing", "image/svg+xml",
          "application/octet-stream", "text/markdown", "audio/mpeg"]:
    print(t, db.guess_extension(t), db.guess_extension(t, strict=False), db.guess_all_extensions(t)[:6])
mimetypes.add_type("application/x-adder", ".adder")
print(mimetypes.guess_type("f.adder"), mimetypes.guess_extension("application/x-adder"), ".adder" in mimetypes.types_map)
m = mimetypes.MimeTypes()
m.readfp(io.StringIO("text/x-thing  thg thing  # comment\n# only a comment\n\napplication/x-z zz\n"))
print(m.guess_type("a.thg"), m.guess_type("a.thing"), m.guess_type("b.zz"), m.guess_all_extensions("text/x-thing"),
      m.guess_type("f.adder"))
print(mimetypes.inited, mimetypes.encodings_map[".gz"], mimetypes.suffix_map[".tgz"], mimetypes.guess_type("a.json"))
print(mimetypes.read_mime_types("/nonexistent/mime.types"))
