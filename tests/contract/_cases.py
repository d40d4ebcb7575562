"""Scenario tables shared by the fake-backed and the Prism-backed contract tests.

``CHANGE_CASES``: one entry per way of calling a status change (every change type,
every optional field, both date forms), with the exact JSON body it must send.
``UPDATE_FIELDS``: every optional field of ``numbers.update``, as given and as sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class ChangeCase:
    """One way to call a status change, and the exact body it must put on the wire."""

    id: str
    call: Callable[[Any, list[str], list[str]], Any]  # (client.numbers, numbers, iccids)
    body: Callable[[list[str], list[str], date], dict[str, Any]]  # (numbers, iccids, today)


def items(numbers: list[str], iccids: list[str] | None = None) -> list[dict[str, str]]:
    if iccids is None:
        return [{"Number": n} for n in numbers]
    return [{"Number": n, "ICCID": i} for n, i in zip(numbers, iccids, strict=True)]


ICCIDS = ["8901240397190556232", "8901240397190557414F"]  # 19 digits; 19 digits + hex F

CHANGE_CASES = [
    ChangeCase(
        "activate-date-object",
        lambda api, n, _: api.activate(n[:2], effective_date=date(2026, 1, 15)),
        lambda n, _, __: {
            "StatusChange": "activate",
            "EffectiveDate": "01/15/2026",
            "PhoneNumbers": items(n[:2]),
        },
    ),
    ChangeCase(
        "cancel-date-string",
        lambda api, n, _: api.cancel([n[2]], effective_date="12/31/2026"),
        lambda n, _, __: {
            "StatusChange": "cancel",
            "EffectiveDate": "12/31/2026",
            "PhoneNumbers": items([n[2]]),
        },
    ),
    ChangeCase(
        "park-default-date",
        lambda api, n, _: api.park([n[3]]),
        lambda n, _, today: {
            "StatusChange": "park",
            "EffectiveDate": today.strftime("%m/%d/%Y"),
            "PhoneNumbers": items([n[3]]),
        },
    ),
    ChangeCase(
        "swap-area-code",
        lambda api, n, _: api.swap([n[4]], area_code="201", effective_date="01/02/2026"),
        lambda n, _, __: {
            "StatusChange": "swap",
            "EffectiveDate": "01/02/2026",
            "AreaCode": "201",
            "PhoneNumbers": items([n[4]]),
        },
    ),
    ChangeCase(
        "swap-zip-code",
        lambda api, n, _: api.swap([n[5], n[6]], zip_code="84043", effective_date="01/02/2026"),
        lambda n, _, __: {
            "StatusChange": "swap",
            "EffectiveDate": "01/02/2026",
            "ZipCode": "84043",
            "PhoneNumbers": items([n[5], n[6]]),
        },
    ),
    ChangeCase(
        "replace-area-and-zip",
        lambda api, n, _: api.replace(
            [n[7]], area_code="212", zip_code="10001", effective_date=date(2026, 2, 28)
        ),
        lambda n, _, __: {
            "StatusChange": "replace",
            "EffectiveDate": "02/28/2026",
            "AreaCode": "212",
            "ZipCode": "10001",
            "PhoneNumbers": items([n[7]]),
        },
    ),
    ChangeCase(
        "replace-anywhere",
        lambda api, n, _: api.replace([n[8]], effective_date="03/01/2026"),
        lambda n, _, __: {
            "StatusChange": "replace",
            "EffectiveDate": "03/01/2026",
            "PhoneNumbers": items([n[8]]),
        },
    ),
    ChangeCase(
        "swap-sim-with-iccids",
        lambda api, n, sims: api.swap_sim(
            {n[9]: sims[0], n[10]: sims[1].lower()}, effective_date="03/01/2026"
        ),
        lambda n, sims, __: {
            "StatusChange": "swap-sim",
            "EffectiveDate": "03/01/2026",
            "PhoneNumbers": items([n[9], n[10]], sims),  # the hex F is sent upper-case
        },
    ),
    ChangeCase(
        "change-status-generic-swap-sim-pairs",
        lambda api, n, sims: api.change_status(
            "Swap_SIM", [(n[11], sims[0])], effective_date=date(2027, 12, 1)
        ),
        lambda n, sims, __: {
            "StatusChange": "swap-sim",
            "EffectiveDate": "12/01/2027",
            "PhoneNumbers": items([n[11]], [sims[0]]),
        },
    ),
    ChangeCase(
        "change-status-generic-leap-day",
        lambda api, n, _: api.change_status("ACTIVATE", n[12:15], effective_date="02/29/2028"),
        lambda n, _, __: {
            "StatusChange": "activate",
            "EffectiveDate": "02/29/2028",
            "PhoneNumbers": items(n[12:15]),
        },
    ),
]


# (python argument, value given, wire name, value expected on the wire)
UPDATE_FIELDS: list[tuple[str, Any, str, Any]] = [
    ("message_enabled", False, "MessageEnabled", False),
    ("message_type", "A2P", "MessageType", "a2p"),
    ("classification", "iot", "Classification", "IoT"),
    ("voice_enabled", True, "VoiceEnabled", True),
    (
        "message_route_id",
        "MRID-73af1e73-d7b3-4696-bdd9-5b407d9e99ee",
        "MessageRouteId",
        "MRID-73af1e73-d7b3-4696-bdd9-5b407d9e99ee",
    ),
    (
        "voice_route_id",
        "CRID-4dec6beb-3985-444b-8c06-8baa5jjvawe",
        "VoiceRouteId",
        "CRID-4dec6beb-3985-444b-8c06-8baa5jjvawe",
    ),
    (
        "assigned_subscriber_id",
        "TSUID-d7b3-4696-bdd9-5b407d9e99ee-3985-444b8d",
        "AssignedSubscriberId",
        "TSUID-d7b3-4696-bdd9-5b407d9e99ee-3985-444b8d",
    ),
    ("iccid", "8901240397190557414f", "Iccid", "8901240397190557414F"),
    ("cnam_first_name", "John", "CnamFirstName", "John"),
    ("cnam_last_name", "Doe", "CnamLastName", "Doe"),
    ("product_type", "sms+data", "ProductType", "Sms+Data"),
]
