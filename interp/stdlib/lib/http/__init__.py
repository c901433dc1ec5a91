"""HTTP status codes and methods (adder). HTTPStatus members compare,
hash and format as their integer codes (CPython's are IntEnums; adder's
VM cannot yet subclass int); description texts are not provided."""

from enum import Enum as _Enum

__all__ = ['HTTPStatus', 'HTTPMethod']


class _CodeEnum(_Enum):
    def __new__(cls, value, phrase, description=''):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    def __int__(self):
        return self._value_

    __index__ = __int__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, _CodeEnum):
            return self is other
        if isinstance(other, int):
            return self._value_ == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return int(self) < int(other)

    def __le__(self, other):
        return int(self) <= int(other)

    def __gt__(self, other):
        return int(self) > int(other)

    def __ge__(self, other):
        return int(self) >= int(other)

    def __hash__(self):
        return hash(self._value_)

    @property
    def is_informational(self):
        return 100 <= self._value_ <= 199

    @property
    def is_success(self):
        return 200 <= self._value_ <= 299

    @property
    def is_redirection(self):
        return 300 <= self._value_ <= 399

    @property
    def is_client_error(self):
        return 400 <= self._value_ <= 499

    @property
    def is_server_error(self):
        return 500 <= self._value_ <= 599


_codes = [
    ('CONTINUE', 100, 'Continue'), ('SWITCHING_PROTOCOLS', 101, 'Switching Protocols'),
    ('PROCESSING', 102, 'Processing'), ('EARLY_HINTS', 103, 'Early Hints'),
    ('OK', 200, 'OK'), ('CREATED', 201, 'Created'), ('ACCEPTED', 202, 'Accepted'),
    ('NON_AUTHORITATIVE_INFORMATION', 203, 'Non-Authoritative Information'), ('NO_CONTENT', 204, 'No Content'),
    ('RESET_CONTENT', 205, 'Reset Content'), ('PARTIAL_CONTENT', 206, 'Partial Content'),
    ('MULTI_STATUS', 207, 'Multi-Status'), ('ALREADY_REPORTED', 208, 'Already Reported'),
    ('IM_USED', 226, 'IM Used'), ('MULTIPLE_CHOICES', 300, 'Multiple Choices'),
    ('MOVED_PERMANENTLY', 301, 'Moved Permanently'), ('FOUND', 302, 'Found'), ('SEE_OTHER', 303, 'See Other'),
    ('NOT_MODIFIED', 304, 'Not Modified'), ('USE_PROXY', 305, 'Use Proxy'),
    ('TEMPORARY_REDIRECT', 307, 'Temporary Redirect'), ('PERMANENT_REDIRECT', 308, 'Permanent Redirect'),
    ('BAD_REQUEST', 400, 'Bad Request'), ('UNAUTHORIZED', 401, 'Unauthorized'),
    ('PAYMENT_REQUIRED', 402, 'Payment Required'), ('FORBIDDEN', 403, 'Forbidden'), ('NOT_FOUND', 404, 'Not Found'),
    ('METHOD_NOT_ALLOWED', 405, 'Method Not Allowed'), ('NOT_ACCEPTABLE', 406, 'Not Acceptable'),
    ('PROXY_AUTHENTICATION_REQUIRED', 407, 'Proxy Authentication Required'),
    ('REQUEST_TIMEOUT', 408, 'Request Timeout'), ('CONFLICT', 409, 'Conflict'), ('GONE', 410, 'Gone'),
    ('LENGTH_REQUIRED', 411, 'Length Required'), ('PRECONDITION_FAILED', 412, 'Precondition Failed'),
    ('REQUEST_ENTITY_TOO_LARGE', 413, 'Request Entity Too Large'),
    ('REQUEST_URI_TOO_LONG', 414, 'Request-URI Too Long'),
    ('UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported Media Type'),
    ('REQUESTED_RANGE_NOT_SATISFIABLE', 416, 'Requested Range Not Satisfiable'),
    ('EXPECTATION_FAILED', 417, 'Expectation Failed'), ('IM_A_TEAPOT', 418, "I'm a Teapot"),
    ('MISDIRECTED_REQUEST', 421, 'Misdirected Request'), ('UNPROCESSABLE_ENTITY', 422, 'Unprocessable Entity'),
    ('LOCKED', 423, 'Locked'), ('FAILED_DEPENDENCY', 424, 'Failed Dependency'), ('TOO_EARLY', 425, 'Too Early'),
    ('UPGRADE_REQUIRED', 426, 'Upgrade Required'), ('PRECONDITION_REQUIRED', 428, 'Precondition Required'),
    ('TOO_MANY_REQUESTS', 429, 'Too Many Requests'),
    ('REQUEST_HEADER_FIELDS_TOO_LARGE', 431, 'Request Header Fields Too Large'),
    ('UNAVAILABLE_FOR_LEGAL_REASONS', 451, 'Unavailable For Legal Reasons'),
    ('INTERNAL_SERVER_ERROR', 500, 'Internal Server Error'), ('NOT_IMPLEMENTED', 501, 'Not Implemented'),
    ('BAD_GATEWAY', 502, 'Bad Gateway'), ('SERVICE_UNAVAILABLE', 503, 'Service Unavailable'),
    ('GATEWAY_TIMEOUT', 504, 'Gateway Timeout'), ('HTTP_VERSION_NOT_SUPPORTED', 505, 'HTTP Version Not Supported'),
    ('VARIANT_ALSO_NEGOTIATES', 506, 'Variant Also Negotiates'), ('INSUFFICIENT_STORAGE', 507, 'Insufficient Storage'),
    ('LOOP_DETECTED', 508, 'Loop Detected'), ('NOT_EXTENDED', 510, 'Not Extended'),
    ('NETWORK_AUTHENTICATION_REQUIRED', 511, 'Network Authentication Required'),
]

HTTPStatus = _CodeEnum('HTTPStatus', [(name, (code, phrase)) for name, code, phrase in _codes], module='http')


class _MethodEnum(_Enum):
    def __new__(cls, value, description=''):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.description = description
        return obj

    def __str__(self):
        return self._value_

    def __eq__(self, other):
        if isinstance(other, str):
            return self._value_ == other
        return self is other

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        return "<%s.%s>" % (self.__class__.__name__, self._name_)


HTTPMethod = _MethodEnum('HTTPMethod', [(m, (m,)) for m in
                                        ['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT',
                                         'TRACE']], module='http')
