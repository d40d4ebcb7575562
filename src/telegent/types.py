"""The records users get back, named after the overlay's schemas.

``NumberRecord``, ``InventoryPage``, ``StatusChangeOrder``/``OrderNumber``,
``NumberUpdateResult``, ``OrderDetails``/``OrderedNumber`` and ``Token`` carry the same
names as the schemas in ``generated/openapi.json``, so one vocabulary runs from the
spec to user code; attribute names are the wire names in snake_case.

How wire values become Python values (parsing never raises on a value):

* capability flags are real ``bool`` -- the API sometimes sends ``"true"``/``"false"``
  strings; anything unrecognisable becomes ``None``;
* timestamps are timezone-aware ``datetime``; the API sends some with ``Z`` or an
  offset and some with no zone at all (``2025-12-04T22:09:41.56``): a zone-less
  timestamp is taken to be **UTC**; 7-digit fractions are cut to microseconds;
* ``MM/DD/YYYY`` values are ``datetime.date``;
* server-controlled enumerations (statuses, types, classifications) are plain ``str``:
  a value the spec does not list yet passes through unchanged. The known values are in
  :class:`OrderStatus` & co. for comparisons;
* fields the SDK does not know are kept in ``.extra`` (wire name -> raw value);
* ``Tnid`` may be ``null``, or spelled ``TNID``;
* ``PortOutPin`` (a number's port-out protection) and ``Token.token`` are secrets: they
  show as ``'***'`` in ``repr()``/``str()``; read the attribute to get the value.

A value that cannot be parsed (a malformed date, say) becomes ``None`` rather than
failing the whole page; the original is still in the server's JSON (``.extra`` holds
only unknown fields).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, ClassVar, Final

__all__ = [
    "Classification",
    "InventoryPage",
    "MessageType",
    "NumberRecord",
    "NumberUpdateResult",
    "OrderDetails",
    "OrderNumber",
    "OrderStatus",
    "OrderedNumber",
    "ProductType",
    "StatusChangeOrder",
    "Token",
]


class OrderStatus:
    """Known ``OrderStatus`` values (the API may add others; they arrive as plain str)."""

    COMPLETE: Final = "Complete"
    ERROR: Final = "Error"
    PENDING: Final = "Pending"


class MessageType:
    """Known ``MessageType`` values."""

    A2P: Final = "a2p"
    P2P: Final = "p2p"


class Classification:
    """Known ``Classification`` values."""

    MVNO: Final = "MVNO"
    IOT: Final = "IoT"


class ProductType:
    """Known ``ProductType`` values."""

    SMS_ONLY: Final = "Sms-Only"
    DATA_ONLY: Final = "Data-Only"
    SMS_DATA: Final = "Sms+Data"
    SMS_DATA_VOICE: Final = "Sms+Data+Voice"


# --------------------------------------------------------------------------- coercions
# Each is called once per field per record: they are written for speed (exact-type
# fast paths first, the rare cases in a slow helper).

_fromiso = datetime.fromisoformat


def _dt(value: Any) -> datetime | None:
    if value.__class__ is not str:
        return None
    try:
        parsed = _fromiso(value)
    except ValueError:
        fallback = _us_datetime(value)
        if fallback is None:
            return None
        parsed = fallback
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _us_datetime(value: str) -> datetime | None:
    d = _us_date(value)
    return datetime(d.year, d.month, d.day) if d is not None else None


def _us_date(value: str) -> date | None:
    if len(value) == 10 and value[2] == "/" and value[5] == "/":
        try:
            return date(int(value[6:]), int(value[:2]), int(value[3:5]))
        except ValueError:
            return None
    return None


def _date(value: Any) -> date | None:
    if value.__class__ is not str:
        return None
    parsed = _us_date(value)
    if parsed is None:
        # Tolerate an ISO date or timestamp in a date field.
        try:
            parsed = _fromiso(value).date()
        except ValueError:
            return None
    return parsed


def _date_or_datetime(value: Any) -> date | None:
    # StatusChangeOrder.EffectiveDate arrives as a zone-less midnight timestamp.
    if value.__class__ is str and len(value) > 10 and value[4] == "-":
        parsed = _dt(value)
        return parsed.date() if parsed is not None else None
    return _date(value)


_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f"})


def _bool_slow(value: Any) -> bool | None:
    if isinstance(value, str):
        key = value.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        return None
    if value.__class__ is int and value in (0, 1):
        return bool(value)
    return None


def _int(value: Any) -> int | None:
    if value.__class__ is int:
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _str(value: Any) -> str | None:
    if value is None or value.__class__ is str:
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return None


def _obj(value: Any) -> dict[str, Any]:
    return value if value.__class__ is dict else {}


def _list(value: Any) -> list[Any]:
    return value if value.__class__ is list else []


# --------------------------------------------------------------------------- base


class _Record:
    """Shared behaviour: masked repr, ``extra`` (unknown wire fields)."""

    __slots__ = ()

    _WIRE: ClassVar[Mapping[str, str]]  # wire name -> attribute
    _ALIASES: ClassVar[frozenset[str]] = frozenset()  # other wire spellings we read
    _SECRETS: ClassVar[frozenset[str]] = frozenset()  # attributes masked in repr
    _raw: dict[str, Any] | None

    @property
    def extra(self) -> Mapping[str, Any]:
        """Fields the server sent that this SDK version does not know (wire name -> value)."""
        raw = self._raw
        if not raw:
            return MappingProxyType({})
        wire = self._WIRE
        aliases = self._ALIASES
        return MappingProxyType(
            {k: v for k, v in raw.items() if k not in wire and k not in aliases}
        )

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):  # type: ignore[arg-type]
            if not f.repr:
                continue
            value = getattr(self, f.name)
            if f.name in self._SECRETS and value is not None:
                parts.append(f"{f.name}='***'")
            else:
                parts.append(f"{f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


# --------------------------------------------------------------------------- records


@dataclass(slots=True, repr=False, eq=True)
class NumberRecord(_Record):
    """One number of the account's inventory (schema ``NumberRecord``)."""

    number: str | None
    tnid: str | None
    order_id: str | None
    number_type: str | None
    message_enabled: bool | None
    message_type: str | None
    classification: str | None
    voice_enabled: bool | None
    message_route_id: str | None
    voice_route_id: str | None
    status: str | None
    original_date_purchased: date | None
    assigned_subscriber_id: str | None
    iccid: str | None
    cnam: str | None
    qr_activation_link: str | None
    swaps_remaining: int | None
    next_swap_reset_date: datetime | None
    product_type: str | None
    port_out_pin: str | None
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "Number": "number",
        "Tnid": "tnid",
        "OrderId": "order_id",
        "NumberType": "number_type",
        "MessageEnabled": "message_enabled",
        "MessageType": "message_type",
        "Classification": "classification",
        "VoiceEnabled": "voice_enabled",
        "MessageRouteId": "message_route_id",
        "VoiceRouteId": "voice_route_id",
        "Status": "status",
        "OriginalDatePurchased": "original_date_purchased",
        "AssignedSubscriberId": "assigned_subscriber_id",
        "Iccid": "iccid",
        "Cnam": "cnam",
        "QrActivationLink": "qr_activation_link",
        "SwapsRemaining": "swaps_remaining",
        "NextSwapResetDate": "next_swap_reset_date",
        "ProductType": "product_type",
        "PortOutPin": "port_out_pin",
    }
    _ALIASES: ClassVar[frozenset[str]] = frozenset({"TNID"})
    _SECRETS: ClassVar[frozenset[str]] = frozenset({"port_out_pin"})

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> NumberRecord:
        """Build from the decoded JSON object (never raises on values)."""
        # Hot path (a 1,000-record page): one dict.get per field, conversions only
        # where the wire type varies. (An itemgetter over all twenty keys is no faster,
        # and each 20-tuple it returns parks in CPython's tuple free list.)
        g = d.get
        tnid = g("Tnid")
        if tnid is None:
            tnid = g("TNID")
        me = g("MessageEnabled")
        ve = g("VoiceEnabled")
        swaps = g("SwapsRemaining")
        return cls(
            g("Number"),
            tnid,
            g("OrderId"),
            g("NumberType"),
            me if me is True or me is False else _bool_slow(me),
            g("MessageType"),
            g("Classification"),
            ve if ve is True or ve is False else _bool_slow(ve),
            g("MessageRouteId"),
            g("VoiceRouteId"),
            g("Status"),
            _date(g("OriginalDatePurchased")),
            g("AssignedSubscriberId"),
            g("Iccid"),
            g("Cnam"),
            g("QrActivationLink"),
            swaps if swaps.__class__ is int else _int(swaps),
            _dt(g("NextSwapResetDate")),
            g("ProductType"),
            _str(g("PortOutPin")),
            d,
        )


