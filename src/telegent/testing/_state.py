"""The fake account's business state: numbers, orders, tokens, configured failures.

Everything here speaks in already-validated Python values; parsing the wire and
turning errors into HTTP answers is :mod:`._handlers`' job.
"""

from __future__ import annotations

import hmac
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, get_args
from urllib.parse import urlsplit

from .._generated.enums import ChangeType
from ._clock import Clock
from ._collections import Collections
from ._inventory import AREA_CODES, NUMBER_FIELDS, Inventory, area_code_for_zip, uuid_from_bits
from ._names import WireNames, pick, record_names
from ._tokens import TokenMint
from ._types import ApiError
from ._wire import (
    fmt_compact_local,
    fmt_effective,
    fmt_mmddyyyy,
    fmt_offset,
    fmt_token_expiry,
    fmt_zulu,
    to_datetime,
)

__all__ = ["CHANGE_TYPES", "SWAP_LIMIT_MESSAGE", "Order", "State"]

#: The StatusChange values, as the spec's enum declares them (the client's ChangeType).
CHANGE_TYPES: Final[tuple[str, ...]] = get_args(ChangeType)

#: OrderStatusMessage of a swap-sim refused because SwapsRemaining is 0 (fake's own code).
SWAP_LIMIT_MESSAGE: Final = "9S-SIM SWAP LIMIT REACHED"

# Wire names come from the generated records (the client parses the same ones); the
# core names fields by the SDK's Python names. Resolved once, at import.
_N = NUMBER_FIELDS


class _StatusChange(WireNames, record="StatusChangeOrder"):
    order_id: str
    order_date: str
    order_status: str
    change_type: str
    effective_date: str
    numbers: str


class _OrderNumber(WireNames, record="OrderNumber"):
    number: str
    qr_code: str


class _Details(WireNames, record="OrderDetails"):
    order_date: str
    order_id: str
    order_status: str
    order_status_message: str
    order_type: str
    phone_numbers_ordered: str


class _Ordered(WireNames, record="OrderedNumber"):
    number: str


class _Updated(WireNames, record="NumberUpdateResult"):
    number: str
    tnid: str
    update_order_id: str
    update_order_date: str
    update_order_status: str
    message_type: str
    message_enabled: str
    classification: str
    voice_enabled: str
    message_route_id: str
    voice_route_id: str
    iccid: str
    cnam_first_name: str
    cnam_last_name: str
    product_type: str


class _Page(WireNames, record="InventoryPage"):
    account_id: str
    total_results: str
    page_number: str
    filter: str
    phone_numbers: str


class _Token(WireNames, record="Token"):
    token: str
    successful: str
    token_expiry: str


#: What POST /v1.0/numbers/update persists on the number, by the SDK's Python names (the
#: names :meth:`State.update_number` takes) and the inventory record's wire names.
_UPDATE_FIELDS: Final = pick(
    record_names("NumberRecord"),
    "message_enabled", "message_type", "classification", "voice_enabled",
    "message_route_id", "voice_route_id", "assigned_subscriber_id", "iccid", "product_type",
    source="NumberRecord",
)  # fmt: skip


def _as_bool(value: Any) -> bool:
    # Inventory records may hold "true"/"false" strings (a published quirk).
    return value is True or (isinstance(value, str) and value.lower() == "true")


@dataclass
class Order:
    """A status-change or update order and its progress towards its final status."""

    order_id: str
    created: float
    order_type: str
    numbers: list[str]
    final_status: str  # "Complete" or "Error"
    message: str | None
    polls_needed: int
    effective: datetime | None = None
    qr_codes: list[str] = field(default_factory=list)
    polls: int = 0

    @property
    def status(self) -> str:
        """``Pending`` until polled ``polls_needed`` times, then the final status."""
        return self.final_status if self.polls >= self.polls_needed else "Pending"

    def as_status_change(self) -> dict[str, Any]:
        """The StatusChangeOrder body answered by POST /v1.0/numbers/status."""
        assert self.effective is not None
        sc, on = _StatusChange, _OrderNumber
        return {
            sc.order_id: self.order_id,
            sc.order_date: fmt_zulu(self.created),
            sc.order_status: self.status,
            sc.change_type: self.order_type,
            sc.effective_date: fmt_effective(self.effective),
            sc.numbers: [
                {on.number: n, on.qr_code: qr}
                for n, qr in zip(self.numbers, self.qr_codes, strict=True)
            ],
        }

    def as_details(self) -> dict[str, Any]:
        """The OrderDetails body answered by GET /v1.0/numbers/order."""
        d = _Details
        return {
            d.order_date: fmt_compact_local(self.created),
            d.order_id: self.order_id,
            d.order_status: self.status,
            d.order_status_message: self.message if self.status == "Error" else None,
            d.order_type: self.order_type,
            d.phone_numbers_ordered: [{_Ordered.number: n} for n in self.numbers],
        }


