# IPython.core.display for adder: the display objects and functions of
# IPython's public display API, written for adder (not IPython's source).
# The Go module _adder_display provides the formatting (mimebundles, the
# same code as execute results), publishing to the kernel, ids and base64.
# It is executed as the namespace of the module IPython.core.display and
# re-exported by IPython.display, IPython.core.display_functions and IPython.

import copy
import os

import _adder_display

__all__ = [
    "display_pretty", "display_html", "display_markdown", "display_svg",
    "display_png", "display_jpeg", "display_latex", "display_json",
    "display_javascript", "display_pdf", "DisplayObject", "TextDisplayObject",
    "Pretty", "HTML", "Markdown", "Math", "Latex", "SVG", "ProgressBar", "JSON",
    "GeoJSON", "Javascript", "Image", "set_matplotlib_formats",
    "set_matplotlib_close", "Video",
    "display", "update_display", "clear_output", "publish_display_data",
    "DisplayHandle",
]


def publish_display_data(data, metadata=None, source=None, *, transient=None, **kwargs):
    """Publish a mimebundle (data: mime type -> value) to the frontend."""
    _adder_display.publish(data, metadata if metadata is not None else {},
                           transient if transient is not None else {},
                           bool(kwargs.get("update", False)))


def _merge(into, new):
    # Per-mime metadata dicts are merged one level deep, like IPython.
    for key, value in new.items():
        if key in into and isinstance(into[key], dict) and isinstance(value, dict):
            into[key].update(value)
        else:
            into[key] = value


def display(*objs, include=None, exclude=None, metadata=None, transient=None,
            display_id=None, raw=False, clear=False, **kwargs):
    """Display each object with all the representations it has.

    display_id=True makes a new id; with a display id a DisplayHandle is
    returned, whose update() replaces the output in place."""
    if transient is None:
        transient = {}
    if metadata is None:
        metadata = {}
    if display_id:
        if display_id is True:
            display_id = _adder_display.new_id()
        transient["display_id"] = display_id
    if kwargs.get("update") and "display_id" not in transient:
        raise TypeError("display_id required for update_display")
    if transient:
        kwargs["transient"] = transient
    if not objs and display_id:
        # No object but an id: an empty output, to be updated later.
        objs = [{}]
        raw = True
    if clear:
        clear_output(wait=True)
    for obj in objs:
        if raw:
            publish_display_data(data=obj, metadata=metadata, **kwargs)
            continue
        if _has_method(obj, "_ipython_display_"):
            obj._ipython_display_()
            continue
        data, md = _adder_display.format(obj, include, exclude)
        if not data:
            continue
        if metadata:
            _merge(md, metadata)
        publish_display_data(data=data, metadata=md, **kwargs)
    if display_id:
        return DisplayHandle(display_id)


def _has_method(obj, name):
    if isinstance(obj, type):
        return False
    try:
        return callable(getattr(obj, name))
    except Exception:
        return False


def update_display(obj, *, display_id, **kwargs):
    """Replace the output shown under display_id by obj's display."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clear the output of the current cell (after the next output if wait)."""
    _adder_display.clear_output(bool(wait))


def _display_mimetype(mimetype, objs, raw=False, metadata=None):
    # The display_<format> functions: only one mime type is published; with
    # raw=True each object is that type's data itself.
    if metadata:
        metadata = {mimetype: metadata}
    if raw:
        objs = [{mimetype: obj} for obj in objs]
    display(*objs, raw=raw, metadata=metadata, include=[mimetype])


def display_pretty(*objs, **kwargs):
    """Display the text/plain representation of the objects (raw: the text)."""
    _display_mimetype("text/plain", objs, **kwargs)


def display_html(*objs, **kwargs):
    """Display the HTML representation of the objects (raw: the HTML)."""
    _display_mimetype("text/html", objs, **kwargs)


def display_markdown(*objs, **kwargs):
    """Display the Markdown representation of the objects (raw: the text)."""
    _display_mimetype("text/markdown", objs, **kwargs)


def display_svg(*objs, **kwargs):
    """Display the SVG representation of the objects (raw: the SVG)."""
    _display_mimetype("image/svg+xml", objs, **kwargs)


def display_png(*objs, **kwargs):
    """Display the PNG representation of the objects (raw: the image data)."""
    _display_mimetype("image/png", objs, **kwargs)