@dataclass(slots=True, repr=False, eq=True)
class InventoryPage(_Record):
    """One page of ``GET /v1.0/numbers/inventory`` (schema ``InventoryPage``).

    ``total_results`` counts the numbers over all pages; ``page_number`` starts at 1.
    """

    account_id: str | None
    total_results: int | None
    page_number: int | None
    filter: str | None
    phone_numbers: list[NumberRecord]
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "AccountId": "account_id",
        "TotalResults": "total_results",
        "PageNumber": "page_number",
        "Filter": "filter",
        "PhoneNumbers": "phone_numbers",
    }

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> InventoryPage:
        """Build from the decoded JSON object (never raises on values)."""
        make = NumberRecord.from_wire
        return cls(
            _str(d.get("AccountId")),
            _int(d.get("TotalResults")),
            _int(d.get("PageNumber")),
            _str(d.get("Filter")),
            [make(r) for r in _list(d.get("PhoneNumbers")) if r.__class__ is dict],
            d,
        )


@dataclass(slots=True, repr=False, eq=True)
class OrderNumber(_Record):
    """One number of a status-change order (schema ``OrderNumber``)."""

    number: str | None
    qr_code: str | None
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {"Number": "number", "QrCode": "qr_code"}

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> OrderNumber:
        """Build from the decoded JSON object (never raises on values)."""
        return cls(_str(d.get("Number")), _str(d.get("QrCode")), d)


