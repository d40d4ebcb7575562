"""Input validation, run before any request is built or sent.

Every function raises ``ValueError`` (``TypeError`` for a wrong type) naming the bad
value; none ever echoes a secret (no secret passes through here).

Decisions:
* change types are matched case-insensitively, and ``_`` may stand for ``-``
  (``"Swap_SIM"`` -> ``"swap-sim"``): the spec's values are all lower-case, and the
  doc prose writes them capitalised.
* request enum values (message type, classification, product type) are matched
  case-insensitively too and sent in the spec's spelling (``"iot"`` -> ``"IoT"``).
* a ``datetime`` is refused as an effective date: its time and zone would be silently
  dropped; pass ``.date()`` explicitly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Final, Literal, cast

__all__ = [
    "CHANGE_TYPES",
    "CLASSIFICATIONS",
    "MESSAGE_TYPES",
    "PRODUCT_TYPES",
    "ChangeType",
]

ChangeType = Literal["activate", "cancel", "swap", "swap-sim", "replace", "park"]
CHANGE_TYPES: Final[tuple[ChangeType, ...]] = (
    "activate",
    "cancel",
    "swap",
    "swap-sim",
    "replace",
    "park",
)
# Change types for which AreaCode / ZipCode mean something (spec: "for swap/replace").
LOCATION_CHANGE_TYPES: Final = frozenset({"swap", "replace"})
MESSAGE_TYPES: Final = ("a2p", "p2p")
CLASSIFICATIONS: Final = ("MVNO", "IoT")
PRODUCT_TYPES: Final = ("Sms-Only", "Data-Only", "Sms+Data", "Sms+Data+Voice")

_E164 = re.compile(r"\+[1-9]\d{1,14}")
_ICCID = re.compile(r"\d{17,19}[\dFf]")
_AREA_CODE = re.compile(r"\d{3}")
_ZIP_CODE = re.compile(r"\d{5}")
_US_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def phone_number(value: object, *, what: str = "phone number") -> str:
    """An E.164 number (``+`` then 2 to 15 digits, no leading 0)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str in E.164 format, got {type(value).__name__}")
    if not _E164.fullmatch(value):
        raise ValueError(f"{what} {_short(value)} is not in E.164 format (e.g. '+12016093801')")
    return value


def phone_numbers(values: object) -> list[str]:
    """A non-empty list of E.164 numbers, without duplicates, order kept."""
    items = _non_str_sequence(values, "numbers")
    out = [phone_number(v) for v in items]
    dupes = find_duplicates(out)
    if dupes:
        raise ValueError(f"duplicate phone numbers: {', '.join(dupes)}")
    return out


def find_duplicates(values: Iterable[str]) -> list[str]:
    """Values that occur more than once, each listed once, in first-seen order."""
    seen: set[str] = set()
    dupes: dict[str, None] = {}
    for v in values:
        if v in seen:
            dupes[v] = None
        seen.add(v)
    return list(dupes)


def _non_str_sequence(values: object, what: str) -> Sequence[object]:
    # A str is a Sequence[str]: iterating it would send one "number" per character.
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{what} must be a list of strings, not a single {type(values).__name__}")
    if isinstance(values, Mapping):
        raise TypeError(f"{what} must be a list, not a mapping")
    if not isinstance(values, Iterable):
        raise TypeError(f"{what} must be a list, got {type(values).__name__}")
    items = list(cast(Iterable[object], values))
    if not items:
        raise ValueError(f"{what} must not be empty")
    return items


def iccid(value: object, *, number: str | None = None) -> str:
    """An ICCID: 18 to 20 characters, digits, optionally ending in a hex ``F``."""
    where = f" for {number}" if number else ""
    if not isinstance(value, str):
        raise TypeError(f"ICCID{where} must be a str, got {type(value).__name__}")
    if not _ICCID.fullmatch(value):
        raise ValueError(
            f"ICCID{where} {_short(value)} is invalid: expected 18 to 20 digits, "
            f"the last of which may be a hex 'F'"
        )
    return value[:-1] + value[-1].upper()


