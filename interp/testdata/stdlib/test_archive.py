# shutil archives and glob/pathlib recursion: make_archive/unpack_archive
# for zip, tar and gztar; '**' patterns that include the top directory.
import glob
import os
import pathlib
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d)
    (p / "src" / "sub" / "deep").mkdir(parents=True)
    (p / "src" / "a.txt").write_text("alpha")
    (p / "src" / "sub" / "b.py").write_text("beta")
    (p / "src" / "sub" / "deep" / "c.md").write_text("gamma")
    (p / "src" / ".hidden").write_text("h")
    src = p / "src"
    print(sorted(str(x.relative_to(src)) for x in src.rglob("*")))
    print(sorted(str(x.relative_to(src)) for x in src.glob("**/*.py")), sorted(str(x.relative_to(src)) for x in src.glob("*")))
    print(sorted(glob.glob("**/*", root_dir=src, recursive=True)), sorted(glob.glob("**", root_dir=src, recursive=True)))
    print(sorted(glob.glob("**/*", root_dir=src, recursive=True, include_hidden=True)), glob.glob("*.txt", root_dir=src))
    print(sorted(str(x.relative_to(src)) for x in src.rglob("*.md")), sorted(x.name for x in src.glob("sub/**")))
    print([f for f in shutil.get_archive_formats() if f[0] in ('gztar', 'tar', 'zip')])
    z = shutil.make_archive(str(p / "out" / "arch"), "zip", root_dir=src)
    print(os.path.basename(z), sorted(zipfile.ZipFile(z).namelist()))
    z2 = shutil.make_archive(str(p / "arch2"), "zip", root_dir=src, base_dir="sub")
    print(os.path.basename(z2), sorted(zipfile.ZipFile(z2).namelist()))
    t = shutil.make_archive(str(p / "tarred"), "gztar", root_dir=p, base_dir="src")
    with tarfile.open(t) as tf:
        print(os.path.basename(t), sorted(tf.getnames()))
    t2 = shutil.make_archive(str(p / "plain"), "tar", root_dir=src)
    with tarfile.open(t2) as tf:
        print(os.path.basename(t2), sorted(tf.getnames()))
    shutil.unpack_archive(z, p / "unz")
    shutil.unpack_archive(t, p / "untar", filter="data")
    print(sorted(str(x.relative_to(p / "unz")) for x in (p / "unz").rglob("*")), (p / "untar" / "src" / "sub" / "deep" / "c.md").read_text())
    print([f for f in shutil.get_unpack_formats() if f[0] in ('gztar', 'tar', 'zip')])
    for bad in [lambda: shutil.make_archive(str(p / "x"), "rar", root_dir=src), lambda: shutil.unpack_archive(str(p / "x.rar"))]:
        try:
            bad()
        except (ValueError, shutil.ReadError) as e:
            print(type(e).__name__, str(e).replace(d, "D"))
