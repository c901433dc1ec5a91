# IPython.lib.display for adder: Audio, IFrame and its video/document
# embeds, FileLink, FileLinks and Code, written for adder (not IPython's
# source) to give the same mimebundles as IPython 8. It is executed as the
# namespace of the module IPython.lib.display; IPython.display re-exports it.

import array
import html
import os
import struct
import sys

import _adder_display
from IPython.core.display import DisplayObject, TextDisplayObject, _guess_media_type

__all__ = ["Audio", "IFrame", "YouTubeVideo", "VimeoVideo", "ScribdDocument",
           "FileLink", "FileLinks", "Code"]


class Audio(DisplayObject):
    """Audio controls playing samples (a list of numbers, made into a 16-bit
    mono WAV at the given rate), raw bytes, a file or a url."""

    _read_flags = "rb"

    def __init__(self, data=None, filename=None, url=None, embed=None, rate=None,
                 autoplay=False, normalize=True, *, element_id=None):
        if filename is None and url is None and data is None:
            raise ValueError("No audio data found. Expecting filename, url, or data.")
        if embed is False and url is None:
            raise ValueError("No url found. Expecting url when embed=False")
        # A url is linked to unless embedding is asked for explicitly.
        self.embed = not (url is not None and embed is not True)
        self.autoplay = autoplay
        self.element_id = element_id
        super().__init__(data=data, url=url, filename=filename)
        if self.data is not None and not isinstance(self.data, bytes):
            if rate is None:
                raise ValueError("rate must be specified when data is a numpy array "
                                 "or list of audio samples.")
            self.data = Audio._make_wav(data, rate, normalize)

    def reload(self):
        """Read the data again (when embedded) and guess its mime type."""
        if self.embed:
            super().reload()
        if self.filename is not None:
            self.mimetype = _guess_media_type(self.filename)
        elif self.url is not None:
            self.mimetype = _guess_media_type(self.url)
        else:
            self.mimetype = "audio/wav"

    @staticmethod
    def _make_wav(data, rate, normalize):
        # Samples go through single-precision floats (array 'f'), are scaled
        # to the peak (or taken as is within [-1, 1]) and truncated to 16
        # bits, as IPython does without numpy.
        samples = array.array("f", data)
        try:
            peak = float(max([abs(x) for x in samples]))
        except TypeError as e:
            raise TypeError("Only lists of mono audio are supported if numpy is not installed") from e
        if not normalize and peak > 1:
            raise ValueError("Audio data must be between -1 and 1 when normalize=False.")
        factor = peak if normalize else 1
        pcm = array.array("h", [int(x / factor * 32767) for x in samples])
        if sys.byteorder == "big":
            pcm.byteswap()
        return _wav_file(pcm.tobytes(), 1, rate)

    def _data_and_metadata(self):
        if self.url:
            return self.data, {"url": self.url}
        return self.data

    def _repr_html_(self):
        return ("\n                <audio {element_id} controls=\"controls\" {autoplay}>\n"
                "                    <source src=\"{src}\" type=\"{type}\" />\n"
                "                    Your browser does not support the audio element.\n"
                "                </audio>\n              ").format(
                    src=self.src_attr(), type=self.mimetype, autoplay=self.autoplay_attr(),
                    element_id=self.element_id_attr())

    def src_attr(self):
        """The <source> element's src: a base64 data url, or the url."""
        if self.embed and self.data is not None:
            return "data:{};base64,{}".format(self.mimetype, _adder_display.b64encode(self.data))
        if self.url is not None:
            return self.url
        return ""

    def autoplay_attr(self):
        return 'autoplay="autoplay"' if self.autoplay else ""

    def element_id_attr(self):
        return 'id="{}"'.format(self.element_id) if self.element_id else ""


def _wav_file(pcm, channels, rate):
    # A RIFF/WAVE file of 16-bit PCM, with the 44-byte header Python's wave
    # module writes (the rate rounded to an integer, as wave does).
    rate = int(round(rate))
    width = 2
    header = struct.pack("<4sL4s4sLHHLLHH4sL", b"RIFF", 36 + len(pcm), b"WAVE", b"fmt ", 16,
                         1, channels, rate, channels * rate * width, channels * width,
                         width * 8, b"data", len(pcm))
    return header + pcm


class IFrame(object):
    """An <iframe> showing src; keyword arguments become its query string."""

    iframe = ("\n        <iframe\n"
              "            width=\"{width}\"\n"
              "            height=\"{height}\"\n"
              "            src=\"{src}{params}\"\n"
              "            frameborder=\"0\"\n"
              "            allowfullscreen\n"
              "            {extras}\n"
              "        ></iframe>\n        ")

    def __init__(self, src, width, height, extras=None, **kwargs):
        self.src = src
        self.width = width
        self.height = height
        self.extras = extras if extras is not None else []
        self.params = kwargs

    def _repr_html_(self):
        params = ""
        if self.params:
            from urllib.parse import urlencode
            params = "?" + urlencode(self.params)
        return self.iframe.format(src=self.src, width=self.width, height=self.height,
                                  params=params, extras=" ".join(self.extras))


class YouTubeVideo(IFrame):
    """A YouTube video by id, e.g. YouTubeVideo("abc", start=30)."""

    def __init__(self, id, width=400, height=300, allow_autoplay=False, **kwargs):
        self.id = id
        src = "https://www.youtube.com/embed/{0}".format(id)
        if allow_autoplay:
            extras = list(kwargs.get("extras", [])) + ['allow="autoplay"']
            kwargs.update(autoplay=1, extras=extras)
        super().__init__(src, width, height, **kwargs)

    def _repr_jpeg_(self):
        # The video's thumbnail, when the network allows.
        from urllib.request import urlopen
        try:
            return urlopen("https://img.youtube.com/vi/{id}/hqdefault.jpg".format(id=self.id)).read()
        except IOError:
            return None


