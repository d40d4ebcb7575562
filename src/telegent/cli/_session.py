"""Options every API command shares, and the client they configure.

Credentials and the base URL come from the SDK's own environment variables
(``TELEGENT_ACCOUNT_KEY``/``TELEGENT_ACCOUNT_SECRET``, ``TELEGENT_TOKEN``,
``TELEGENT_BASE_URL``), overridden by ``--token`` and ``--base-url``. ``--dry-run``
swaps the transport for one that records the first request and stops before any byte
is sent; ``--debug`` turns on the SDK's redacting ``telegent`` logger.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegent._ratelimit import STANDARD_TIER_PER_MINUTE

from ._output import FORMATS, UsageError
from ._words import in_operator_words

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DryRunStop",
    "Settings",
    "COMMON_DESTS",
    "add_common_options",
    "describe_request",
    "make_async_client",
    "make_client",
    "print_dry_run",
    "settings_from",
]

# A dry run needs no credentials: the request is shown with this token, masked.
_DRY_RUN_TOKEN = "dry-run-token"  # noqa: S105 - a placeholder, never sent


@dataclass(frozen=True, slots=True)
class Settings:
    """What the shared options asked for."""

    base_url: str | None = None
    token: str | None = None
    profile: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    rate_limit: int | None = None
    dry_run: bool = False
    debug: bool = False
    fmt: str = "json"
    fields: tuple[str, ...] | None = None
    progress: bool = True
    reveal: bool = False


def _fields(text: str) -> tuple[str, ...]:
    names = tuple(f.strip() for f in text.split(",") if f.strip())
    if not names:
        raise argparse.ArgumentTypeError("give field names separated by commas")
    return names


def _non_negative(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid {kind.__name__} value: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
        return value

    return parse


#: Where the shared options land in the parsed namespace.
COMMON_DESTS = (
    "base_url",
    "token",
    "profile",
    "timeout",
    "max_retries",
    "rate_limit",
    "dry_run",
    "debug",
    "fmt",
    "fields",
    "progress",
    "reveal",
)


def add_common_options(
    parser: argparse.ArgumentParser,
    *,
    default_format: str = "json",
    progress: bool = True,
    reveal: bool = True,
) -> None:
    """Connection and output options. Defaults are suppressed so the same option given
    before the command and after it merge (see :func:`settings_from`)."""
    s = argparse.SUPPRESS
    conn = parser.add_argument_group("connection (also TELEGENT_* environment variables)")
    conn.add_argument(
        "--base-url",
        default=s,
        metavar="URL",
        help="API base URL (default: $TELEGENT_BASE_URL or https://api.telegent.com)",
    )
    conn.add_argument(
        "--token",
        default=s,
        help="a ready bearer token (default: $TELEGENT_TOKEN, or a token obtained "
        "with $TELEGENT_ACCOUNT_KEY and $TELEGENT_ACCOUNT_SECRET)",
    )
    conn.add_argument(
        "--profile",
        default=s,
        metavar="NAME",
        help="saved credentials to use (`telegent login`; default: $TELEGENT_PROFILE, "
        "else the 'default' profile when the environment gives none)",
    )
    conn.add_argument(
        "--timeout",
        type=_non_negative(float),
        default=s,
        metavar="SECONDS",
        help="per-request timeout (default 30)",
    )
    conn.add_argument(
        "--max-retries",
        type=_non_negative(int),
        default=s,
        metavar="N",
        help="resends of a failed request, by the SDK's safe-retry rules (default 2)",
    )
    conn.add_argument(
        "--rate-limit",
        type=_non_negative(int),
        default=s,
        metavar="PER_MINUTE",
        help="client-side limit on requests per minute (default "
        f"{STANDARD_TIER_PER_MINUTE}, the API's standard tier; 0: none)",
    )
    conn.add_argument(
        "--dry-run",
        action="store_true",
        default=s,
        help="print the request that would be sent (secrets masked); send nothing",
    )
    conn.add_argument(
        "--debug",
        action="store_true",
        default=s,
        help="log every request and response to stderr, secrets masked",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        default=s,
        dest="fmt",
        help=f"output format (default {default_format})",
    )
    out.add_argument(
        "--jsonl",
        action="store_const",
        const="jsonl",
        dest="fmt",
        default=s,
        help="same as --format jsonl: one JSON object a line",
    )
    out.add_argument(
        "--fields",
        type=_fields,
        default=s,
        metavar="A,B,...",
        help="only these fields of each row, in this order, in every format: the rows are "
        "what the command lists (a page's or an order's numbers), a lone object is its own "
        "row; the names are --format csv's columns; an unknown one is refused before "
        "anything is sent",
    )
    if reveal:
        out.add_argument(
            "--reveal",
            action="store_true",
            default=s,
            help="print secret fields of the answer (tokens, PortOutPin) instead of ***",
        )
    if progress:
        out.add_argument(
            "--no-progress",
            action="store_false",
            dest="progress",
            default=s,
            help="no progress bar, even on a terminal",
        )


def settings_from(ns: argparse.Namespace, *, default_format: str = "json") -> Settings:
    """The shared options of a parsed command line."""
    return Settings(
        base_url=getattr(ns, "base_url", None),
        token=getattr(ns, "token", None),
        profile=getattr(ns, "profile", None),
        timeout=getattr(ns, "timeout", None),
        max_retries=getattr(ns, "max_retries", None),
        # The vendor's standard tier unless told otherwise; --rate-limit 0: no limit.
        rate_limit=getattr(ns, "rate_limit", STANDARD_TIER_PER_MINUTE) or None,
        dry_run=getattr(ns, "dry_run", False),
        debug=getattr(ns, "debug", False),
        fmt=getattr(ns, "fmt", default_format),
        fields=getattr(ns, "fields", None),
        progress=getattr(ns, "progress", True),
        reveal=getattr(ns, "reveal", False),
    )


class DryRunStop(Exception):
    """Raised by the dry-run transport in place of sending; carries the request."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(f"dry run: {request.method} {request.url.path} not sent")
        self.request = request