class State:
    """One fake account. Not thread-safe: :class:`FakeTelegent` serialises access."""

    def __init__(
        self,
        *,
        numbers: int,
        seed: int,
        account_key: str,
        account_secret: str,
        clock: Clock,
        token_lifetime: float,
        polls_to_complete: int,
        default_page_size: int = 100,
        max_page_size: int = 1000,
        require_api_endpoint: bool = False,
    ) -> None:
        self.default_page_size = default_page_size
        self.max_page_size = max_page_size
        self.require_api_endpoint = require_api_endpoint
        self.inventory = Inventory(numbers, seed)
        self.account_key = account_key
        self._account_secret = account_secret
        self.clock = clock
        self.token_lifetime = token_lifetime
        self.polls_to_complete = polls_to_complete
        self.mint = TokenMint(seed, account_secret)
        self.orders: dict[str, Order] = {}
        self.failures: dict[str, str] = {}
        #: Every collection the overlay declares (x-telegent-state), numbers included.
        self.collections = Collections(self.inventory, seed)
        # Seeded on purpose: same seed, same order ids and new numbers.
        self._ids = random.Random(f"telegent-fake-ids:{seed}")  # noqa: S311
        self._numbers_rng = random.Random(f"telegent-fake-new-numbers:{seed}")  # noqa: S311
        self._serial = 0

    def _new_order_id(self) -> str:
        return f"JNUOID-{uuid_from_bits(self._ids.getrandbits(128))}"

    # -- auth ------------------------------------------------------------------------

    def create_token(self, key: str, secret: str, api_endpoint: str | None) -> dict[str, Any]:
        """Token body for good credentials; 401 otherwise."""
        key_ok = hmac.compare_digest(key.encode(), self.account_key.encode())
        secret_ok = hmac.compare_digest(secret.encode(), self._account_secret.encode())
        if not (key_ok and secret_ok):
            raise ApiError(401, "AccountKey or AccountSecret is incorrect.")
        scope = None
        if api_endpoint:
            scope = urlsplit(api_endpoint).path.rstrip("/").lower()
        now = self.clock()
        token = self.mint.issue(self.account_key, now, self.token_lifetime, scope)
        claims = self.mint.verify(token)
        assert claims is not None
        return {
            _Token.token: token,
            _Token.successful: True,
            _Token.token_expiry: fmt_token_expiry(claims.expires_at),
        }

    def authorize(self, authorization: str | None, path: str) -> None:
        """Check a request's ``Authorization`` header against ``path``; 401/403 on failure."""
        if not authorization:
            raise ApiError(401, "The Authorization header is missing.")
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "The Authorization header must be 'Bearer <token>'.")
        claims = self.mint.verify(token)
        if (
            claims is None
            or claims.generation != self.mint.generation
            or claims.subject != self.account_key
        ):
            raise ApiError(401, "The token is not valid.")
        if self.clock() >= claims.expires_at:
            raise ApiError(401, "The token has expired.")
        if claims.scope is not None and claims.scope != path.rstrip("/").lower():
            raise ApiError(403, f"This token is limited to {claims.scope}.")

    # -- numbers/status ----------------------------------------------------------------

    def _area_code(self, area_code: str | None, zip_code: str | None) -> str:
        # The vendor looks up the area code first, then the ZIP, else picks at random.
        # Codes starting 0 or 1 do not exist in North America: nothing available there.
        if area_code and area_code[0] not in "01":
            return area_code
        if zip_code:
            return area_code_for_zip(zip_code)
        return self._numbers_rng.choice(AREA_CODES)

    def _new_iccid(self) -> str:
        return f"8901240{self._ids.randrange(10**12):012d}"

    def change_status(
        self,
        change: str,
        effective: datetime,
        items: Sequence[tuple[str, str | None]],
        area_code: str | None = None,
        zip_code: str | None = None,
    ) -> Order:
        """Apply one StatusChange to every number (all or none) and record the order."""
        inventory = self.inventory
        # Each number's index, looked up once: no change below moves another item's record
        # (the handler refused repeats; a swap's new number was held by no record).
        indexes = [inventory.index_of(n) for n, _ in items]
        pairs = list(zip(items, indexes, strict=True))
        unknown = [n for (n, _), i in pairs if i is None and n not in self.failures]
        if unknown:
            raise ApiError(404, f"Numbers not on this account: {', '.join(unknown)}.")
        message = next((self.failures[n] for n, _ in items if n in self.failures), None)
        if message is None and change == "swap-sim":
            for number, _ in items:
                record = inventory.get(number)
                if record is not None and int(record[_N.swaps_remaining]) <= 0:
                    message = SWAP_LIMIT_MESSAGE
                    break
        result = [n for n, _ in items]
        if message is None:
            result = [
                self._apply(change, n, i, iccid=iccid, area=area_code, zip_code=zip_code)
                for (n, iccid), i in pairs
            ]
        order = Order(
            order_id=self._new_order_id(),
            created=self.clock(),
            order_type=change,
            numbers=result,
            final_status="Error" if message else "Complete",
            message=message,
            polls_needed=self.polls_to_complete,
            effective=effective,
            qr_codes=[f"https://qrcodeimage.com/{n.lstrip('+')}" for n in result],
        )
        self.orders[order.order_id] = order
        return order

    def _apply(
        self,
        change: str,
        number: str,
        index: int | None,
        *,
        iccid: str | None,
        area: str | None,
        zip_code: str | None,
    ) -> str:
        inventory = self.inventory
        assert index is not None
        if change == "cancel":
            inventory.remove(index, number)  # index_of(number) found it: it holds number
            return number
        if change in ("swap", "replace"):
            new_number = inventory.allocate_number(
                self._area_code(area, zip_code), self._numbers_rng
            )
            record = inventory.renumber(index, new_number)
            if change == "replace":
                # A replacement is a newly bought number: new identity, same service.
                self._serial += 1
                record.update(inventory.fresh_record(index, self._serial))
                record[_N.original_date_purchased] = fmt_mmddyyyy(to_datetime(self.clock()))
                record[_N.status] = "Active"
            return new_number
        record = inventory.mutable(index)
        if change == "activate":
            record[_N.status] = "Active"
        elif change == "park":
            record[_N.status] = "Parked"
        elif change == "swap-sim":
            record[_N.iccid] = iccid or self._new_iccid()
            record[_N.swaps_remaining] = int(record[_N.swaps_remaining]) - 1
        else:  # pragma: no cover - the handler validated ``change``
            raise AssertionError(change)
        return number

    # -- numbers/update -------------------------------------------------------------------

    def update_number(self, number: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Persist ``changes`` on ``number`` and return the NumberUpdateResult body.

        ``changes`` is keyed by the SDK's Python names (``voice_route_id``, ``cnam_first_name``).
        """
        index = self.inventory.index_of(number)
        if index is None:
            raise ApiError(404, f"Number not on this account: {number}.")
        message = self.failures.get(number)
        if message is None:
            record = self.inventory.mutable(index)
            for name, wire in _UPDATE_FIELDS:
                if name in changes:
                    record[wire] = changes[name]
            if "cnam_first_name" in changes or "cnam_last_name" in changes:
                first, _, last = str(record[_N.cnam]).partition(" ")
                first = changes.get("cnam_first_name", first)
                last = changes.get("cnam_last_name", last)
                record[_N.cnam] = f"{first} {last}".strip()
        else:
            record = self.inventory.record(index)
        now = self.clock()
        order = Order(
            order_id=self._new_order_id(),
            created=now,
            order_type="update",
            numbers=[number],
            final_status="Error" if message else "Complete",
            message=message,
            polls_needed=0,  # updates apply immediately
        )
        self.orders[order.order_id] = order
        first, _, last = str(record[_N.cnam]).partition(" ")
        u = _Updated
        return {
            u.number: number,
            u.tnid: None,  # as in the published example
            u.update_order_id: order.order_id,
            u.update_order_date: fmt_offset(now),
            u.update_order_status: order.status,
            u.message_type: record[_N.message_type],
            u.message_enabled: _as_bool(record[_N.message_enabled]),
            u.classification: record[_N.classification],
            u.voice_enabled: _as_bool(record[_N.voice_enabled]),
            u.message_route_id: record[_N.message_route_id],
            u.voice_route_id: record[_N.voice_route_id],
            u.iccid: record[_N.iccid],
            u.cnam_first_name: first,
            u.cnam_last_name: last,
            u.product_type: record[_N.product_type],
        }

    # -- numbers/inventory, numbers/order ------------------------------------------------

    def list_inventory(self, page: int, size: int, filter_: str | None) -> dict[str, Any]:
        """The InventoryPage body for page ``page`` (1-based) of ``size`` records."""
        total, indexes = self.inventory.page((page - 1) * size, size, filter_)
        return {
            _Page.account_id: self.inventory.account_id,
            _Page.total_results: total,
            _Page.page_number: page,
            _Page.filter: filter_,
            _Page.phone_numbers: [self.inventory.record(i) for i in indexes],
        }

    def get_order(self, order_id: str) -> dict[str, Any]:
        """Count one poll of ``order_id`` and return its OrderDetails body."""
        order = self.orders.get(order_id)
        if order is None:
            raise ApiError(404, f"Order not found: {order_id}.")
        if order.polls < order.polls_needed:
            order.polls += 1
        return order.as_details()
