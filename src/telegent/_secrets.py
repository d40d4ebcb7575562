"""The secret policy at run time: which names hold secrets, and values that hide themselves.

Which fields and headers are secret is the overlay's declaration (``x-telegent-secret``
marks, ``x-telegent-secrets``), read from the generated table
``telegent_mpaas_client.sdk.policy``; nothing here names a field. Log redaction,
``--dry-run``, the requests attached to errors, request reprs and the fake all ask
:func:`is_secret_field`.

:func:`conceal` wraps a secret argument in :class:`SecretStr`, a ``str`` whose ``repr``
is masked: the generated methods rebind their secret parameters with it, so a traceback
that shows local variables (Sentry, rich, ``capture_locals=True``) shows ``'***'`` in
every SDK frame, while the value on the wire is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from telegent_mpaas_client.sdk.policy import SECRET_FIELDS, SECRET_HEADERS, SECRET_NAME_RULE

__all__ = ["REDACTED", "SECRET_HEADERS", "SecretStr", "conceal", "is_secret_field"]

REDACTED = "***"

T = TypeVar("T")


def _folded(name: str) -> str:
    # The vendor spells one name several ways (PortOutPin, PortOutPIN) and callers may
    # use the Python name (port_out_pin): compare ignoring case and underscores.
    return name.lower().replace("_", "")


_SECRET_NAMES = frozenset(_folded(name) for name in SECRET_FIELDS)
_NAME_RULE = re.compile(SECRET_NAME_RULE) if SECRET_NAME_RULE else None


def is_secret_field(name: object) -> bool:
    """Whether a body field, query parameter or header of this name holds a secret.

    A name the overlay marks ``x-telegent-secret``, or one its credential naming rule
    (``x-telegent-secrets.names``) matches: a field the spec does not know yet.
    """
    text = str(name)
    if _folded(text) in _SECRET_NAMES:
        return True
    return _NAME_RULE is not None and _NAME_RULE.search(text) is not None


class SecretStr(str):
    """A ``str`` that never shows itself in a ``repr`` (the value is unchanged)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(REDACTED)


def conceal(value: T) -> T:
    """``value`` with every secret in it wrapped in :class:`SecretStr`.

    A string becomes a ``SecretStr``; a mapping (a nested request object) is copied with
    the values of its secret-named keys concealed, at any depth; other values pass.
    """
    if isinstance(value, str):
        return cast(T, value if isinstance(value, SecretStr) else SecretStr(value))
    return cast(T, _conceal_fields(value, 0))


def _conceal_fields(value: Any, depth: int) -> Any:
    if depth > 32:  # deeper than any request of the spec: leave it to the schema check
        return value
    if isinstance(value, Mapping):
        return {
            k: conceal(v) if is_secret_field(k) else _conceal_fields(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_conceal_fields(v, depth + 1) for v in value]
    return value