def display_jpeg(*objs, **kwargs):
    """Display the JPEG representation of the objects (raw: the image data)."""
    _display_mimetype("image/jpeg", objs, **kwargs)


def display_latex(*objs, **kwargs):
    """Display the LaTeX representation of the objects (raw: the LaTeX)."""
    _display_mimetype("text/latex", objs, **kwargs)


def display_json(*objs, **kwargs):
    """Display the JSON representation of the objects (raw: the data)."""
    _display_mimetype("application/json", objs, **kwargs)


def display_javascript(*objs, **kwargs):
    """Display the JavaScript representation of the objects (raw: the code)."""
    _display_mimetype("application/javascript", objs, **kwargs)


def display_pdf(*objs, **kwargs):
    """Display the PDF representation of the objects (raw: the PDF data)."""
    _display_mimetype("application/pdf", objs, **kwargs)


class DisplayHandle:
    """A handle on a displayed output, to update it in place."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _adder_display.new_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


def _safe_exists(path):
    # Whether path names an existing file, without raising for odd values.
    try:
        return os.path.exists(path)
    except Exception:
        return False


def _fspath(data):
    # pathlib paths are taken as their string, as IPython does.
    if not isinstance(data, (str, bytes)) and hasattr(type(data), "__fspath__"):
        return os.fspath(data)
    return data


class DisplayObject:
    """Base of the objects holding raw data to show in one format.

    A str data starting with "http" is taken as a url, one naming an existing
    file as a filename; reload() then reads the data from there."""

    _read_flags = "r"
    _show_mem_addr = False
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        data = _fspath(data)
        if isinstance(data, str):
            if data.startswith("http") and url is None:
                url, filename, data = data, None, None
            elif _safe_exists(data) and filename is None:
                url, filename, data = None, data, None
        self.url = url
        self.filename = filename
        # Subclasses may transform data in a property setter that looks at
        # url and filename, so data is set last.
        self.data = data
        if metadata is not None:
            self.metadata = metadata
        elif self.metadata is None:
            self.metadata = {}
        self.reload()
        self._check_data()

    def __repr__(self):
        if self._show_mem_addr:
            return object.__repr__(self)
        cls = self.__class__
        return "<%s.%s object>" % (cls.__module__, cls.__name__)

    def _check_data(self):
        pass

    def reload(self):
        """Read the data again from the file or the url, if one was given."""
        if self.filename is not None:
            self.data = _adder_display.read_file(self.filename, "b" in self._read_flags)
        elif self.url is not None:
            self.data = _fetch(self.url)

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, copy.deepcopy(self.metadata)
        return self.data


def _fetch(url):
    # The body at url: text when the response names a charset, else bytes
    # (gzip content is decompressed to text, as IPython does).
    from urllib.request import urlopen
    response = urlopen(url)
    data = response.read()
    encoding = None
    ctype = response.headers.get("content-type") or ""
    for part in ctype.split(";"):
        part = part.strip()
        if part.startswith("charset"):
            encoding = part.split("=")[-1].strip()
            break
    if "gzip" in (response.headers.get("content-encoding") or ""):
        import gzip
        data = gzip.decompress(data)
        return data.decode(encoding or "utf-8", "replace")
    if encoding:
        return data.decode(encoding, "replace")
    return data


class TextDisplayObject(DisplayObject):
    """A display object whose data must be text."""

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (self.__class__.__name__, self.data))


class Pretty(TextDisplayObject):
    """Text shown as text/plain as it is (through the pretty printer, so
    repr() stays the generic one, as in IPython)."""

    def _repr_pretty_(self, pp, cycle):
        return pp.text(self.data)


class HTML(TextDisplayObject):
    """HTML shown as text/html."""

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        # A lone <iframe> is better shown with IFrame; IPython says so.
        if data and data[:10].lower().startswith("<iframe ") and data[-10:].lower().endswith("</iframe>"):
            import warnings
            warnings.warn("Consider using IPython.display.IFrame instead")
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    """Markdown shown as text/markdown."""

    def _repr_markdown_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):
    """A LaTeX formula shown as text/latex in display style."""

    def _repr_latex_(self):
        s = r"$\displaystyle %s$" % self.data.strip("$")
        if self.metadata:
            return s, dict(self.metadata)
        return s


class Latex(TextDisplayObject):
    """LaTeX shown as text/latex."""

    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    """An SVG image shown as image/svg+xml."""

    def _check_data(self):
        if isinstance(self.data, bytes):
            self.data = self.data.decode("utf-8")
        if isinstance(self.data, str):
            # Keep only the <svg> element, as IPython does.
            start = self.data.find("<svg")
            end = self.data.rfind("</svg>")
            if start >= 0 and end > start:
                self.data = self.data[start:end + len("</svg>")]

    def _repr_svg_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    """JSON data shown as application/json (expanded or collapsed)."""

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None,
                 root="root", **kwargs):
        self.metadata = {"expanded": expanded, "root": root}
        if metadata:
            self.metadata.update(metadata)
        if kwargs:
            self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename)

    def _check_data(self):
        if isinstance(self.data, str):
            import json
            if self.filename is None and self.url is None:
                import warnings
                warnings.warn("JSON expects JSONable dict or list, not JSON strings")
            self.data = json.loads(self.data)
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError("%s expects JSONable dict or list, not %r" % (self.__class__.__name__, self.data))

    def _repr_json_(self):
        return self._data_and_metadata()


class GeoJSON(JSON):
    """GeoJSON data (a dict) shown on a map as application/geo+json; extra
    keyword arguments (url_template, layer_options) become its metadata."""

    def _ipython_display_(self):
        bundle = {"application/geo+json": self.data,
                  "text/plain": "<IPython.display.GeoJSON object>"}
        display(bundle, metadata={"application/geo+json": self.metadata}, raw=True)


# The loader snippets IPython 8 puts around Javascript data (same text, so
# frontends see the same code).
_css_tag = ('var link = document.createElement("link");\n\tlink.ref = "stylesheet";\n'
            '\tlink.type = "text/css";\n\tlink.href = "%s";\n\tdocument.head.appendChild(link);\n')
_lib_open = ('new Promise(function(resolve, reject) {\n\tvar script = document.createElement("script");\n'
             '\tscript.onload = resolve;\n\tscript.onerror = reject;\n\tscript.src = "%s";\n'
             '\tdocument.head.appendChild(script);\n}).then(() => {\n')
_lib_close = "\n});"


class Javascript(TextDisplayObject):
    """JavaScript run by the frontend (application/javascript)."""

    def __init__(self, data=None, url=None, filename=None, lib=None, css=None):
        if isinstance(lib, str):
            lib = [lib]
        if isinstance(css, str):
            css = [css]
        self.lib = list(lib or [])
        self.css = list(css or [])
        super().__init__(data=data, url=url, filename=filename)

    def _repr_javascript_(self):
        r = ""
        for c in self.css:
            r += _css_tag % c
        for lib in self.lib:
            r += _lib_open % lib
        r += self.data or ""
        r += _lib_close * len(self.lib)
        return r


_image_mimes = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif"}


def _image_ext(s):
    # The extension of s, lower-cased; like IPython, the whole of s when it
    # has none (it then fails as an unknown format if embedded).
    base, ext = os.path.splitext(s)
    if not ext:
        return base
    return ext[1:].lower()


def _image_size(fmt, data):
    # (width, height) in pixels from a PNG, JPEG or GIF header, or None.
    import struct
    if fmt == "png":
        ihdr = data.index(b"IHDR")
        return struct.unpack(">ii", data[ihdr + 4:ihdr + 12])
    if fmt == "gif":
        return struct.unpack("<HH", data[6:10])
    if fmt == "jpeg":
        # Walk the segments from the first one's length to the Start Of
        # Frame marker (FF C0), which holds height then width.
        i = 4
        while True:
            i += struct.unpack(">H", data[i:i + 2])[0]
            if data[i:i + 2] == b"\xff\xc0":
                break
            i += 2
        h, w = struct.unpack(">HH", data[i + 5:i + 9])
        return w, h
    return None


class Image(DisplayObject):
    """A PNG, JPEG or GIF image, embedded (base64) or linked by url.

    The format comes from format=, else the file's or url's extension, else
    JPEG data is recognised and anything else taken as PNG. retina=True
    halves the size read from the image's header."""

    _read_flags = "rb"

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None,
                 width=None, height=None, retina=False, unconfined=False, metadata=None, alt=None):
        data = _fspath(data)
        if filename is not None:
            ext = _image_ext(filename)
        elif url is not None:
            ext = _image_ext(url)
        elif data is None:
            raise ValueError("No image data found. Expecting filename, url, or data.")
        elif isinstance(data, str) and (data.startswith("http") or _safe_exists(data)):
            ext = _image_ext(data)
        else:
            ext = None
        if format is None:
            if ext is not None:
                format = "jpeg" if ext == "jpg" else ext.lower()
            elif isinstance(data, bytes) and data[:2] == b"\xff\xd8":
                format = "jpeg"
        if format is None:
            format = "png"
        if format.lower() == "jpg":
            format = "jpeg"
        self.format = format.lower()
        self.embed = embed if embed is not None else (url is None)
        if self.embed and self.format not in _image_mimes:
            raise ValueError("Cannot embed the '%s' image format" % self.format)
        if self.embed:
            self._mimetype = _image_mimes[self.format]
        self.width = width
        self.height = height
        self.retina = retina
        self.unconfined = unconfined
        self.alt = alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        # Size and alt text may come from the metadata too.
        if self.width is None and self.metadata.get("width", {}):
            self.width = metadata["width"]
        if self.height is None and self.metadata.get("height", {}):
            self.height = metadata["height"]
        if self.alt is None and self.metadata.get("alt", {}):
            self.alt = metadata["alt"]
        if retina:
            self._retina_shape()

    def _retina_shape(self):
        # Half the pixel size, for embedded images whose header says it.
        if not self.embed:
            return
        size = _image_size(self.format, self.data)
        if size is not None:
            self.width, self.height = size[0] // 2, size[1] // 2

    def reload(self):
        """Read the data again from the file or url (embedded images only)."""
        if self.embed:
            super().reload()
            if self.retina:
                self._retina_shape()

    def _repr_html_(self):
        if self.embed:
            return None
        width = height = klass = alt = ""
        if self.width:
            width = ' width="%d"' % self.width
        if self.height:
            height = ' height="%d"' % self.height
        if self.unconfined:
            klass = ' class="unconfined"'
        if self.alt:
            import html
            alt = ' alt="%s"' % html.escape(self.alt)
        return '<img src="{}"{}{}{}{}/>'.format(self.url, width, height, klass, alt)

    def _repr_mimebundle_(self, include=None, exclude=None):
        if not self.embed:
            return {"text/html": self._repr_html_()}
        data, md = self._data_and_metadata(always_both=True)
        if md:
            md = {self._mimetype: md}
        return {self._mimetype: data}, md

    def _data_and_metadata(self, always_both=False):
        # The base64 text (with binascii's final newline) and the metadata:
        # the object's, then its size, confinement and alt text.
        if not isinstance(self.data, bytes):
            raise FileNotFoundError("No such file or directory: '%s'" % (self.data,))
        b64 = _adder_display.b64encode(self.data) + "\n"
        md = {}
        if self.metadata:
            md.update(self.metadata)
        if self.width:
            md["width"] = self.width
        if self.height:
            md["height"] = self.height
        if self.unconfined:
            md["unconfined"] = self.unconfined
        if self.alt:
            md["alt"] = self.alt
        if md or always_both:
            return b64, md
        return b64

    def _repr_png_(self):
        if self.embed and self.format == "png":
            return self._data_and_metadata()

    def _repr_jpeg_(self):
        if self.embed and self.format == "jpeg":
            return self._data_and_metadata()


