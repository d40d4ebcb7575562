"""Checks of the arguments the hand-written helpers add (page sizes, limits, timeouts,
swap-sim pairs). Everything the spec says about a request value is checked from the
spec itself (:mod:`telegent._schema`), not here.

Every function raises ``ValueError`` (``TypeError`` for a wrong type) naming the bad value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import cast

__all__ = ["find_duplicates", "optional_limit", "positive_int", "positive_number", "sim_pairs"]


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
