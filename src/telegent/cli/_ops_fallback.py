"""TEMPORARY stand-in for ``telegent._registry`` (the generated operation registry).

The lead is landing ``telegent._registry.operations()`` (generated from the patched
spec by ``scripts/regenerate.py``); until it is in this tree, the CLI reads these
hand-copied descriptors of the same five operations, in the same shape. Delete this
module once ``telegent._registry`` exists: :mod:`telegent.cli._ops` prefers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Operation", "Param", "operations"]

_E164 = r"^\+(1[2-9][0-9]{9}|[2-9][0-9]{7,14})$"
_ICCID = r"^[0-9]{17,19}[0-9Ff]$"


@dataclass(frozen=True, slots=True)
class Param:
    """Same fields as ``telegent._registry.Param``."""

    name: str
    wire: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    description: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """Same fields as ``telegent._registry.Operation``."""

    id: str
    resource: str
    method: str
    http_method: str
    path: str
    tag: str
    summary: str
    description: str
    params: tuple[Param, ...]
    returns: str
    internal: bool
    idempotent: bool


def _p(name: str, wire: str, location: str, required: bool, schema: dict[str, Any]) -> Param:
    return Param(name, wire, location, required, schema, str(schema.get("description", "")))


_STATUS = (
    _p(
        "change_type",
        "StatusChange",
        "body",
        True,
        {
            "type": "string",
            "enum": ["activate", "cancel", "swap", "swap-sim", "replace", "park"],
            "description": "Type of status change to perform",
        },
    ),
    _p(
        "numbers",
        "PhoneNumbers",
        "body",
        True,
        {
            "type": "array",
            "description": "Array of phone numbers to update",
            "minItems": 1,
            "uniqueItems": True,
            "items": {
                "type": "object",
                "required": ["Number"],
                "additionalProperties": False,
                "x-telegent-shorthand": "Number",
                "properties": {
                    "Number": {"type": "string", "pattern": _E164},
                    "ICCID": {"type": "string", "pattern": _ICCID},
                },
            },
        },
    ),
    _p(
        "effective_date",
        "EffectiveDate",
        "body",
        True,
        {
            "type": "string",
            "description": "Date when status change takes effect (MM/DD/YYYY)",
            "pattern": r"^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{4}$",
            "x-telegent-format": "us-date",
            "x-telegent-default": "today",
        },
    ),
    _p(
        "area_code",
        "AreaCode",
        "body",
        False,
        {
            "type": "string",
            "pattern": "^[0-9]{3}$",
            "description": "Area code for swap/replace (searched first)",
        },
    ),
    _p(
        "zip_code",
        "ZipCode",
        "body",
        False,
        {
            "type": "string",
            "pattern": "^[0-9]{5}$",
            "description": "Zip code for swap/replace (if area code unavailable)",
        },
    ),
)

_INVENTORY = (
    _p(
        "page_number",
        "PageNumber",
        "query",
        False,
        {
            "type": "integer",
            "minimum": 1,
            "description": "Page number for paginated results (starts at 1)",
        },
    ),
    _p(
        "filter",
        "Filter",
        "query",
        False,
        {
            "type": "string",
            "minLength": 1,
            "description": "Filter string",
        },
    ),
    _p(
        "page_size",
        "TotalNumbersRequested",
        "query",
        False,
        {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Numbers per page",
        },
    ),
)


def _text(name: str, wire: str, description: str, **extra: Any) -> Param:
    return _p(name, wire, "body", False, {"type": "string", "description": description, **extra})


_UPDATE = (
    _p(
        "number",
        "Number",
        "body",
        True,
        {
            "type": "string",
            "pattern": _E164,
            "description": "Phone number to update (E.164)",
        },
    ),
    _p(
        "message_enabled",
        "MessageEnabled",
        "body",
        False,
        {
            "type": "boolean",
            "description": "Enable/disable SMS/MMS capabilities",
        },
    ),
    _text("message_type", "MessageType", "Message type", enum=["a2p", "p2p"]),
    _text("classification", "Classification", "Number classification", enum=["MVNO", "IoT"]),
    _p(
        "voice_enabled",
        "VoiceEnabled",
        "body",
        False,
        {
            "type": "boolean",
            "description": "Enable/disable voice capabilities",
        },
    ),
    _text("message_route_id", "MessageRouteId", "MRID for message routing", pattern="^MRID-.+$"),
    _text("voice_route_id", "VoiceRouteId", "CRID for voice routing", pattern="^CRID-.+$"),
    _text(
        "assigned_subscriber_id",
        "AssignedSubscriberId",
        "Telegent Subscriber ID (TSUID-...)",
        pattern="^TSUID-.+$",
    ),
    _text("iccid", "Iccid", "SIM card ICCID (for IoT/MVNO)", pattern=_ICCID),
    _text("cnam_first_name", "CnamFirstName", "Caller ID first name", maxLength=50),
    _text("cnam_last_name", "CnamLastName", "Caller ID last name", maxLength=50),
    _text(
        "product_type",
        "ProductType",
        "Product type for the number",
        enum=["Sms-Only", "Data-Only", "Sms+Data", "Sms+Data+Voice"],
    ),
)

_OPERATIONS = (
    Operation(
        "changeNumberStatus",
        "numbers",
        "change_status",
        "POST",
        "/v1.0/numbers/status",
        "Numbers",
        "Numbers Status",
        "Change the lifecycle status of numbers.",
        _STATUS,
        "StatusChangeOrder",
        internal=False,
        idempotent=False,
    ),
    Operation(
        "listNumberInventory",
        "numbers",
        "list_page",
        "GET",
        "/v1.0/numbers/inventory",
        "Numbers",
        "Numbers Inventory",
        "One page of the account's numbers.",
        _INVENTORY,
        "InventoryPage",
        internal=False,
        idempotent=True,
    ),
    Operation(
        "updateNumber",
        "numbers",
        "update",
        "POST",
        "/v1.0/numbers/update",
        "Numbers",
        "Numbers Update",
        "Update one number's settings.",
        _UPDATE,
        "NumberUpdateResult",
        internal=False,
        idempotent=False,
    ),
    Operation(
        "getOrder",
        "orders",
        "get",
        "GET",
        "/v1.0/numbers/order",
        "Numbers",
        "Order Details",
        "Details of an order.",
        (
            _p(
                "order_id",
                "OrderId",
                "query",
                True,
                {
                    "type": "string",
                    "pattern": "^[A-Z]+-[0-9A-Za-z-]+$",
                    "description": "Order id (JNUOID-...)",
                },
            ),
        ),
        "OrderDetails",
        internal=False,
        idempotent=True,
    ),
    Operation(
        "createToken",
        "oauth2",
        "create_token",
        "POST",
        "/v1.0/oauth2/tokens",
        "OAuth2",
        "Create a token",
        "Exchange the account key and secret for a token.",
        (
            _p("account_key", "AccountKey", "body", True, {"type": "string", "minLength": 1}),
            _p(
                "account_secret",
                "AccountSecret",
                "body",
                True,
                {
                    "type": "string",
                    "minLength": 1,
                    "format": "password",
                    "writeOnly": True,
                },
            ),
            _p("api_endpoint", "ApiEndpoint", "body", False, {"type": "string", "format": "uri"}),
        ),
        "Token",
        internal=False,
        idempotent=False,
    ),
)


def operations() -> tuple[Operation, ...]:
    """The stand-in operations, in the patched spec's document order."""
    return _OPERATIONS
