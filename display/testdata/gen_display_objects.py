#!/usr/bin/env python3
"""Generate the goldens for the rest of IPython.display (display/ tests).

Run once with Debian's python3, which has IPython 8, ipykernel, jupyter_client
and pygments (no numpy, so Audio takes its pure-Python path):
    /usr/bin/python3 display/testdata/gen_display_objects.py

It writes
  display/testdata/display_objects.json
      {"files": {path: base64 content, or null for a directory},
       "cells": [{"cell": source, "messages": [...]}]}
      Each cell ran, in order, in one real ipykernel whose working directory
      held the files; messages are the display_data, update_display_data,
      clear_output, execute_result, error and stdout stream messages it sent
      (msg_type and content). The working directory is replaced by "DIR".
  display/testdata/code.json
      [{"source", "language", "html", "latex"}]: pygments' output for
      IPython.display.Code on each snippet (HtmlFormatter and LatexFormatter).
  display/code_style.css
      HtmlFormatter().get_style_defs('.output_html'), the style sheet Code's
      HTML starts with; display/code.go embeds it.
"""
import base64, json, os, shutil, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DISPLAY = os.path.dirname(HERE)

FILES = {
    "notes.txt": b"some notes\n",
    "a<b&c.txt": b"odd name\n",
    "sound.wav": b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00",
    "clip.ogg": b"OggS\x00\x02",
    "movie.mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00",
    "page.html": b"<p>from a file</p>\n",
    "code.py": b"import os\n\ndef main():\n    print(os.getcwd())  # where\n",
    "sub/data.csv": b"a,b\n1,2\n",
    "sub/readme.md": b"# sub\n",
    "sub/deeper/x.csv": b"x\n",
    "sub/deeper/y.py": b"y = 1\n",
    "sub/empty": None,
    "media/a.mp3": b"ID3",
    # A PNG of 4x6 pixels, a GIF of 3x5 and a JPEG of 9x7 (headers only).
    "pic.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x04\x00\x00\x00\x06\x08\x02\x00\x00\x00",
    "anim.gif": b"GIF89a\x03\x00\x05\x00\x00\x00\x00;",
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                  b"\xff\xc0\x00\x11\x08\x00\x07\x00\x09\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"),
    "rawimg": b"\x89PNG\r\n\x1a\n",
}

