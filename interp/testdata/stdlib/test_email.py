# email: building, serialising and parsing messages; utils; headers.
import email
import email.utils
import email.policy
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.header import decode_header, make_header, Header
import datetime

m = EmailMessage()
m['Subject'] = 'Hello'
m['From'] = 'Ann <a@x.com>'
m['To'] = 'b@y.com, "C D" <c@z.org>'
m.set_content('Hi there\nline two\n')
print(m.as_string())
print(repr(bytes(m)))
print(m['to'], m['To'].addresses, [a.addr_spec for a in m['to'].addresses], m['from'].addresses[0].display_name)
print(m.get_content_type(), m.get_content_charset(), m.get_content(), m.is_multipart(), len(m), m.keys())
print(type(m['subject']).__name__ != 'str', isinstance(m['subject'], str), m.get('missing'), 'subject' in m)
try:
    m['Subject'] = 'again'
except ValueError as e:
    print("ValueError", e)
m.replace_header('Subject', 'Changed')
print(m['subject'], m.get_all('to'))

m2 = EmailMessage()
m2['Subject'] = 'Héllo wörld ünïcode subject that is rather long and needs folding maybe yes'
m2.set_content('Héllo\n')
print(m2.as_string())
print(repr(bytes(m2)))
print(m2['subject'], m2.get_content())
m3 = EmailMessage()
m3['Subject'] = 'A very long ascii subject line that goes on and on and on past the seventy eight column limit for sure'
m3.set_content('x' * 100 + '\n')
print(m3.as_string())

