"""The SDK's messages in the operator's words: flags and environment variables, commands.

The SDK speaks Python (``page_size must be >= 1``, ``pass account_key=``, ``check
client.orders.get('JNUOID-1')``); on the command line the same message names the flag
(``--page-size``), the environment variable, or the ``telegent`` command to run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

__all__ = ["CONNECTION_FLAGS", "in_operator_words"]

#: The client's own keyword arguments and where an operator sets them.
CONNECTION_FLAGS: Mapping[str, str] = {
    "base_url": "--base-url (or TELEGENT_BASE_URL)",
    "token": "--token (or TELEGENT_TOKEN)",
    "timeout": "--timeout",
    "max_retries": "--max-retries",
    "rate_limit_per_minute": "--rate-limit",
}

_CREDENTIALS = re.compile(r"pass account_key= and account_secret= \(or token=\), or set ")
_CALLS = (
    (
        re.compile(r"client\.orders\.get\((['\"])([^'\"]+)\1\)"),
        r"telegent orders get --order-id \2",
    ),
    (re.compile(r"client\.numbers\.list\([^)]*\)"), "telegent numbers list"),
)
_VERBS = r"must|is|are|has|needs|takes|'|\""
# "order X failed: order X failed: 8A-..." (an error wrapping its own cause's text).
_REPEATED = re.compile(r"(\b[^:]{3,80}: )\1")


def _keep_lead(flag: str) -> Callable[[re.Match[str]], str]:
    def replace(m: re.Match[str]) -> str:
        return m.group(1) + flag

    return replace


def in_operator_words(message: str, names: Mapping[str, str] | None = None) -> str:
    """``message`` with Python argument names replaced by ``names`` (argument -> flag) and
    the connection flags, SDK calls by commands, and a repeated prefix said once."""
    text = _CREDENTIALS.sub("run `telegent login`, or set ", message)
    text = text.replace("(or TELEGENT_TOKEN)", "(or TELEGENT_TOKEN / --token)")
    for pattern, command in _CALLS:
        text = pattern.sub(command, text)
    for name, flag in {**CONNECTION_FLAGS, **(names or {})}.items():
        # Only where the name is a clause's subject ("page_size must ...", "; limit=..."):
        # the same word in prose ("the rate limit is") stays.
        subject = rf"(^|[:;(]\s?|,\s)({re.escape(name)})(?:=|(?=\s(?:{_VERBS})))"
        text = re.sub(subject, _keep_lead(flag), text)
    return _REPEATED.sub(r"\1", text)
