"""The ``telegent`` logger, the ``TELEGENT_LOG`` switch, and redaction for log output.

Nothing secret is logged: the Authorization header is masked, and JSON bodies logged at
DEBUG have their secret fields (AccountSecret, token, PortOutPin) masked before they
are formatted. Retries are logged at INFO, polling progress at DEBUG/INFO.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

logger = logging.getLogger("telegent")

REDACTED = "***"

# Wire names of fields whose values are secrets, in any body we send or receive.
SECRET_FIELDS = frozenset(
    {"accountsecret", "token", "portoutpin", "authorization", "access_token", "password"}
)
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})

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
        lower = name.lower()
        if lower in SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            out[name] = f"{scheme} {REDACTED}".strip()
        else:
            out[name] = redact(value) if redact is not None else value
    return out


def redact_json(value: Any) -> Any:
    """A copy of decoded JSON with every secret field's value masked (any depth).

    May raise ``RecursionError`` on a deeply nested value; callers treat that as an
    unloggable body.
    """
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if str(k).lower() in SECRET_FIELDS and v is not None else redact_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


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
