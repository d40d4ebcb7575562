"""The secret policy at run time: which names hold secrets, and values that hide themselves.

Which fields and headers are secret is the overlay's declaration (``x-telegent-secret``
marks, ``x-telegent-secrets``), read from the generated table
``telegent._generated.policy``; nothing here names a field. Log redaction,
``--dry-run``, the requests attached to errors, request reprs and the fake all ask
:func:`is_secret_field`.

:func:`conceal` wraps a secret argument in :class:`SecretStr`, a ``str`` whose ``repr``
is masked: the generated methods rebind their secret parameters with it, so a traceback
that shows local variables (Sentry, rich, ``capture_locals=True``) shows ``'***'`` in
every SDK frame, while the value on the wire is unchanged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

__all__ = [
    "REDACTED",
    "SecretStr",
    "conceal",
    "is_secret_field",
    "is_secret_header",
    "masked_header",
]

REDACTED = "***"

T = TypeVar("T")


def _folded(name: str) -> str:
    # The vendor spells one name several ways (PortOutPin, PortOutPIN) and callers may
    # use the Python name (port_out_pin): compare ignoring case and underscores.
    return name.lower().replace("_", "")


@dataclass(frozen=True, slots=True)
class _Policy:
    names: frozenset[str]  # folded secret field names
    rule: re.Pattern[str] | None
    headers: frozenset[str]
    schemes: frozenset[str]
    # Answers of is_secret_field by name: the same few field names are asked about for
    # every item of every body logged or scrubbed. Not an init field, so a policy
    # derived with dataclasses.replace starts with its own.
    known: dict[str, bool] = field(init=False, default_factory=dict, compare=False)


@functools.cache
def _policy() -> _Policy:
    # Read on first use, not at import: the generator imports this package while it
    # writes the table, so a table that gains a name must not be needed to import it.
    from telegent._generated import policy  # noqa: PLC0415

    return _Policy(
        names=frozenset(_folded(name) for name in policy.SECRET_FIELDS),
        rule=re.compile(policy.SECRET_NAME_RULE) if policy.SECRET_NAME_RULE else None,
        headers=policy.SECRET_HEADERS,
        schemes=policy.AUTH_SCHEMES,
    )


def is_secret_field(name: object) -> bool:
    """Whether a body field, query parameter or header of this name holds a secret.

    A name the overlay marks ``x-telegent-secret``, or one its credential naming rule
    (``x-telegent-secrets.names``) matches: a field the spec does not know yet.
    """
    text = str(name)
    policy = _policy()
    known = policy.known.get(text)
    if known is None:
        known = _folded(text) in policy.names or (
            policy.rule is not None and policy.rule.search(text) is not None
        )
        if len(policy.known) < _KNOWN_MAX:  # names from a server's bodies: bounded
            policy.known[text] = known
    return known


_KNOWN_MAX = 4096


def is_secret_header(name: str) -> bool:
    """A credential header: the security scheme's, the overlay's, or a secret-named one."""
    return name.lower() in _policy().headers or is_secret_field(name)


def masked_header(value: str, mask: str = REDACTED) -> str:
    """A credential header's value with only its scheme left (``Bearer ***``).

    Only a scheme of the spec's security schemes is kept: any other first word might be
    the secret itself (``Authorization: <token> extra``).
    """
    scheme = value.split(" ", 1)[0] if " " in value else ""
    return f"{scheme} {mask}" if scheme.lower() in _policy().schemes else mask


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
