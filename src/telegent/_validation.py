"""Checks of the arguments the hand-written helpers add (page sizes, limits, timeouts,
swap-sim pairs). Everything the spec says about a request value is checked from the
spec itself (:mod:`telegent._schema`), not here.

Every function raises ``ValueError`` (``TypeError`` for a wrong type) naming the bad value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import cast

__all__ = [
    "CONTROL_CHARACTERS",
    "find_duplicates",
    "header_values",
    "optional_limit",
    "positive_int",
    "positive_number",
    "sim_pairs",
]

#: C0 controls (NUL, CR, LF, ESC, ...), DEL and C1: never part of a URL or header value.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def find_duplicates(values: Iterable[str]) -> list[str]:
    """Values that occur more than once, each listed once, in first-seen order."""
    seen: set[str] = set()
    dupes: dict[str, None] = {}
    for v in values:
        if v in seen:
            dupes[v] = None
        seen.add(v)
    return list(dupes)


def sim_pairs(values: object) -> list[tuple[object, object]]:
    """``{number: iccid}`` or ``(number, iccid)`` pairs for swap-sim, as a list of pairs
    (the values themselves are checked against the spec when the request is built)."""
    if isinstance(values, Mapping):
        return list(cast(Mapping[object, object], values).items())
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"swap-sim takes {{number: iccid}}, got {type(values).__name__}")
    pairs = []
    for item in cast(Iterable[object], values):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError(
                "swap-sim needs an ICCID per number: pass {number: iccid} "
                f"or (number, iccid) pairs, got {_short(item)}"
            )
        pairs.append(cast(tuple[object, object], item))
    return pairs


def positive_int(value: object, what: str, *, maximum: int | None = None) -> int:
    """An ``int`` >= 1 (and <= ``maximum``)."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{what} must be an int >= 1, got {_short(value)}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{what} must be <= {maximum}, got {value}")
    return value


def optional_limit(value: object) -> int | None:
    """``None`` (no limit) or an ``int`` >= 0."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"limit must be None or an int >= 0, got {_short(value)}")
    return value


def positive_number(value: object, what: str, *, allow_zero: bool = False) -> float:
    """A real number > 0 (or >= 0)."""
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or math.isnan(value)
        or value < 0
        or (value == 0 and not allow_zero)
    ):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{what} must be a number {bound}, got {_short(value)}")
    return float(value)


def header_values(value: object, what: str) -> dict[str, str]:
    """Headers checked when they are given, not when a request is sent.

    Names must be RFC 9110 tokens; values ASCII with no control character but tab (a CR
    or LF would split the header, and httpx would fail only at call time). The error
    names the header and never shows its value: it may be a credential.
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a mapping of str to str, got {type(value).__name__}")
    headers: dict[str, str] = {}
    for name, text in cast(Mapping[object, object], value).items():
        if not isinstance(name, str) or not isinstance(text, str):
            # A number is shown (it is no credential); text of another type is not.
            shown = _short(text) if isinstance(text, (int, float)) or text is None else ""
            raise TypeError(
                f"{what} must map str to str, got {type(text).__name__} {shown} for "
                f"{_short(name)}".replace("  ", " ")
            )
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{what}: {_short(name)} is not a valid header name")
        bad = CONTROL_CHARACTERS.search(text.replace("\t", " "))
        if bad is not None:
            raise ValueError(
                f"{what}[{name!r}]: the value holds the control character {bad.group()!r} "
                "(value not shown)"
            )
        if not text.isascii():
            raise ValueError(f"{what}[{name!r}]: the value is not ASCII (value not shown)")
        headers[name] = text
    return headers
