"""The fake account's number inventory: lazy, seeded, cheap at 100,000 numbers.

A record that nobody has touched is never stored: it is a pure function of
``(seed, index)``, rebuilt from one keyed BLAKE2b digest whenever it is read. Only
records that a request changed are kept (``_records``), so creating a fake with
100,000 numbers costs nothing and paging through it costs one digest per record.

Phone numbers map to indexes both ways without a table: index -> (area code,
affine permutation of the 8,000,000 NXX-XXXX subscriber numbers) and back.
"""

from __future__ import annotations

import bisect
import hashlib
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from ._names import WireNames
from ._wire import fmt_mmddyyyy

__all__ = [
    "AREA_CODES",
    "FILTER_FIELDS",
    "NUMBER_FIELDS",
    "Inventory",
    "area_code_for_zip",
    "uuid_from_bits",
]

#: Area codes the generated inventory draws from (real North American codes).
AREA_CODES: tuple[str, ...] = (
    "201", "206", "212", "213", "214", "215", "303", "305", "310", "312", "323", "385",
    "404", "408", "415", "435", "503", "512", "602", "615", "617", "646", "650", "702",
    "704", "713", "718", "720", "801", "917", "972", "978",
)  # fmt: skip

# First three ZIP digits -> area code, for swap/replace requests that give only a ZipCode.
_ZIP3_AREA: dict[str, str] = {
    "070": "201", "071": "201", "076": "201", "100": "212", "101": "212", "112": "718",
    "021": "617", "022": "617", "191": "215", "303": "404", "331": "305", "372": "615",
    "606": "312", "752": "214", "770": "713", "787": "512", "802": "303", "840": "801",
    "841": "801", "850": "602", "891": "702", "900": "213", "902": "310", "941": "415",
    "951": "408", "972": "503", "981": "206", "282": "704",
}  # fmt: skip

_STATUSES = ("Active", "Parked")  # the spec declares no enum for a number's Status


def _update_enum(name: str) -> tuple[str, ...]:
    # What a generated number holds in a field updateNumber sets: that request's enum
    # in the spec, so every value the fake makes up is one the client would send.
    from .._registry import operation  # noqa: PLC0415

    return tuple(operation("updateNumber").param(name).schema["enum"])


_MESSAGE_TYPES = _update_enum("message_type")  # a2p, p2p
_CLASSIFICATIONS = _update_enum("classification")  # MVNO, IoT (the second is the rare one)
_PRODUCTS = _update_enum("product_type")  # Sms-Only, Data-Only, Sms+Data, Sms+Data+Voice
_PRODUCT_COUNT = len(_PRODUCTS)
_CNAMS = ("ABC Corp", "Acme Wireless", "Globex", "Initech", "Umbrella Co", "Stark Ind",
          "Wayne Ent", "Hooli")  # fmt: skip
_QR_LINK = "https://api.telegent.com/qr-activation-link"
_ICCID_PREFIX = "8901240"  # 89 telecom, 01 US, 240 issuer: as in the published ICCIDs
_SUBSCRIBER_SPACE = 8_000_000  # NXX 200-999 x XXXX 0000-9999
_MAX_NUMBERS = 10_000_000
_PURCHASE_EPOCH = datetime(2019, 1, 1, tzinfo=UTC)
_SWAP_RESET_EPOCH = datetime(2025, 6, 1, tzinfo=UTC)


class _N(WireNames, record="NumberRecord"):
    """The inventory record's wire names (the generated NumberRecord's, resolved at import)."""

    number: str
    tnid: str
    order_id: str
    number_type: str
    message_enabled: str
    message_type: str
    classification: str
    voice_enabled: str
    message_route_id: str
    voice_route_id: str
    status: str
    original_date_purchased: str
    assigned_subscriber_id: str
    iccid: str
    cnam: str
    qr_activation_link: str
    swaps_remaining: str
    next_swap_reset_date: str
    product_type: str
    port_out_pin: str


#: A generated number, keyword by keyword (its wire keys in NumberRecord's order).
_make_record = _N.maker()

#: Wire names of the inventory record (:class:`_N`), for the fake's other modules.
NUMBER_FIELDS: type[_N] = _N

#: Fields an inventory ``Filter`` is compared with (case-insensitively).
FILTER_FIELDS = (_N.status, _N.number_type, _N.classification, _N.message_type, _N.product_type)


