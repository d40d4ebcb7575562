"""Wire formats of the Telegent API: timestamps, error bodies, JSON encoding.

Each timestamp style below is copied from a published example; the API mixes them
on purpose-less grounds, and a faithful fake has to mix them the same way.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "ERROR_MESSAGES",
    "dumps",
    "error_body",
    "fmt_compact_local",
    "fmt_effective",
    "fmt_mmddyyyy",
    "fmt_offset",
    "fmt_token_expiry",
    "fmt_zulu",
    "to_datetime",
]

#: The messages of the published error examples, by status code.
ERROR_MESSAGES: dict[int, str] = {
    400: "Bad request: one or more required fields are missing or contain an invalid value.",
    401: "Unauthorized: Bearer token is missing, expired, or invalid. "
    "Re-authenticate via POST /v1.0/oauth2/tokens.",
    403: "Forbidden: your token does not have permission to access this resource. "
    "Check the ApiEndpoint scope.",
    404: "Not found: the requested resource does not exist or belongs to a different account.",
    405: "Method not allowed: verify the HTTP method required for this endpoint.",
    408: "Request timeout: the server did not receive a complete request within the allowed "
    "time. Retry with exponential backoff.",
    429: "Too many requests: rate limit exceeded. Slow your request cadence and retry after "
    "a short delay.",
    500: "Internal server error: an unexpected error occurred. If the problem persists contact "
    "support@telegent.com.",
    502: "Bad gateway: an upstream service returned an invalid response.",
    503: "Service unavailable: the API is temporarily unavailable. Retry after a short delay.",
    504: "Gateway timeout: an upstream service did not respond in time. "
    "Retry with exponential backoff.",
}


def dumps(payload: Any) -> bytes:
    """Compact UTF-8 JSON, key order preserved."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def error_body(status: int, detail: str | None = None) -> dict[str, Any]:
    """``{"StatusCode": n, "Message": "..."}`` with the published message, plus ``detail``."""
    message = ERROR_MESSAGES.get(status, f"HTTP {status}.")
    if detail:
        message = f"{message} {detail}"
    return {"StatusCode": status, "Message": message}


def to_datetime(posix: float) -> datetime:
    """POSIX seconds as an aware UTC datetime."""
    return datetime.fromtimestamp(posix, UTC)


def _seven_digit_fraction(moment: datetime) -> str:
    # .NET prints ticks (100 ns): seven digits, e.g. 18:20:58.5133475.
    return f"{moment.microsecond:06d}0"


def fmt_zulu(posix: float) -> str:
    """``2025-05-15T18:20:58.5133475Z`` (StatusChangeOrder.OrderDate)."""
    moment = to_datetime(posix)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{_seven_digit_fraction(moment)}Z"


def fmt_offset(posix: float) -> str:
    """``2025-05-14T22:21:08.2813656+00:00`` (NumberUpdateResult.UpdateOrderDate)."""
    moment = to_datetime(posix)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{_seven_digit_fraction(moment)}+00:00"


def fmt_compact_local(posix: float) -> str:
    """``2025-12-08T00:12:08.89``: zone-less, centiseconds (OrderDetails.OrderDate)."""
    moment = to_datetime(posix)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 10_000:02d}"


def fmt_effective(moment: datetime) -> str:
    """``2023-12-31T00:00:00``: zone-less midnight (StatusChangeOrder.EffectiveDate)."""
    return f"{moment.year:04d}-{moment:%m-%d}T00:00:00"


def fmt_mmddyyyy(moment: datetime) -> str:
    """``02/05/2023`` (OriginalDatePurchased)."""
    return f"{moment:%m/%d/%Y}"


def fmt_token_expiry(posix: float) -> str:
    """``05/02/2025 06:36:13 PM`` (Token.tokenExpiry, UTC)."""
    moment = to_datetime(posix)
    # Not %p: it follows the process locale, the wire format does not.
    meridiem = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%m/%d/%Y %I:%M:%S} {meridiem}"