CELLS = [
    "from IPython.display import (display, Audio, Video, IFrame, YouTubeVideo, VimeoVideo,\n"
    "    ScribdDocument, FileLink, FileLinks, GeoJSON, Code, HTML, Markdown, Image, JSON, Pretty,\n"
    "    display_pretty, display_html, display_markdown, display_svg, display_png,\n"
    "    display_jpeg, display_latex, display_json, display_javascript, display_pdf)\n"
    "def fails(f, *a, **k):\n"
    "    try:\n"
    "        f(*a, **k)\n"
    "    except Exception as e:\n"
    "        print(type(e).__name__ + ':', e)",
    # Audio from samples: WAV encoding without numpy.
    "Audio([0, 0.5, -1, 0.25, 1], rate=8000)",
    "display(Audio([0.1, -0.2, 0.3, 0.123456789], rate=44100, autoplay=True, normalize=False))",
    "Audio(data=[3, -7, 1.5, 100, -2.25, 0], rate=22050.4, element_id='snd')",
    "Audio([k / 32767 for k in range(1, 60)] + [1/3, 2/3, 0.7], rate=100, normalize=False)",
    "a = Audio([1, 2, 3], rate=10)\nprint(len(a.data), a.data[:44], a.mimetype, a.embed)",
    "Audio(b'RIFFraw-bytes')",
    "Audio('sound.wav')",
    "Audio(filename='clip.ogg', autoplay=True)",
    "Audio(url='http://example.com/a.mp3')",
    "Audio(url='http://example.com/noext', embed=False)",
    "fails(Audio)\nfails(Audio, [1, 2])\nfails(Audio, [2, -3], rate=5, normalize=False)\n"
    "fails(Audio, filename='sound.wav', embed=False)\nfails(Audio, [[1, 2], [3, 4]], rate=5)\n"
    "fails(Audio, [0, 0], rate=5)\nfails(Audio, 'https://example.com/b.ogg', embed=False)",
    # Video.
    "Video('https://example.com/v.mp4')",
    "Video('movie.mp4')",
    "Video('movie.mp4', embed=True)",
    "Video(b'rawvideo', embed=True, mimetype='video/webm', width=320, height=240)",
    "Video('QUJD', embed=True, mimetype='video/mp4')",
    "display(Video(url='http://x.org/y.webm', width=100, html_attributes='controls muted autoplay'))",
    "Video(filename='movie.mp4', embed=True, html_attributes='loop')",
    "fails(Video, b'raw')\nfails(Video, 'nofile.mp4')",
    # IFrame and its embeds.
    "IFrame('https://example.com', 400, 300)",
    "IFrame(src='page.html', width='100%', height=200, extras=['loading=\"lazy\"'], a=1, b='x y&z')",
    "YouTubeVideo('abc123')",
    "YouTubeVideo('abc', width=640, height=360, start=30, allow_autoplay=True)",
    "display(VimeoVideo('1234'))",
    "ScribdDocument(71048089, width=800, height=400, start_page=3, view_mode='book')",
    # FileLink and FileLinks.
    "FileLink('notes.txt')",
    "FileLink('sub/data.csv', url_prefix='files/', result_html_prefix='Get: ', result_html_suffix='!')",
    "FileLink('missing.txt')",
    "FileLink('a<b&c.txt')",
    "fails(FileLink, 'sub')\nfails(FileLinks, 'notes.txt')",
    "FileLinks('sub')",
    "FileLinks('sub/', included_suffixes=['.csv'])",
    "FileLinks('sub', recursive=False)",
    "FileLinks('media', url_prefix='/files/', result_html_prefix='<li>', result_html_suffix='</li>')",
    "print(repr(FileLinks('sub/deeper')))\nprint(repr(FileLink('notes.txt')) == __import__('os').path.abspath('notes.txt'))",
    "FileLinks('sub/empty')",
    "def fmt(dirname, fnames, included_suffixes):\n    return ['%s has %d' % (dirname, len(fnames))]\n"
    "FileLinks('sub/deeper', notebook_display_formatter=fmt, terminal_display_formatter=fmt)",
    # GeoJSON: its own display, also as a result.
    "display(GeoJSON({'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [-81.3, 29.0]}}))",
    "GeoJSON(data={'type': 'Point', 'coordinates': [1, 2]}, url_template='http://t/{z}/{x}/{y}.png',\n"
    "        layer_options={'minZoom': 0})",
    # The display_<format> functions.
    "display_html('<b>raw</b>', '<i>two</i>', raw=True)",
    "display_html(HTML('<p>obj</p>'), Markdown('not html'))",
    "display_markdown('*md*', raw=True, metadata={'k': 1})",
    "display_pretty('plain text', raw=True)\ndisplay_pretty([1, 2], {'a': 3})",
    "display_svg('<svg/>', raw=True)\ndisplay_latex('$x$', raw=True)",
    "display_json({'a': 1}, raw=True)\ndisplay_json(JSON([1, 2]))",
    "display_javascript('alert(1)', raw=True)",
    "display_png(b'\\x89PNG\\r\\n\\x1a\\n', raw=True)",
    "display_png(Image(data=b'\\x89PNG\\r\\n\\x1a\\n\\x00\\x01', width=5))",
    "display_jpeg(Image(data=b'\\xff\\xd8\\xff\\x00'))\ndisplay_pdf('JVBERi0=', raw=True)",
    "display(display_id='empty-one')\ndisplay(HTML('filled'), display_id='empty-one', update=True)",
    # Image: format from the name or the data, sizes, retina, metadata.
    "Image('pic.png')",
    "Image(filename='pic.png', retina=True)",
    "Image('photo.jpg', retina=True, unconfined=True)",
    "Image(filename='anim.gif', retina=True, alt='moving')",
    "Image(data=open('anim.gif', 'rb').read())",
    "Image(data=open('photo.jpg', 'rb').read(), metadata={'width': 30, 'k': 'v'}, height=4)",
    "Image(url='http://example.com/x.jpg', width=10, height=20, alt='a <b> & \"c\"', unconfined=True)",
    "Image(url='http://example.com/x.svg')",
    "Image('http://example.com/y.png')",
    "i = Image(url='http://example.com/noext')\nprint(i.format, i.embed)\ni",
    "Image('nofile.png')",
    "fails(Image)\nfails(Image, data=b'abc', format='bmp')\nfails(Image, filename='rawimg')",
    # DisplayObject: str data naming a file or a url.
    "HTML('page.html')",
    "Markdown(filename='notes.txt')",
    "JSON('[1, 2]')",
    "p = Pretty('two\\nlines')\nprint(repr(p))\np",
    "HTML('<iframe src=\"x\"></iframe>')",
    # The objects' repr() (not the pretty printer's).
    "for o in [Audio(b'x'), Video('movie.mp4'), GeoJSON({'a': 1}), Image('pic.png'), IFrame('a', 1, 2),\n"
    "          YouTubeVideo('v'), FileLinks('media'), HTML('h'), JSON({}), Markdown('m')]:\n"
    "    print(repr(o))",
    # Code: highlighted Python, plain text otherwise.
    "Code('def f(x):\\n    return x + 1  # add\\n', language='python')",
    "Code(filename='code.py')",
    "Code('import sys\\nprint(sys.argv)')",
    "Code('just some words', language='text')",
    "display(Code('SELECT * FROM t;'))",
]