@dataclass(slots=True, repr=False, eq=True)
class StatusChangeOrder(_Record):
    """The order created by ``POST /v1.0/numbers/status`` (schema ``StatusChangeOrder``).

    ``effective_date`` is a ``date`` (the API answers with a zone-less midnight
    timestamp); ``order_date`` an aware ``datetime``.
    """

    order_id: str | None
    order_date: datetime | None
    order_status: str | None
    change_type: str | None
    effective_date: date | None
    numbers: list[OrderNumber]
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "OrderId": "order_id",
        "OrderDate": "order_date",
        "OrderStatus": "order_status",
        "ChangeType": "change_type",
        "EffectiveDate": "effective_date",
        "Numbers": "numbers",
    }

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> StatusChangeOrder:
        """Build from the decoded JSON object (never raises on values)."""
        return cls(
            _str(d.get("OrderId")),
            _dt(d.get("OrderDate")),
            _str(d.get("OrderStatus")),
            _str(d.get("ChangeType")),
            _date_or_datetime(d.get("EffectiveDate")),
            [OrderNumber.from_wire(n) for n in _list(d.get("Numbers")) if n.__class__ is dict],
            d,
        )


@dataclass(slots=True, repr=False, eq=True)
class NumberUpdateResult(_Record):
    """The answer to ``POST /v1.0/numbers/update`` (schema ``NumberUpdateResult``)."""

    number: str | None
    tnid: str | None
    update_order_id: str | None
    update_order_date: datetime | None
    update_order_status: str | None
    message_type: str | None
    message_enabled: bool | None
    classification: str | None
    voice_enabled: bool | None
    message_route_id: str | None
    voice_route_id: str | None
    assigned_subscriber_id: str | None
    iccid: str | None
    cnam_first_name: str | None
    cnam_last_name: str | None
    product_type: str | None
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "Number": "number",
        "Tnid": "tnid",
        "UpdateOrderId": "update_order_id",
        "UpdateOrderDate": "update_order_date",
        "UpdateOrderStatus": "update_order_status",
        "MessageType": "message_type",
        "MessageEnabled": "message_enabled",
        "Classification": "classification",
        "VoiceEnabled": "voice_enabled",
        "MessageRouteId": "message_route_id",
        "VoiceRouteId": "voice_route_id",
        "AssignedSubscriberId": "assigned_subscriber_id",
        "Iccid": "iccid",
        "CnamFirstName": "cnam_first_name",
        "CnamLastName": "cnam_last_name",
        "ProductType": "product_type",
    }
    _ALIASES: ClassVar[frozenset[str]] = frozenset({"TNID"})

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> NumberUpdateResult:
        """Build from the decoded JSON object (never raises on values)."""
        g = d.get
        tnid = g("Tnid")
        if tnid is None:
            tnid = g("TNID")
        me = g("MessageEnabled")
        ve = g("VoiceEnabled")
        return cls(
            _str(g("Number")),
            _str(tnid),
            _str(g("UpdateOrderId")),
            _dt(g("UpdateOrderDate")),
            _str(g("UpdateOrderStatus")),
            _str(g("MessageType")),
            me if me is True or me is False else _bool_slow(me),
            _str(g("Classification")),
            ve if ve is True or ve is False else _bool_slow(ve),
            _str(g("MessageRouteId")),
            _str(g("VoiceRouteId")),
            _str(g("AssignedSubscriberId")),
            _str(g("Iccid")),
            _str(g("CnamFirstName")),
            _str(g("CnamLastName")),
            _str(g("ProductType")),
            d,
        )