def area_code_for_zip(zip_code: str) -> str:
    """Area code serving ``zip_code`` (a small built-in table; other ZIPs map stably)."""
    known = _ZIP3_AREA.get(zip_code[:3])
    if known is not None:
        return known
    digest = hashlib.blake2b(zip_code[:5].encode(), digest_size=4).digest()
    return AREA_CODES[int.from_bytes(digest, "big") % len(AREA_CODES)]


_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def uuid_from_bits(bits: int) -> str:
    """A version-4 UUID string from 128 bits (uuid.UUID is 3x slower at this)."""
    h = f"{(bits & ((1 << 128) - 1) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def _purchase_date(day: int) -> str:
    return fmt_mmddyyyy(_PURCHASE_EPOCH + timedelta(days=day))


@cache
def _reset_day(day: int) -> str:
    return f"{_SWAP_RESET_EPOCH + timedelta(days=day):%Y-%m-%d}"


class _Bits:
    """Consume a big integer a few bits at a time."""

    __slots__ = ("_value",)

    def __init__(self, digest: bytes) -> None:
        self._value = int.from_bytes(digest, "little")

    def take(self, bits: int) -> int:
        out = self._value & ((1 << bits) - 1)
        self._value >>= bits
        return out


def _reference_prefixes() -> dict[str, str]:
    """Number field -> the id prefix of the collection it names (declared, generated)."""
    from ._collections import INVENTORY_COLLECTION, collections_table  # noqa: PLC0415 - cycle

    table = collections_table()
    numbers = table.get(INVENTORY_COLLECTION)
    refers = numbers.refers if numbers is not None else ()
    return {ref.field: table[ref.to].prefix for ref in refers if ref.to in table}


