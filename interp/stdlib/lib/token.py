"""Token constants (adder): the token numbers of CPython 3.12, their names
(tok_name) and the operator strings (EXACT_TOKEN_TYPES)."""

import _token_data as _data

for _i, _name in enumerate(_data.NAMES):
    globals()[_name] = _i
N_TOKENS = len(_data.NAMES)
NT_OFFSET = 256

tok_name = {v: k for k, v in globals().items() if isinstance(v, int) and not k.startswith('_')}
EXACT_TOKEN_TYPES = {s: globals()[name] for s, name in _data.EXACT.items()}

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(_data.NAMES) + ['N_TOKENS', 'NT_OFFSET']
del _i, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