# Snippets for Code's HTML and LaTeX, with the language asked for.
CODE = [
    ("def f(x):\n    return x + 1  # add", "python"),
    ("class Box(object):\n    '''Doc.'''\n    def __init__(self, *args, **kw):\n        self.items = {'a': [1, 2.5e-3, 0x1F, 0o17, 0b1, 1_000j]}", "python"),
    ("import os.path as p, sys\nfrom collections import OrderedDict as OD\nfrom . import x\nraise ValueError('x') from None", "python"),
    ("@decorator(1)\nasync def g():\n    await x\n    yield from y\n    return None", "python"),
    ("s = f'{x!r:>{width}} and {y}' + rb'\\d+' + \"\"\"doc\nstring\"\"\"\nt = 'a%sb{0}c\\n' % 1", "python"),
    ("x = a if b is not None else c  # comment & <tag>\nlambda q: q and not r or s in t", "python"),
    ("print(len(range(3)), self, cls, __name__, __file__, True, False, Ellipsis, NotImplemented)", "python"),
    ("def __init__(self):\n    \"\"\"A docstring\n    on lines.\"\"\"\n    pass", "python"),
    ("match cmd:\n    case [x, y, *rest] if x > 0:\n        pass\n    case _:\n        pass", "python"),
    ("x @= y; x //= 2; x **= 3; x != y; x := 5; -x; ~x; x -> y; a ? b $ c ` d", "python"),
    ("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nprint('hi')", "python"),
    ("\n\nx = 1\n\n\n", "python"),
    ("größe = {'länge': \"ü\"}  # ü", "python"),
    ("a\\\nb = \\x", "python"),
    ("line one\n  line <two> & 'three' \"four\"\n\\{}^_#%$-~", "text"),
    ("", "python"),
]


def run_kernel(tmp):
    from jupyter_client.manager import KernelManager
    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=tmp)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    types = ("display_data", "update_display_data", "clear_output", "execute_result", "error")
    out = []
    try:
        # adder has no numpy: make Audio's numpy path fail to import, so it
        # takes IPython's pure-Python path (samples as single-precision
        # floats) as it does without numpy. (Hiding numpy from the whole
        # kernel breaks IPython's pretty printer.)
        kc.execute_interactive(
            "from IPython.lib.display import Audio as _A\n"
            "def _no_numpy(data, normalize):\n"
            "    raise ImportError('numpy hidden')\n"
            "_A._validate_and_normalize_with_numpy = staticmethod(_no_numpy)\n"
            "del _A, _no_numpy", timeout=60)
        for cell in CELLS:
            msg_id = kc.execute(cell)
            msgs = []
            while True:
                m = kc.get_iopub_msg(timeout=60)
                if m["parent_header"].get("msg_id") != msg_id:
                    continue
                t = m["msg_type"]
                c = m["content"]
                if t in types or (t == "stream" and c["name"] == "stdout"):
                    if t == "execute_result":
                        c = {"data": c["data"], "metadata": c["metadata"]}
                    if t == "error":
                        c = {"ename": c["ename"], "evalue": c["evalue"]}
                    msgs.append({"msg_type": t, "content": c})
                if t == "status" and c["execution_state"] == "idle":
                    break
            out.append({"cell": cell, "messages": msgs})
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return out


def clean(obj, tmp):
    if isinstance(obj, str):
        return obj.replace(os.path.realpath(tmp), "DIR").replace(tmp, "DIR")
    if isinstance(obj, list):
        return [clean(x, tmp) for x in obj]
    if isinstance(obj, dict):
        return {k: clean(v, tmp) for k, v in obj.items()}
    return obj


def gen_cells():
    tmp = tempfile.mkdtemp(prefix="adder-dispobj-")
    jtmp = tempfile.mkdtemp(prefix="adder-jupyter-")
    for v in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        os.environ[v] = os.path.join(jtmp, v.lower())
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    try:
        for name, data in FILES.items():
            path = os.path.join(tmp, name)
            if data is None:
                os.makedirs(path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        cells = clean(run_kernel(tmp), tmp)
    finally:
        shutil.rmtree(tmp)
        shutil.rmtree(jtmp, ignore_errors=True)
    files = {k: None if v is None else base64.b64encode(v).decode("ascii") for k, v in FILES.items()}
    with open(os.path.join(HERE, "display_objects.json"), "w") as f:
        f.write('{"files": ' + json.dumps(files, ensure_ascii=False) + ',\n"cells": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cells))
        f.write("\n]}\n")


def gen_code():
    from pygments import highlight
    from pygments.formatters import HtmlFormatter, LatexFormatter
    from pygments.lexers import get_lexer_by_name
    out = []
    for src, lang in CODE:
        lexer = get_lexer_by_name(lang)
        out.append({"source": src, "language": lang,
                    "html": highlight(src, lexer, HtmlFormatter()),
                    "latex": highlight(src, lexer, LatexFormatter())})
    with open(os.path.join(HERE, "code.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(DISPLAY, "code_style.css"), "w") as f:
        f.write(HtmlFormatter().get_style_defs(".output_html"))


def main():
    gen_code()
    gen_cells()


if __name__ == "__main__":
    main()