@dataclass(slots=True, repr=False, eq=True)
class OrderedNumber(_Record):
    """One number of an order (schema ``OrderedNumber``)."""

    number: str | None
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {"Number": "number"}

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> OrderedNumber:
        """Build from the decoded JSON object (never raises on values)."""
        return cls(_str(d.get("Number")), d)


# "8A-ACCOUNT_NUM_REQ_OR_INCORRECT": a short carrier code, a dash, the text.
_STATUS_MESSAGE = re.compile(r"\s*([0-9A-Za-z]{1,6})\s*-\s*(.*)", re.DOTALL)


@dataclass(slots=True, repr=False, eq=True)
class OrderDetails(_Record):
    """``GET /v1.0/numbers/order`` (schema ``OrderDetails``).

    ``status_code`` / ``status_text`` split ``order_status_message`` (``"CODE-TEXT"``,
    e.g. ``"8A-ACCOUNT_NUM_REQ_OR_INCORRECT"``) into ``"8A"`` and the text.
    """

    order_date: datetime | None
    order_id: str | None
    order_status: str | None
    order_status_message: str | None
    order_type: str | None
    phone_numbers_ordered: list[OrderedNumber]
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "OrderDate": "order_date",
        "OrderId": "order_id",
        "OrderStatus": "order_status",
        "OrderStatusMessage": "order_status_message",
        "OrderType": "order_type",
        "PhoneNumbersOrdered": "phone_numbers_ordered",
    }

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> OrderDetails:
        """Build from the decoded JSON object (never raises on values)."""
        return cls(
            _dt(d.get("OrderDate")),
            _str(d.get("OrderId")),
            _str(d.get("OrderStatus")),
            _str(d.get("OrderStatusMessage")),
            _str(d.get("OrderType")),
            [
                OrderedNumber.from_wire(n)
                for n in _list(d.get("PhoneNumbersOrdered"))
                if n.__class__ is dict
            ],
            d,
        )

    @property
    def status_code(self) -> str | None:
        """The carrier code of ``order_status_message`` (``"8A"``), if it has one."""
        m = _STATUS_MESSAGE.fullmatch(self.order_status_message or "")
        return m.group(1) if m else None

    @property
    def status_text(self) -> str | None:
        """The text of ``order_status_message`` after its code."""
        msg = self.order_status_message
        if not msg:
            return None
        m = _STATUS_MESSAGE.fullmatch(msg)
        return m.group(2).strip() if m else msg.strip()

    @property
    def is_complete(self) -> bool:
        """``order_status == "Complete"`` (case-insensitive)."""
        return (self.order_status or "").lower() == "complete"

    @property
    def is_error(self) -> bool:
        """``order_status == "Error"`` (case-insensitive)."""
        return (self.order_status or "").lower() == "error"


def _token_expiry(value: Any) -> datetime | None:
    """``tokenExpiry`` (``"05/02/2025 06:36:13 PM"``), taken as UTC."""
    if value.__class__ is not str:
        return None
    try:
        return datetime.strptime(value.strip(), "%m/%d/%Y %I:%M:%S %p").replace(tzinfo=UTC)
    except ValueError:
        parsed = _dt(value)  # tolerate an ISO timestamp
        return parsed


@dataclass(slots=True, repr=False, eq=True)
class Token(_Record):
    """The answer of ``POST /v1.0/oauth2/tokens`` (schema ``Token``).

    ``token_expiry`` parses the API's ``MM/DD/YYYY hh:mm:ss AM/PM`` as **UTC** (the API
    does not say; see the auth notes in the README). ``token`` is masked in ``repr``.
    """

    token: str | None
    successful: bool | None
    token_expiry: datetime | None
    api_endpoint: str | None
    error: str | None
    _raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    _WIRE: ClassVar[Mapping[str, str]] = {
        "token": "token",
        "successful": "successful",
        "tokenExpiry": "token_expiry",
        "apiEndpoint": "api_endpoint",
        "error": "error",
    }
    _SECRETS: ClassVar[frozenset[str]] = frozenset({"token"})

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> Token:
        """Build from the decoded JSON object (never raises on values)."""
        ok = d.get("successful")
        return cls(
            _str(d.get("token")),
            ok if ok is True or ok is False else _bool_slow(ok),
            _token_expiry(d.get("tokenExpiry")),
            _str(d.get("apiEndpoint")),
            _str(d.get("error")),
            d,
        )
