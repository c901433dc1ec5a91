"""Address-list parsing shared by email.utils and email.headerregistry
(adder): splits 'Name <user@host>, "Q, R" <x@y>, group: a@b;' into
(display name, address) pairs, honouring quoted strings, comments and
groups."""


def _tokens(text):
    """Tokens: ('q', quoted text), ('c', comment), ('s', special char),
    ('a', atom), (' ', whitespace)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j, buf = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            out.append(('q', ''.join(buf)))
            i = j + 1
        elif c == '(':
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                if text[j] == '\\' and j + 1 < n:
                    buf.append(text[j + 1])
                    j += 2
                    continue
                if text[j] == '(':
                    depth += 1
                elif text[j] == ')':
                    depth -= 1
                    if not depth:
                        break
                buf.append(text[j])
                j += 1
            out.append(('c', ''.join(buf)))
            i = j + 1
        elif c in ' \t\r\n':
            j = i
            while j < n and text[j] in ' \t\r\n':
                j += 1
            out.append((' ', text[i:j]))
            i = j
        elif c in '<>@,:;.[]':
            out.append(('s', c))
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<>@,:;.[]':
                j += 1
            out.append(('a', text[i:j]))
            i = j
    return out


def parse_addresses(text):
    """[(display name, addr-spec, group name or None)] of an address list."""
    toks = _tokens(text)
    result = []
    group = None
    phrase, addr, comments = [], None, []
    in_angle = False
    angle = []
    words = []  # raw tokens of a bare addr-spec

    def flush():
        nonlocal phrase, addr, comments, words
        if addr is not None:
            name = ' '.join(p for p in phrase if p) if phrase else ''
            result.append((name, addr, group))
        elif words:
            spec = _bare_spec(words)
            name = ' '.join(comments).strip() if comments else ''
            result.append((name, spec, group))
        phrase, addr, comments, words = [], None, [], []

    for kind, val in toks:
        if in_angle:
            if kind == 's' and val == '>':
                in_angle = False
                addr = ''.join(angle)
                angle.clear()
            elif kind in ('a', 's', 'q'):
                angle.append('"%s"' % val if kind == 'q' else val)
            continue
        if kind == 's' and val == '<':
            in_angle = True
            phrase = [_phrase_text(words)] if words else phrase
            words = []
            continue
        if kind == 's' and val == ',':
            flush()
            continue
        if kind == 's' and val == ':' and addr is None and not any(v == '@' for k, v in words):
            group = _phrase_text(words)
            words = []
            continue
        if kind == 's' and val == ';':
            flush()
            group = None
            continue
        if kind == 'c':
            comments.append(val)
            continue
        words.append((kind, val))
    flush()
    return result


def _phrase_text(words):
    parts = []
    for kind, val in words:
        if kind == ' ':
            parts.append(' ')
        else:
            parts.append(val)
    return ''.join(parts).strip()


def _bare_spec(words):
    """The addr-spec of a bare address: its first word, where spaces next
    to '@' and '.' do not split words."""
    chunks = [[]]
    for i, (kind, val) in enumerate(words):
        if kind == ' ':
            prev = words[i - 1] if i else None
            nxt = words[i + 1] if i + 1 < len(words) else None
            joined = (prev and prev[0] == 's' and prev[1] in '@.') or (nxt and nxt[0] == 's' and nxt[1] in '@.')
            if not joined and chunks[-1]:
                chunks.append([])
            continue
        chunks[-1].append(val)
    return ''.join(chunks[0])
