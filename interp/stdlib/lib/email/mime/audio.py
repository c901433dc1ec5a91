"""audio/* MIME messages (adder); the subtype is sniffed from the data's
first bytes when not given."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ['MIMEAudio']


def _what(h):
    if h.startswith(b'RIFF') and h[8:12] == b'WAVE':
        return 'x-wav'
    if h[:4] in (b'FORM',) and h[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if h.startswith(b'.snd'):
        return 'basic'
    return None


class MIMEAudio(MIMENonMultipart):
    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *, policy=None, **_params):
        _subtype = _what(_audiodata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