class VimeoVideo(IFrame):
    """A Vimeo video by id."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://player.vimeo.com/video/{0}".format(id), width, height, **kwargs)


class ScribdDocument(IFrame):
    """A Scribd document by id (start_page=, view_mode= scroll, slideshow or
    book)."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://www.scribd.com/embeds/{0}/content".format(id), width, height, **kwargs)


class FileLink(object):
    """A link to a local file; its repr is the absolute path."""

    html_link_str = "<a href='%s' target='_blank'>%s</a>"

    def __init__(self, path, url_prefix="", result_html_prefix="", result_html_suffix="<br>"):
        if os.path.isdir(path):
            raise ValueError("Cannot display a directory using FileLink. "
                             "Use FileLinks to display '%s'." % path)
        self.path = os.fsdecode(path)
        self.url_prefix = url_prefix
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix

    def _format_path(self):
        href = self.url_prefix + html.escape(self.path)
        link = self.html_link_str % (href, html.escape(self.path, quote=False))
        return self.result_html_prefix + link + self.result_html_suffix

    def _repr_html_(self):
        if not os.path.exists(self.path):
            return ("Path (<tt>%s</tt>) doesn't exist. It may still be in the process of "
                    "being generated, or you may have the incorrect path." % self.path)
        return self._format_path()

    def __repr__(self):
        return os.path.abspath(self.path)


class FileLinks(FileLink):
    """Links to the files under a directory (recursively by default), one
    group per directory, optionally only those with included_suffixes.

    A formatter is f(dirname, fnames, included_suffixes) -> list of lines;
    notebook_display_formatter makes the HTML, terminal_display_formatter
    the repr."""

    def __init__(self, path, url_prefix="", included_suffixes=None, result_html_prefix="",
                 result_html_suffix="<br>", notebook_display_formatter=None,
                 terminal_display_formatter=None, recursive=True):
        if os.path.isfile(path):
            raise ValueError("Cannot display a file using FileLinks. "
                             "Use FileLink to display '%s'." % path)
        self.included_suffixes = included_suffixes
        self.path = path.rstrip("/")
        self.url_prefix = url_prefix
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix
        self.notebook_display_formatter = (notebook_display_formatter
                                           or self._get_notebook_display_formatter())
        self.terminal_display_formatter = (terminal_display_formatter
                                           or self._get_terminal_display_formatter())
        self.recursive = recursive

    def _get_display_formatter(self, dirname_output_format, fname_output_format, fp_format,
                               fp_cleaner=None):
        # A formatter: the directory line, then one line per shown file;
        # nothing at all for a directory without shown files. fname format
        # takes (path, name) when it has two %s, else the name alone.
        def f(dirname, fnames, included_suffixes=None):
            shown = [name for name in fnames
                     if os.path.isfile(os.path.join(dirname, name))
                     and (included_suffixes is None
                          or os.path.splitext(name)[1] in included_suffixes)]
            if not shown:
                return []
            result = [dirname_output_format % dirname]
            for name in shown:
                fp = fp_format % (dirname, name)
                if fp_cleaner is not None:
                    fp = fp_cleaner(fp)
                try:
                    result.append(fname_output_format % (fp, name))
                except TypeError:
                    result.append(fname_output_format % name)
            return result
        return f

    def _get_notebook_display_formatter(self, spacer="&nbsp;&nbsp;"):
        return self._get_display_formatter(
            self.result_html_prefix + "%s/" + self.result_html_suffix,
            self.result_html_prefix + spacer + self.html_link_str + self.result_html_suffix,
            self.url_prefix + "%s/%s",
            (lambda fp: fp.replace("\\", "/")) if os.sep == "\\" else None)

    def _get_terminal_display_formatter(self, spacer="  "):
        return self._get_display_formatter("%s/", spacer + "%s", "%s/%s")

    def _walk(self):
        # The (dirname, subdirs, fnames) of the directories shown, sorted.
        if self.recursive:
            walked = list(os.walk(self.path))
        else:
            walked = [next(os.walk(self.path))]
        walked.sort()
        return walked

    def _format_path(self):
        lines = []
        for dirname, _, fnames in self._walk():
            lines += self.notebook_display_formatter(dirname, fnames, self.included_suffixes)
        return "\n".join(lines)

    def __repr__(self):
        lines = []
        for dirname, _, fnames in self._walk():
            lines += self.terminal_display_formatter(dirname, fnames, self.included_suffixes)
        return "\n".join(lines)


class Code(TextDisplayObject):
    """Source code: text/plain as is; text/html and text/latex highlighted
    as pygments does (Python code; other languages as plain text)."""

    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def __repr__(self):
        return self.data

    def _lexer(self):
        # "python" or "text": the lexer pygments would pick, as far as
        # adder can highlight.
        if self.language:
            name = self.language.lower()
            return "python" if name in ("python", "py", "python3", "py3", "sage", "bazel", "starlark") else "text"
        if self.filename:
            return "python" if os.path.splitext(self.filename)[1] in (".py", ".pyw", ".pyi", ".sc", ".jy", ".sage", ".tac") else "text"
        return _adder_display.guess_language(self.data)

    def _repr_html_(self):
        return _adder_display.code_html(self.data, self._lexer())

    def _repr_latex_(self):
        return _adder_display.code_latex(self.data, self._lexer())
