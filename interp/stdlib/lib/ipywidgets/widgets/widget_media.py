# This file defines the media widgets Image, Audio and Video: the value is
# bytes, sent as a message buffer (buffer_paths [["value"]]).

"""Image, Audio and Video."""

from traitlets import Bool, Bytes, CUnicode, Unicode

from .domwidget import DOMWidget
from .trait_types import bytes_serialization
from .valuewidget import ValueWidget
from .widget import register
from .widget_core import CoreWidget


_FORMAT_ALIASES = {
    ("image", "jpg"): "jpeg", ("image", "svg"): "svg+xml", ("image", "tif"): "tiff",
    ("audio", "mp3"): "mpeg", ("audio", "oga"): "ogg", ("video", "ogv"): "ogg",
}


class _Media(DOMWidget, ValueWidget, CoreWidget):
    """Base of the widgets whose value is a media file's bytes."""
    value = Bytes(help="The media data as a memory view of bytes.").tag(sync=True, **bytes_serialization)

    @classmethod
    def _from_file(cls, tag, filename, **kwargs):
        with open(filename, "rb") as f:
            value = f.read()
        if "format" not in kwargs:
            fmt = cls._guess_format(tag, filename)
            if fmt is not None:
                kwargs["format"] = fmt
        return cls(value=value, **kwargs)

    @classmethod
    def from_url(cls, url, **kwargs):
        """A widget showing url (the value holds the URL's bytes, format 'url')."""
        if isinstance(url, str):
            url = url.encode("utf-8")
        return cls(value=url, format="url", **kwargs)

    def set_value_from_file(self, filename):
        """Read the value (and guess the format) from a file."""
        with open(filename, "rb") as f:
            self.value = f.read()
        fmt = self._guess_format(self._media_tag, filename)
        if fmt is not None:
            self.format = fmt

    @staticmethod
    def _guess_format(tag, filename):
        # The file's extension, with the common aliases of the media types.
        name = filename if isinstance(filename, str) else getattr(filename, "name", "")
        if "." not in name:
            return None
        ext = name.rsplit(".", 1)[-1].lower()
        return _FORMAT_ALIASES.get((tag, ext), ext)

    def _repr_keys(self):
        for key in super()._repr_keys():
            if key != "value":
                yield key

    def __repr__(self):
        # The bytes are summarised, not printed.
        class_name = self.__class__.__name__
        signature = [("value", self.value[:40] + (b"..." if len(self.value) > 40 else b""))]
        signature += [(k, getattr(self, k)) for k in self._repr_keys()]
        return "%s(%s)" % (class_name, ", ".join("%s=%r" % kv for kv in signature))


@register
class Image(_Media):
    """Displays an image (PNG by default) from its bytes."""
    _view_name = Unicode("ImageView").tag(sync=True)
    _model_name = Unicode("ImageModel").tag(sync=True)
    _media_tag = "image"
    format = Unicode("png", help="The format of the image.").tag(sync=True)
    width = CUnicode(help="Width of the image in pixels. Use layout.width for styling the widget.").tag(sync=True)
    height = CUnicode(help="Height of the image in pixels. Use layout.height for styling the widget.").tag(sync=True)

    @classmethod
    def from_file(cls, filename, **kwargs):
        """An Image of the file's bytes, its format guessed from the name."""
        return cls._from_file("image", filename, **kwargs)


@register
class Video(_Media):
    """Plays a video (MP4 by default) from its bytes."""
    _view_name = Unicode("VideoView").tag(sync=True)
    _model_name = Unicode("VideoModel").tag(sync=True)
    _media_tag = "video"
    format = Unicode("mp4", help="The format of the video.").tag(sync=True)
    width = CUnicode(help="Width of the video in pixels.").tag(sync=True)
    height = CUnicode(help="Height of the video in pixels.").tag(sync=True)
    autoplay = Bool(True, help="When true, the video starts when it's displayed").tag(sync=True)
    loop = Bool(True, help="When true, the video will start from the beginning after finishing").tag(sync=True)
    controls = Bool(True, help="Specifies that video controls should be displayed (such as a play/pause button etc)").tag(sync=True)

    @classmethod
    def from_file(cls, filename, **kwargs):
        return cls._from_file("video", filename, **kwargs)


@register
class Audio(_Media):
    """Plays audio (MP3 by default) from its bytes."""
    _view_name = Unicode("AudioView").tag(sync=True)
    _model_name = Unicode("AudioModel").tag(sync=True)
    _media_tag = "audio"
    format = Unicode("mp3", help="The format of the audio.").tag(sync=True)
    autoplay = Bool(True, help="When true, the audio starts when it's displayed").tag(sync=True)
    loop = Bool(True, help="When true, the audio will start from the beginning after finishing").tag(sync=True)
    controls = Bool(True, help="Specifies that audio controls should be displayed (such as a play/pause button etc)").tag(sync=True)

    @classmethod
    def from_file(cls, filename, **kwargs):
        return cls._from_file("audio", filename, **kwargs)