class Inventory:
    """Numbers owned by the fake account, in a stable order (by generation index)."""

    def __init__(self, size: int, seed: int) -> None:
        if not 0 <= size <= _MAX_NUMBERS:
            raise ValueError(f"numbers must be between 0 and {_MAX_NUMBERS}, got {size!r}")
        self.size = size
        self._key = hashlib.sha256(f"telegent-fake-inventory:{seed}".encode()).digest()
        rng = random.Random(f"telegent-fake-inventory:{seed}")  # noqa: S311 - fake data, seeded
        codes = list(AREA_CODES)
        rng.shuffle(codes)
        self._codes = tuple(codes)
        self._code_index = {code: i for i, code in enumerate(codes)}
        # Affine permutation of the subscriber space; gcd(a, 2**9 * 5**6) == 1.
        a = rng.randrange(1, _SUBSCRIBER_SPACE)
        while a % 2 == 0 or a % 5 == 0:
            a = rng.randrange(1, _SUBSCRIBER_SPACE)
        self._mul, self._add = a, rng.randrange(_SUBSCRIBER_SPACE)
        self._mul_inv = pow(a, -1, _SUBSCRIBER_SPACE)
        self.account_id = f"AID-{uuid_from_bits(rng.getrandbits(128))}"
        # The ids a number names are those of the collections its fields refer to (the
        # numbers' refers in the state table): their declared prefixes.
        prefix = _reference_prefixes()
        message = prefix.get(_N.message_route_id, "")
        voice = prefix.get(_N.voice_route_id, "")
        self._message_routes = tuple(
            f"{message}{uuid_from_bits(rng.getrandbits(128))}" for _ in range(3)
        )
        self._voice_routes = tuple(
            f"{voice}{uuid_from_bits(rng.getrandbits(128))}" for _ in range(3)
        )
        self._subscriber_prefix = prefix.get(_N.assigned_subscriber_id, "")
        self._records: dict[int, dict[str, Any]] = {}
        self._removed: list[int] = []  # sorted
        self._removed_set: set[int] = set()
        self._moved: dict[str, int] = {}  # numbers assigned by swap/replace -> index
        self._retired: set[str] = set()  # numbers released by cancel/swap/replace
        self._filter_cache: dict[str, list[int]] = {}
        self._last_order: tuple[int, str] = (-1, "")
        self.version = 0

    # -- numbers <-> indexes -------------------------------------------------------

    def _natural_number(self, index: int) -> str:
        codes = self._codes
        code = codes[index % len(codes)]
        slot = (self._mul * (index // len(codes)) + self._add) % _SUBSCRIBER_SPACE
        exchange, line = divmod(slot, 10_000)
        return f"+1{code}{exchange + 200}{line:04d}"

    def _natural_index(self, number: str) -> int | None:
        if len(number) != 12 or not number.startswith("+1") or not number[2:].isdigit():
            return None
        code_pos = self._code_index.get(number[2:5])
        exchange, line = int(number[5:8]), int(number[8:])
        if code_pos is None or exchange < 200:
            return None
        slot = (exchange - 200) * 10_000 + line
        k = ((slot - self._add) * self._mul_inv) % _SUBSCRIBER_SPACE
        index = k * len(self._codes) + code_pos
        return index if index < self.size else None

    def index_of(self, number: str) -> int | None:
        """Index of the live record holding ``number``, or None."""
        index = self._moved.get(number)
        if index is not None:
            return index
        index = self._natural_index(number)
        if index is None or index in self._removed_set:
            return None
        stored = self._records.get(index)
        if stored is not None and stored[_N.number] != number:
            return None  # this record was given another number
        return index

    # -- records ---------------------------------------------------------------------

    def _digest(self, label: bytes, index: int) -> bytes:
        return hashlib.blake2b(
            label + index.to_bytes(8, "little"), key=self._key, digest_size=64
        ).digest()

    def _traits(self, bits: _Bits) -> tuple[str, str, str, str, bool]:
        status = _STATUSES[1] if bits.take(8) < 20 else _STATUSES[0]  # ~8% parked
        classification = _CLASSIFICATIONS[bits.take(2) == 0]  # 1 in 4 the second
        message_type = _MESSAGE_TYPES[not bits.take(1)]
        product = _PRODUCTS[bits.take(2) % _PRODUCT_COUNT]
        strings = bits.take(3) == 0  # 1 in 8 records spells its booleans as strings
        return status, classification, message_type, product, strings

    def _generate(self, index: int) -> dict[str, Any]:
        bits = _Bits(self._digest(b"n", index))
        status, classification, message_type, product, strings = self._traits(bits)
        messaging = "Sms" in product
        voice = "Voice" in product
        tnid = 10**12 + bits.take(44) % (9 * 10**12)
        iccid_digits = f"{bits.take(44) % 10**13:013d}"
        shape = bits.take(2)
        if shape == 2:  # 20 digits
            iccid = _ICCID_PREFIX + iccid_digits
        elif shape == 3:  # 19 digits + hex F, like 8901240397190557414F
            iccid = _ICCID_PREFIX + iccid_digits[:12] + "F"
        else:
            iccid = _ICCID_PREFIX + iccid_digits[:12]
        purchased = _purchase_date(bits.take(12) % 2191)
        reset_day = _reset_day(bits.take(9) % 365)
        minutes, second = divmod(bits.take(17) % 86_400, 60)
        hour, minute = divmod(minutes, 60)
        centis = bits.take(7) % 100
        reset = f"{reset_day}T{hour:02d}:{minute:02d}:{second:02d}.{centis:02d}"
        swaps = (0, 1, 2, 2, 3, 3, 3, 3)[bits.take(3)]
        pin = bits.take(14) % 10_000
        cnam = _CNAMS[bits.take(3)]
        message_route = self._message_routes[bits.take(2) % 3]
        voice_route = self._voice_routes[bits.take(2) % 3]
        subscriber = f"{self._subscriber_prefix}{uuid_from_bits(bits.take(128))}"
        block = index // 4
        if self._last_order[0] != block:  # consecutive reads hit the same purchase block
            bits_o = int.from_bytes(self._digest(b"o", block)[:16], "little")
            self._last_order = (block, f"TNOID-{uuid_from_bits(bits_o)}")
        # Positional, in _N's declaration order (a keyword call costs 15% more here).
        return _make_record(
            self._natural_number(index),
            f"TNID-{tnid}",
            self._last_order[1],  # numbers were bought in blocks of 4
            "mobile",  # number_type
            ("true" if messaging else "false") if strings else messaging,
            message_type,
            classification,
            ("true" if voice else "false") if strings else voice,
            message_route,
            voice_route,
            status,
            purchased,
            subscriber,
            iccid,
            cnam,
            _QR_LINK,  # qr_activation_link
            swaps,
            reset,
            product,
            f"{pin:04d}",  # port_out_pin
        )

    def record(self, index: int) -> dict[str, Any]:
        """The live record at ``index`` (do not mutate; use :meth:`mutable`)."""
        stored = self._records.get(index)
        return stored if stored is not None else self._generate(index)

    def get(self, number: str) -> dict[str, Any] | None:
        """The live record holding ``number`` (read-only view), or None."""
        index = self.index_of(number)
        return None if index is None else self.record(index)

    def holding(self, field: str, value: str) -> Iterator[dict[str, Any]]:
        """The live records whose ``field`` is ``value`` (what deleting a route checks).

        A record nobody touched holds one of three generated route ids per kind, so for
        any other route id only the stored (changed) records are read: a route delete
        stays cheap at 100,000 numbers. Other fields are generated per number: all read.
        """
        pooled = {_N.message_route_id: self._message_routes, _N.voice_route_id: self._voice_routes}
        pool = pooled.get(field)
        found: Iterator[dict[str, Any]] = iter(self)
        if pool is not None and value not in pool:
            found = (r for i, r in sorted(self._records.items()) if i not in self._removed_set)
        return (r for r in found if str(r.get(field)) == value)

    def mutable(self, index: int) -> dict[str, Any]:
        """The record at ``index``, stored so that changes to it persist."""
        self._touch()
        stored = self._records.get(index)
        if stored is None:
            stored = self._records[index] = self._generate(index)
        return stored

    def fresh_record(self, index: int, salt: int) -> dict[str, Any]:
        """A newly bought record's identity fields (Tnid, OrderId) for ``index``."""
        bits = _Bits(self._digest(b"r" + salt.to_bytes(8, "little"), index))
        return {
            _N.tnid: f"TNID-{10**12 + bits.take(44) % (9 * 10**12)}",
            _N.order_id: f"TNOID-{uuid_from_bits(bits.take(128))}",
        }

    # -- changes ---------------------------------------------------------------------

    def _touch(self) -> None:
        self.version += 1
        self._filter_cache.clear()

    def remove(self, index: int, number: str | None = None) -> None:
        """Take the record at ``index`` out of the inventory (cancel); ``number``: the
        number it holds, when the caller has just looked the index up by it."""
        stored = self._records.pop(index, None)  # a changed record; else its number is natural
        if number is None:
            number = stored[_N.number] if stored is not None else self._natural_number(index)
        self._touch()
        self._moved.pop(number, None)
        self._retired.add(number)
        self._removed_set.add(index)
        bisect.insort(self._removed, index)

    def renumber(self, index: int, new_number: str) -> dict[str, Any]:
        """Give the record at ``index`` a new phone number (swap, replace)."""
        record = self.mutable(index)
        old = record[_N.number]
        self._moved.pop(old, None)
        self._retired.add(old)
        record[_N.number] = new_number
        self._moved[new_number] = index
        return record

    def allocate_number(self, area_code: str, rng: random.Random) -> str:
        """A number in ``area_code`` that no record holds and none held before."""
        for _ in range(10_000):
            number = f"+1{area_code}{rng.randrange(200, 1000)}{rng.randrange(10_000):04d}"
            if number not in self._retired and self.index_of(number) is None:
                return number
        raise RuntimeError(f"area code {area_code} has no free numbers left")  # pragma: no cover

    # -- listing ---------------------------------------------------------------------

    def __len__(self) -> int:
        return self.size - len(self._removed)

    def _matches(self, index: int, wanted: str) -> bool:
        stored = self._records.get(index)
        if stored is not None:
            return any(str(stored[field]).lower() == wanted for field in FILTER_FIELDS)
        traits = self._traits(_Bits(self._digest(b"n", index)))
        return wanted == "mobile" or any(t.lower() == wanted for t in traits[:4])

    def _filtered(self, wanted: str) -> list[int]:
        hit = self._filter_cache.get(wanted)
        if hit is None:
            hit = [
                i
                for i in range(self.size)
                if i not in self._removed_set and self._matches(i, wanted)
            ]
            self._filter_cache[wanted] = hit
        return hit

    def _nth_live(self, rank: int) -> int:
        # Smallest index i with exactly ``rank`` live indexes below it and i itself live.
        lo, hi = rank, rank + len(self._removed)
        while lo < hi:
            mid = (lo + hi) // 2
            if mid + 1 - bisect.bisect_right(self._removed, mid) >= rank + 1:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def page(self, start: int, count: int, filter_: str | None) -> tuple[int, list[int]]:
        """(total matching, indexes of matches ``start`` .. ``start + count - 1``)."""
        if filter_:
            matches = self._filtered(filter_.lower())
            return len(matches), matches[start : start + count]
        total = len(self)
        if start >= total:
            return total, []
        out: list[int] = []
        index = self._nth_live(start)
        while len(out) < count and index < self.size:
            if index not in self._removed_set:
                out.append(index)
            index += 1
        return total, out

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for index in range(self.size):
            if index not in self._removed_set:
                yield self.record(index)