def sim_swaps(values: object) -> list[tuple[str, str]]:
    """``{number: iccid}`` (or pairs) for swap-sim, validated, as a list of pairs."""
    if isinstance(values, Mapping):
        pairs = list(cast(Mapping[object, object], values).items())
        if not pairs:
            raise ValueError("numbers must not be empty")
    else:
        pairs = []
        for item in _non_str_sequence(values, "numbers"):
            if not (isinstance(item, tuple) and len(item) == 2):
                raise TypeError(
                    "swap-sim needs an ICCID per number: pass {number: iccid} "
                    f"or (number, iccid) pairs, got {_short(item)}"
                )
            pairs.append(cast(tuple[object, object], item))
    out = []
    for num, sim in pairs:
        n = phone_number(num)
        out.append((n, iccid(sim, number=n)))
    dupes = find_duplicates(n for n, _ in out)
    if dupes:
        raise ValueError(f"duplicate phone numbers: {', '.join(dupes)}")
    return out


def change_type(value: object) -> ChangeType:
    """One of the six change types, normalised to the spec's spelling."""
    if not isinstance(value, str):
        raise TypeError(f"change type must be a str, got {type(value).__name__}")
    key = value.strip().lower().replace("_", "-")
    if key not in CHANGE_TYPES:
        raise ValueError(
            f"unknown change type {_short(value)}; expected one of {', '.join(CHANGE_TYPES)}"
        )
    return key


def effective_date(value: object) -> str:
    """A ``date`` or an ``MM/DD/YYYY`` string naming a real calendar day -> ``MM/DD/YYYY``."""
    if isinstance(value, datetime):
        raise TypeError(
            f"effective_date must be a date, not a datetime ({_short(value)}); "
            "pass value.date() to say which day you mean"
        )
    if isinstance(value, date):
        return value.strftime("%m/%d/%Y")
    if isinstance(value, str):
        m = _US_DATE.fullmatch(value.strip())
        if m is None:
            raise ValueError(f"effective_date {_short(value)} is not in MM/DD/YYYY format")
        month, day, year = (int(g) for g in m.groups())
        try:
            date(year, month, day)
        except ValueError:
            raise ValueError(
                f"effective_date {_short(value)} is not a real calendar date"
            ) from None
        return value.strip()
    raise TypeError(
        f"effective_date must be a date or an MM/DD/YYYY str, got {type(value).__name__}"
    )


def area_code(value: object) -> str:
    """A 3-digit area code."""
    if not isinstance(value, str) or not _AREA_CODE.fullmatch(value):
        raise ValueError(f"area_code {_short(value)} must be a string of 3 digits, e.g. '201'")
    return value


def zip_code(value: object) -> str:
    """A 5-digit US zip code."""
    if not isinstance(value, str) or not _ZIP_CODE.fullmatch(value):
        raise ValueError(f"zip_code {_short(value)} must be a string of 5 digits, e.g. '84043'")
    return value


def choice(value: object, allowed: Sequence[str], what: str) -> str:
    """``value`` matched case-insensitively against ``allowed``; the allowed spelling."""
    if isinstance(value, str):
        for option in allowed:
            if value.strip().lower() == option.lower():
                return option
    raise ValueError(f"{what} {_short(value)} is invalid; expected one of {', '.join(allowed)}")


def boolean(value: object, what: str) -> bool:
    """A real ``bool`` (``0``/``1``/``"true"`` are refused: say what you mean)."""
    if not isinstance(value, bool):
        raise TypeError(f"{what} must be True or False, got {_short(value)}")
    return value


def text(value: object, what: str, *, max_length: int = 200) -> str:
    """A non-blank string of at most ``max_length`` characters."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{what} must not be blank")
    if len(value) > max_length:
        raise ValueError(f"{what} is longer than {max_length} characters")
    return value


def identifier(value: object, what: str, *, prefix: str = "") -> str:
    """An id such as ``JNUOID-...`` or ``MRID-...``: letters, digits, ``-_.:``.

    ``prefix`` is the kind the docs name for the field (``MRID-`` for a message route).
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    if not _ID.fullmatch(value) or len(value) > 200:
        raise ValueError(f"{what} {_short(value)} is not a valid id (e.g. 'JNUOID-...')")
    if prefix and (not value.startswith(prefix) or len(value) == len(prefix)):
        raise ValueError(f"{what} {_short(value)} must start with {prefix!r}")
    return value


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