@functools.cache
def _capture_transports() -> tuple[type[httpx.BaseTransport], type[httpx.AsyncBaseTransport]]:
    """Transports that raise :class:`DryRunStop` in place of sending (``--dry-run``)."""
    # httpx loads here, not at import: `telegent --help` and a Tab completion need none.
    import httpx  # noqa: PLC0415

    class Capture(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise DryRunStop(request)

    class AsyncCapture(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise DryRunStop(request)

    return Capture, AsyncCapture


def _client_kwargs(settings: Settings, capture: bool) -> dict[str, Any]:
    if settings.debug:
        # The SDK's own switch: its handler masks Authorization, secrets and PortOutPin.
        os.environ["TELEGENT_LOG"] = "debug"
    kwargs: dict[str, Any] = {
        "base_url": settings.base_url,
        "timeout": settings.timeout,
        "max_retries": settings.max_retries,
        "rate_limit_per_minute": settings.rate_limit,
    }
    if settings.token is not None:
        kwargs["token"] = settings.token
    elif capture:
        kwargs["token"] = _DRY_RUN_TOKEN
    else:
        _from_profile(settings, kwargs)
    return kwargs


def _from_profile(settings: Settings, kwargs: dict[str, Any]) -> None:
    """Saved credentials: those of --profile (over the environment), else of
    $TELEGENT_PROFILE or 'default' when the environment has none."""
    from ._profiles import load_profile  # noqa: PLC0415 - configparser on demand

    env = os.environ
    in_env = bool(env.get("TELEGENT_TOKEN") or env.get("TELEGENT_ACCOUNT_KEY"))
    if in_env and settings.profile is None:
        return
    saved = load_profile(settings.profile)
    if "account_key" in saved and "account_secret" in saved:
        kwargs["account_key"] = saved["account_key"]
        kwargs["account_secret"] = saved["account_secret"]
    if kwargs["base_url"] is None and not env.get("TELEGENT_BASE_URL") and "base_url" in saved:
        kwargs["base_url"] = saved["base_url"]


def make_client(settings: Settings, *, capture: bool = False) -> Any:
    """A ``Telegent`` client; ``capture=True``: one that stops at its first request."""
    from telegent import Telegent  # noqa: PLC0415 - `telegent --help` needs no client

    try:
        return Telegent(
            transport=_capture_transports()[0]() if capture else None,
            **_client_kwargs(settings, capture),
        )
    except ValueError as exc:  # no credentials, a bad base URL: the SDK's message
        raise UsageError(in_operator_words(str(exc))) from None


def make_async_client(settings: Settings, *, capture: bool = False) -> Any:
    """An ``AsyncTelegent`` client (bulk changes run batches concurrently with it)."""
    from telegent import AsyncTelegent  # noqa: PLC0415

    try:
        return AsyncTelegent(
            transport=_capture_transports()[1]() if capture else None,
            **_client_kwargs(settings, capture),
        )
    except ValueError as exc:
        raise UsageError(in_operator_words(str(exc))) from None


def describe_request(request: httpx.Request) -> dict[str, Any]:
    """A request as JSON-ready data, with credentials and secret fields masked."""
    from telegent._logging import redact_headers, redact_json, redact_url  # noqa: PLC0415

    body: Any = None
    if request.content:
        try:
            body = redact_json(json.loads(request.content))
        except ValueError:
            body = f"<{len(request.content)} bytes, not JSON>"
    return {
        "method": request.method,
        "url": redact_url(request.url),
        "headers": redact_headers(request.headers.items()),
        "json": body,
    }


def print_dry_run(stop: DryRunStop, note: str | None = None, stream: Any = None) -> int:
    """Show the request a dry run stopped; exit status 0."""
    from ._output import write_json  # noqa: PLC0415

    write_json({"dry_run": True, "request": describe_request(stop.request)}, stream)
    if note:
        print(f"telegent: dry run: {note}", file=sys.stderr)
    return 0