class ProgressBar(DisplayObject):
    """A progress bar that updates its own display: iterate over it, or set
    .progress."""

    def __init__(self, total):
        self.total = total
        self._progress = 0
        self.html_width = "60ex"
        self.text_width = 60
        self._display_id = _adder_display.new_id()[:16]

    def __repr__(self):
        fraction = self.progress / self.total
        filled = "=" * int(fraction * self.text_width)
        rest = " " * (self.text_width - len(filled))
        return "[{}{}] {}/{}".format(filled, rest, self.progress, self.total)

    def _repr_html_(self):
        return "<progress style='width:{}' max='{}' value='{}'></progress>".format(
            self.html_width, self.total, self.progress)

    def display(self):
        display(self, display_id=self._display_id)

    def update(self):
        display(self, display_id=self._display_id, update=True)

    @property
    def progress(self):
        return self._progress

    @progress.setter
    def progress(self, value):
        self._progress = value
        self.update()

    def __iter__(self):
        self.display()
        self._progress = -1
        return self

    def __next__(self):
        self.progress += 1
        if self.progress < self.total:
            return self.progress
        raise StopIteration()


# Types by file extension, as Python's mimetypes (with Debian's
# /etc/mime.types) guesses them for the media and web files Audio and Video
# are given.
_media_types = {
    "wav": "audio/x-wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "oga": "audio/ogg",
    "opus": "audio/ogg", "flac": "audio/flac", "m4a": "audio/mp4", "aac": "audio/aac",
    "3gp": "audio/3gpp", "aif": "audio/x-aiff", "aiff": "audio/x-aiff", "au": "audio/basic",
    "snd": "audio/basic", "wma": "audio/x-ms-wma", "mid": "audio/sp-midi",
    "mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "ogv": "video/ogg",
    "mov": "video/quicktime", "avi": "video/x-msvideo", "mkv": "video/x-matroska",
    "mpeg": "video/mpeg", "mpg": "video/mpeg", "wmv": "video/x-ms-wmv", "flv": "video/x-flv",
    "html": "text/html", "htm": "text/html", "txt": "text/plain", "css": "text/css",
    "csv": "text/csv", "md": "text/markdown", "js": "text/javascript", "py": "text/x-python",
    "json": "application/json", "xml": "application/xml", "pdf": "application/pdf",
    "zip": "application/zip", "wasm": "application/wasm", "png": "image/png",
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
    "webp": "image/webp", "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff",
    "ico": "image/vnd.microsoft.icon",
}