# attachments
m.add_attachment(b'\x00\x01data' * 20, maintype='application', subtype='octet-stream', filename='d.bin')
m.add_attachment('col1,col2\n1,2\n', subtype='csv', filename='t.csv')
print(m.is_multipart(), m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
print([a.get_filename() for a in m.iter_attachments()], m.get_body().get_content())
att = list(m.iter_attachments())
print(att[0].get_content()[:6], att[0]['Content-Transfer-Encoding'], att[0].get_content_disposition(), att[1].get_content())
text = m.as_string()
boundary = m.get_boundary()
print(text.replace(boundary, 'BOUNDARY'))

# parsing
raw = text
p = email.message_from_string(raw, policy=email.policy.default)
print(type(p).__name__, p['subject'], p.get_content_type(), len(p.get_payload()), p.get_boundary() == boundary)
print([part.get_content_type() for part in p.walk()], p.get_payload(1).get_payload(decode=True)[:6])
print(p.as_string() == raw, p.preamble, repr(p.epilogue))
c = email.message_from_string(raw)
print(type(c).__name__, c['To'], c.get_payload(0).get_payload(), c.get_payload(2).get_filename())
eml = b"""From: Zoe <zoe@example.com>
To: you@example.com
Subject: =?utf-8?q?Caf=C3=A9?= menu
Date: Mon, 20 Nov 1995 19:12:08 -0500
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Folded: first part
 second part

Caf=E9 au lait =
costs 3=80.
"""
q = email.message_from_bytes(eml, policy=email.policy.default)
print(q['subject'], q['date'].datetime, q['x-folded'], repr(q.get_content()))
print(q.as_bytes() == eml)
q2 = email.message_from_bytes(eml)
print(q2['subject'], q2['x-folded'], q2.get_payload(decode=True), q2.get_content_charset(), q2.get_params())

# compat32 construction
mt = MIMEText('plain body')
mt['Subject'] = 'compat'
print(mt.as_string())
mu = MIMEText('héllo', 'plain', 'utf-8')
print(mu.as_string())
mm = MIMEMultipart(boundary='XYZ')
mm['Subject'] = 'multi'
mm.attach(MIMEText('part one'))
mm.attach(MIMEApplication(b'\x89PNG fake', Name='x.bin'))
print(mm.as_string())
msg = Message()
msg['X'] = 'y'
msg.add_header('Content-Disposition', 'attachment', filename='bud.gif')
msg.set_payload('raw')
print(msg.as_string(), msg.get_filename(), msg.get_param('filename', header='content-disposition'))

# utils and headers
print(email.utils.parseaddr('Ann Example <ann@example.com>'), email.utils.parseaddr('bob@example.com (Bob)'),
      email.utils.parseaddr('not an address'))
print(email.utils.formataddr(('Ann', 'ann@x.com')), email.utils.formataddr(('A, B', 'ab@x.com')),
      email.utils.formataddr(('Zoë', 'z@x.com')), email.utils.formataddr(('', 'n@x.com')))
print(email.utils.getaddresses(['a@x.com, B <b@y.com>', '"Q, R" <q@r.s>']))
print(email.utils.formatdate(0), email.utils.formatdate(86400 * 365, usegmt=True))
dt = datetime.datetime(2024, 3, 5, 14, 7, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
print(email.utils.format_datetime(dt), email.utils.format_datetime(datetime.datetime(2024, 1, 1)))
print(email.utils.parsedate_to_datetime('Tue, 05 Mar 2024 14:07:09 +0100'), email.utils.parsedate('Mon, 20 Nov 1995 19:12:08 -0500'),
      email.utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500'))
print(email.utils.quote('a"b\\c'), email.utils.unquote('"x y"'), email.utils.unquote('<a@b>'),
      email.utils.encode_rfc2231('é x', 'utf-8'), email.utils.decode_rfc2231("utf-8''%C3%A9"))
print(decode_header('=?utf-8?q?Caf=C3=A9?= menu'), decode_header('plain text'), decode_header('=?utf-8?b?SMOpbGxv?='))
print(str(make_header(decode_header('=?utf-8?q?Caf=C3=A9?= menu'))), str(Header('abc')), Header('é', 'utf-8').encode())
print(email.policy.default, email.policy.SMTP.linesep == '\r\n', email.policy.default.clone(max_line_length=100).max_line_length)
import quopri
for data in [b'hello world', b'caf\xe9 = 3\xe2\x82\xac\ttab \nnext line   \n', b'x' * 100, b'a_b c']:
    enc = quopri.encodestring(data)
    print(enc, quopri.decodestring(enc) == data, quopri.encodestring(data, quotetabs=True, header=True))
print(quopri.decodestring(b'soft=\nbreak =41=42 =3d end'), quopri.decodestring(b'a_b', header=True))

# generators: preamble/epilogue, alternatives, 8-bit parts, rfc822 parts, From mangling
import io
from email.generator import Generator, BytesGenerator, DecodedGenerator
alt = EmailMessage()
alt['Subject'] = 'alt'
alt.set_content('plain text\n')
alt.add_alternative('<p>html é</p>\n', subtype='html')
alt.preamble = 'This is a MIME message.\n'
alt.epilogue = 'bye\n'
inner = EmailMessage()
inner['Subject'] = 'inner'
inner.set_content('From the inside\n')
alt2 = EmailMessage()
alt2.set_content('outer\n')
alt2.add_attachment(inner)
for m_ in (alt, alt2):
    m_.as_string()  # the boundary is chosen when the message is first written
    b_ = m_.get_boundary()
    print(m_.as_string().replace(b_, 'B'))
    print(bytes(m_).replace(b_.encode(), b'B'))
print([p.get_content_type() for p in alt.walk()], alt.get_body(('html', 'plain')).get_content(), alt.get_body(('plain',)).get_content())
parsed = email.message_from_bytes(bytes(alt), policy=email.policy.default)
print(parsed.preamble, repr(parsed.epilogue), parsed.get_body(('html',)).get_content(), bytes(parsed) == bytes(alt))
s_ = io.StringIO()
Generator(s_, mangle_from_=True).flatten(email.message_from_string('Subject: x\n\nFrom here\nnot From\n'))
print(repr(s_.getvalue()))
s_ = io.StringIO()
DecodedGenerator(s_).flatten(m)
print(s_.getvalue().replace(boundary, 'BOUNDARY'))
b_ = io.BytesIO()
BytesGenerator(b_, policy=email.policy.SMTP).flatten(mt)
print(b_.getvalue())
for text, kw in [("é" * 100 + "\n", {}), (("line " * 20 + "\n") * 12, {}), ("ünïcödé text\n" * 3, {"cte": "quoted-printable"}),
                 ("abc\n", {"cte": "base64"}), ("héllo\n", {"cte": "8bit"}), ("x" * 90 + "é\n" + "y\n" * 11, {}),
                 ("<b>bold</b>\n", {"subtype": "html", "charset": "latin-1"})]:
    mm_ = EmailMessage()
    mm_.set_content(text, **kw)
    print(mm_["Content-Transfer-Encoding"], mm_["Content-Type"], repr(mm_.get_payload()[:60]), mm_.get_content() == text)
