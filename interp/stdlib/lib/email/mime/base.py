"""Base class for MIME specializations (adder)."""

import email.policy
from email import message

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    """A MIME message with a Content-Type and MIME-Version."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = email.policy.compat32
        message.Message.__init__(self, policy=policy)
        ctype = '%s/%s' % (_maintype, _subtype)
        self.add_header('Content-Type', ctype, **_params)
        self['MIME-Version'] = '1.0'