def _guess_media_type(path):
    # mimetypes.guess_type(path)[0]: a data: url's own type, else by the
    # extension of the last path segment (a query string is part of it, so
    # it defeats the guess, as in Python); None when unknown.
    if path.startswith("data:"):
        kind = path[5:].split(",", 1)[0].split(";", 1)[0]
        return kind if "/" in kind else "text/plain"
    base = path.rsplit("/", 1)[-1]
    if "." not in base:
        return None
    return _media_types.get(base.rsplit(".", 1)[-1].lower())


class Video(DisplayObject):
    """A video: by url or file name (a <video src=...> element), or embedded
    as base64 in the HTML when embed=True."""

    def __init__(self, data=None, url=None, filename=None, embed=False,
                 mimetype=None, width=None, height=None, html_attributes="controls"):
        data = _fspath(data)
        if url is None and isinstance(data, str) and data.startswith(("http:", "https:")):
            url, data = data, None
        elif data is not None and _safe_exists(data):
            filename, data = data, None
        if data and not embed:
            raise ValueError("To embed videos, you must pass embed=True "
                             "(this may make your notebook files huge)\n"
                             "Consider passing Video(url='...')")
        self.mimetype = mimetype
        self.embed = embed
        self.width = width
        self.height = height
        self.html_attributes = html_attributes
        super().__init__(data=data, url=url, filename=filename)

    def _repr_html_(self):
        width = height = ""
        if self.width:
            width = ' width="%d"' % self.width
        if self.height:
            height = ' height="%d"' % self.height
        if not self.embed:
            # Not embedded: the frontend loads the url or the local file.
            src = self.url if self.url is not None else self.filename
            return ('<video src="{0}" {1} {2} {3}>\n'
                    '      Your browser does not support the <code>video</code> element.\n'
                    '    </video>').format(src, self.html_attributes, width, height)
        mimetype = self.mimetype
        if self.filename is not None:
            if not mimetype:
                mimetype = _guess_media_type(self.filename)
            video = _adder_display.read_file(self.filename, True)
        else:
            video = self.data
        if isinstance(video, str):
            # Text data is taken to be base64 already.
            b64 = video
        else:
            b64 = _adder_display.b64encode(video)
        return ('<video {0} {1} {2}>\n'
                ' <source src="data:{3};base64,{4}" type="{3}">\n'
                ' Your browser does not support the video tag.\n'
                ' </video>').format(self.html_attributes, width, height, mimetype, b64)

    def reload(self):
        # The file is read when the HTML is made, not before.
        pass


def set_matplotlib_formats(*formats, **kwargs):
    """Accepted for compatibility; adder has no matplotlib integration."""


def set_matplotlib_close(close=True):
    """Accepted for compatibility; adder has no matplotlib integration."""
