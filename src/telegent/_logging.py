"""The ``telegent`` logger, the ``TELEGENT_LOG`` switch, and redaction for log output.

Nothing secret is logged: credential headers are masked, and JSON bodies logged at DEBUG
have their secret fields masked before they are formatted. Which fields and headers are
secret is the overlay's declaration (``x-telegent-secret`` marks, ``x-telegent-secrets``),
read through :mod:`telegent._secrets` from the generated table; the same helpers
mask the CLI's ``--dry-run``, the requests attached to errors and request reprs.
Retries are logged at INFO, polling progress at DEBUG/INFO.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx

from ._secrets import REDACTED, is_secret_field, is_secret_header, masked_header

logger = logging.getLogger("telegent")

__all__ = [
    "REDACTED",
    "SecretRedactor",
    "body_for_log",
    "holds_secret",
    "is_secret_field",
    "is_secret_header",
    "logger",
    "masked_header",
    "masked_content",
    "redact_headers",
    "redact_json",
    "redact_params",
    "redact_url",
    "setup_logging_from_env",
]

_BODY_LOG_LIMIT = 1000


@functools.cache
def setup_logging_from_env() -> None:
    """Honour ``TELEGENT_LOG=debug|info``: attach a stderr handler to ``telegent``.

    Called once, when the first client is created; does nothing if the variable is
    unset or if the application already configured the ``telegent`` logger's level.
    """
    level_name = os.environ.get("TELEGENT_LOG", "").strip().upper()
    if level_name not in {"DEBUG", "INFO"}:
        return
    if logger.level == logging.NOTSET:
        logger.setLevel(level_name)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)


def redact_headers(
    headers: Iterable[tuple[str, str]], redact: Callable[[str], str] | None = None
) -> dict[str, str]:
    """Headers as a dict with credential-bearing ones masked.

    ``Authorization``-like headers keep only their scheme; every other value goes
    through ``redact`` (the client's :class:`SecretRedactor`), in case a server echoes
    a secret or a token back in a header of its own.
    """
    out: dict[str, str] = {}
    for name, value in headers:
        if is_secret_header(name):
            out[name] = masked_header(value)
        else:
            out[name] = redact(value) if redact is not None else value
    return out


def redact_json(value: Any) -> Any:
    """A copy of decoded JSON with every secret field's value masked (any depth).

    May raise ``RecursionError`` on a deeply nested value; callers treat that as an
    unloggable body.
    """
    # Strings and numbers are copied as they are, without a call each.
    if isinstance(value, Mapping):
        return {
            k: (
                REDACTED
                if v is not None and is_secret_field(k)
                else (v if v.__class__ in _LEAVES else redact_json(v))
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [v if v.__class__ in _LEAVES else redact_json(v) for v in value]
    return value


_LEAVES = frozenset({str, int, float, bool, type(None)})


def holds_secret(decoded: Any, mask: str = REDACTED) -> bool:
    """Whether masking ``decoded`` (JSON as ``json.loads`` gives it) with ``mask`` would
    change it: it has a secret-named field holding something other than ``mask``.

    A look, no copy and no recursion: most bodies hold no secret, and finding that out
    costs less than building a masked copy to compare.
    """
    secret: dict[str, bool] = {}  # the same few names repeat in every item of a list
    stack = [decoded]
    while stack:
        value = stack.pop()
        if value.__class__ is dict:
            for k, v in value.items():
                if v is None:
                    continue
                named = secret.get(k)
                if named is None:
                    named = secret[k] = is_secret_field(k)
                if named:
                    if v != mask:
                        return True
                elif v.__class__ is dict or v.__class__ is list:
                    stack.append(v)
        elif value.__class__ is list:
            stack.extend(v for v in value if v.__class__ is dict or v.__class__ is list)
    return False


def body_for_log(content: bytes, redact: Callable[[str], str] | None = None) -> str:
    """A loggable view of a body: redacted JSON, or only its size when not JSON.

    Secret fields are masked and ``redact`` masks known secrets anywhere in the text
    *before* the text is cut to ``_BODY_LOG_LIMIT``, so no part of a secret survives a cut.
    """
    if not content:
        return "<empty>"
    try:
        text = json.dumps(redact_json(json.loads(content)), ensure_ascii=False)
    except RecursionError:
        return f"<{len(content)} bytes, JSON nested too deeply to log>"
    except ValueError:
        # Not JSON: we cannot tell which parts are secret, so show only the size.
        return f"<{len(content)} bytes, not JSON>"
    if redact is not None:
        text = redact(text)
    if len(text) > _BODY_LOG_LIMIT:
        text = text[:_BODY_LOG_LIMIT] + f"… ({len(content)} bytes)"
    return text


def redact_params(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Query parameters (or any flat mapping) with secret-named values masked."""
    if params is None:
        return None
    return {k: (REDACTED if is_secret_field(k) else v) for k, v in params.items()}


def redact_url(url: httpx.URL) -> str:
    """``url`` as text, with the values of secret-named query parameters masked."""
    if not any(is_secret_field(k) for k in url.params):
        return str(url)
    masked = [(k, REDACTED if is_secret_field(k) else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=masked))


def masked_content(content: bytes) -> bytes | None:
    """A JSON body with its secret fields masked; ``None`` when it holds none (or is not JSON).

    The original bytes are kept when nothing is masked, so an error's request shows the
    body exactly as it was sent whenever that is safe.
    """
    try:
        decoded = json.loads(content)
        # Most bodies hold no secret: found by a look, not a masked copy compared whole.
        if not holds_secret(decoded):
            return None
        masked = redact_json(decoded)
    except (ValueError, RecursionError):
        return None
    if masked == decoded:
        return None
    return json.dumps(masked, ensure_ascii=False).encode("utf-8")


class SecretRedactor:
    """Masks a changing set of secret strings (the account secret, issued tokens).

    Used on any server-provided text that goes into an exception message or a log line,
    in case a server echoes a credential back. Pinned values (the account secret, a
    static token) are kept for the client's life; issued tokens are kept up to a bound,
    oldest dropped first, so a long-lived process does not grow this set forever.
    """

    __slots__ = ("_pinned", "_recent", "longest")

    _MAX_RECENT = 64

    def __init__(self) -> None:
        self._pinned: set[str] = set()
        self._recent: dict[str, None] = {}
        # Length of the longest secret ever registered: how much of a text's tail may
        # hold a secret cut in part by truncation (see _errors.body_snippet).
        self.longest = 0

    def add(self, secret: str | None, *, pin: bool = False) -> None:
        """Register a value to mask (values shorter than 4 characters are ignored)."""
        if not secret or len(secret) < 4:
            return
        self.longest = max(self.longest, len(secret))
        # Copy-on-write, so that a reader in another thread never sees a set mid-change.
        if pin:
            self._pinned = self._pinned | {secret}
            return
        recent = dict(self._recent)
        recent.pop(secret, None)
        recent[secret] = None
        while len(recent) > self._MAX_RECENT:
            del recent[next(iter(recent))]
        self._recent = recent

    def __call__(self, text: str) -> str:
        """``text`` with each registered secret replaced by ``***``."""
        for secret in (*self._pinned, *self._recent):
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def __repr__(self) -> str:
        return f"SecretRedactor({len(self._pinned) + len(self._recent)} secrets)"
