"""pydantic v2 and msgspec models equivalent to ``telegent.types`` inventory records.

"Equivalent" means: same fields (the 20 of NumberRecord, the 5 of InventoryPage), same
names on the wire, and the same conversions on the data the API sends --

* ``MessageEnabled`` / ``VoiceEnabled``: JSON booleans or the strings ``"true"`` /
  ``"false"`` -> ``bool`` (pydantic lax mode; msgspec ``strict=False``);
* ``NextSwapResetDate``: ISO timestamp -> timezone-aware ``datetime``, a zone-less one
  taken as UTC (an after-validator / ``__post_init__``);
* ``OriginalDatePurchased``: ``MM/DD/YYYY`` -> ``date`` (a before-validator /
  ``__post_init__``, written as tightly as the SDK's);
* ``SwapsRemaining``: int (lax: ``"3"`` also accepted); the rest: ``str`` or ``None``;
* pydantic also keeps unknown fields (``extra="allow"``) and reads ``Tnid`` or ``TNID``.

Where they are not equivalent, the difference favours the baselines: on a malformed
value the SDK keeps it as sent, lists it on the record's ``problems`` and carries on, while
these raise; msgspec drops unknown fields and does not read the ``TNID`` spelling (it has
no alias support); neither masks ``PortOutPin`` in its repr (pydantic's ``repr=False`` just
hides it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import msgspec
from pydantic import AfterValidator, AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field


def _us_date(value: Any) -> Any:
    if value.__class__ is str and len(value) == 10 and value[2] == "/" and value[5] == "/":
        return date(int(value[6:]), int(value[:2]), int(value[3:5]))
    return value


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


USDate = Annotated[date | None, BeforeValidator(_us_date)]
AwareDatetime = Annotated[datetime | None, AfterValidator(_aware)]


class PNumberRecord(BaseModel):
    """pydantic v2 twin of ``telegent.types.NumberRecord``."""

    model_config = ConfigDict(extra="allow")

    number: str | None = Field(None, alias="Number")
    tnid: str | None = Field(None, validation_alias=AliasChoices("Tnid", "TNID"))
    order_id: str | None = Field(None, alias="OrderId")
    number_type: str | None = Field(None, alias="NumberType")
    message_enabled: bool | None = Field(None, alias="MessageEnabled")
    message_type: str | None = Field(None, alias="MessageType")
    classification: str | None = Field(None, alias="Classification")
    voice_enabled: bool | None = Field(None, alias="VoiceEnabled")
    message_route_id: str | None = Field(None, alias="MessageRouteId")
    voice_route_id: str | None = Field(None, alias="VoiceRouteId")
    status: str | None = Field(None, alias="Status")
    original_date_purchased: USDate = Field(None, alias="OriginalDatePurchased")
    assigned_subscriber_id: str | None = Field(None, alias="AssignedSubscriberId")
    iccid: str | None = Field(None, alias="Iccid")
    cnam: str | None = Field(None, alias="Cnam")
    qr_activation_link: str | None = Field(None, alias="QrActivationLink")
    swaps_remaining: int | None = Field(None, alias="SwapsRemaining")
    next_swap_reset_date: AwareDatetime = Field(None, alias="NextSwapResetDate")
    product_type: str | None = Field(None, alias="ProductType")
    port_out_pin: str | None = Field(None, alias="PortOutPin", repr=False)


class PInventoryPage(BaseModel):
    """pydantic v2 twin of ``telegent.types.InventoryPage``."""

    model_config = ConfigDict(extra="allow")

    account_id: str | None = Field(None, alias="AccountId")
    total_results: int | None = Field(None, alias="TotalResults")
    page_number: int | None = Field(None, alias="PageNumber")
    filter: str | None = Field(None, alias="Filter")
    phone_numbers: list[PNumberRecord] = Field(default_factory=list, alias="PhoneNumbers")


class MNumberRecord(msgspec.Struct, rename="pascal"):
    """msgspec twin of ``telegent.types.NumberRecord`` (decode with ``strict=False``)."""

    number: str | None = None
    tnid: str | None = None
    order_id: str | None = None
    number_type: str | None = None
    message_enabled: bool | None = None
    message_type: str | None = None
    classification: str | None = None
    voice_enabled: bool | None = None
    message_route_id: str | None = None
    voice_route_id: str | None = None
    status: str | None = None
    # Decoded as str, turned into a date below: msgspec's date type wants ISO 8601.
    original_date_purchased: str | None = None
    assigned_subscriber_id: str | None = None
    iccid: str | None = None
    cnam: str | None = None
    qr_activation_link: str | None = None
    swaps_remaining: int | None = None
    next_swap_reset_date: datetime | None = None
    product_type: str | None = None
    port_out_pin: str | None = None

    def __post_init__(self) -> None:
        self.original_date_purchased = _us_date(self.original_date_purchased)
        self.next_swap_reset_date = _aware(self.next_swap_reset_date)


class MInventoryPage(msgspec.Struct, rename="pascal"):
    """msgspec twin of ``telegent.types.InventoryPage``."""

    account_id: str | None = None
    total_results: int | None = None
    page_number: int | None = None
    filter: str | None = None
    phone_numbers: list[MNumberRecord] = msgspec.field(default_factory=list)


MSGSPEC_DECODER = msgspec.json.Decoder(MInventoryPage, strict=False)
