"""The fake's stateful core reads its wire names from the client's own tables (issue 20).

A field renamed in the generated records or the operation registry (what an overlay
``x-telegent-name``/alias or a vendor rename produces once regenerated) must reach the
fake with no code change; a Python name the tables do not declare must fail when the
fake's modules are imported, never produce a wrong key.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from telegent._models import Record, wire
from telegent.testing._names import UnknownField, WireNames, pick, record_names, request_names


class _Renamed(Record):
    # A record as the generator would write it after the vendor renamed two fields.
    voice_route_id: str | None = wire("VoiceRouteID", default=None)
    swaps_remaining: int | None = wire("SwapsLeft", kind="int", aliases=("Swaps",), default=None)


def test_names_follow_the_record_declaration() -> None:
    class Names(WireNames, record=_Renamed):
        voice_route_id: str
        swaps_remaining: str

    assert Names.voice_route_id == "VoiceRouteID"
    assert Names.swaps_remaining == "SwapsLeft"
    assert record_names(_Renamed) == {
        "voice_route_id": "VoiceRouteID",
        "swaps_remaining": "SwapsLeft",
    }


def test_names_follow_the_generated_tables() -> None:
    class Number(WireNames, record="NumberRecord"):
        voice_route_id: str

    class Item(WireNames, request="changeNumberStatus", item="numbers"):
        iccid: str

    from telegent._generated.records.number_record import NumberRecord  # noqa: PLC0415
    from telegent._registry import operation  # noqa: PLC0415

    declared = {f.attr: f.wire for f in NumberRecord.__fields__}
    assert Number.voice_route_id == declared["voice_route_id"]
    schema = operation("changeNumberStatus").param("numbers").schema
    assert Item.iccid in schema["items"]["properties"]
    assert request_names("updateNumber")["cnam_first_name"] == (
        operation("updateNumber").param("cnam_first_name").wire
    )


def test_an_unknown_python_name_fails_when_the_class_is_made() -> None:
    with pytest.raises(UnknownField, match=r"NumberRecord has no field 'voice_route'"):

        class Number(WireNames, record="NumberRecord"):
            voice_route: str  # a typo: must not become a silently wrong key

    with pytest.raises(UnknownField, match=r"updateNumber has no field 'Iccid'"):

        class Update(WireNames, request="updateNumber"):
            Iccid: str  # a wire name where the Python name belongs

    with pytest.raises(UnknownField, match="no generated record 'NoSuchRecord'"):

        class Missing(WireNames, record="NoSuchRecord"):
            number: str

    with pytest.raises(UnknownField, match="cnam_first"):
        pick(request_names("updateNumber"), "cnam_first", source="updateNumber")
    with pytest.raises(TypeError, match="exactly one"):

        class Neither(WireNames):
            number: str


# Run in a fresh interpreter: the renames must be in place before the fake's modules are
# imported (they resolve their names once, at import), and must not leak into other tests.
_RENAMED_FAKE = """
import dataclasses, json
import httpx
from telegent._generated.records.number_record import NumberRecord
from telegent._generated.records.number_update_result import NumberUpdateResult
from telegent._registry import operation

def rename(cls, attr, new):
    for f in cls.__fields__:
        if f.attr == attr:
            f.wire = new
    cls.__wire_names__ = frozenset(
        {f.wire for f in cls.__fields__} | {a for f in cls.__fields__ for a in f.aliases}
    )

rename(NumberRecord, "swaps_remaining", "SwapsLeft")
rename(NumberRecord, "cnam", "CallerName")
rename(NumberUpdateResult, "cnam_first_name", "CallerFirstName")
op = operation("updateNumber")
object.__setattr__(op, "params", tuple(
    dataclasses.replace(p, wire="CallerFirstName") if p.name == "cnam_first_name" else p
    for p in op.params
))

from telegent.testing import FakeTelegent

fake = FakeTelegent(numbers=40, seed=3)
http = httpx.Client(base_url="https://api.telegent.com", transport=fake.transport())
token = http.post("/v1.0/oauth2/tokens", json={
    "AccountKey": fake.account_key, "AccountSecret": fake.account_secret}).json()["token"]
auth = {"Authorization": f"Bearer {token}"}
page = http.get("/v1.0/numbers/inventory", params={"TotalNumbersRequested": 40}, headers=auth)
records = page.json()["PhoneNumbers"]
number = next(r for r in records if r["SwapsLeft"] > 0)
swap = http.post("/v1.0/numbers/status", headers=auth, json={
    "StatusChange": "swap-sim", "EffectiveDate": "12/31/2025",
    "PhoneNumbers": [{"Number": number["Number"]}]})
renamed = http.post("/v1.0/numbers/update", headers=auth, json={
    "Number": number["Number"], "CallerFirstName": "Ada"})
old_name = http.post("/v1.0/numbers/update", headers=auth, json={
    "Number": number["Number"], "CnamFirstName": "Ada"})
after = fake.get_number(number["Number"])
print(json.dumps({
    "keys": sorted(records[0]),
    "swap": swap.status_code,
    "swaps_before": number["SwapsLeft"],
    "swaps_after": after.swaps_remaining,
    "cnam_after": after.cnam,
    "renamed": [renamed.status_code, renamed.json().get("CallerFirstName")],
    "old_name": [old_name.status_code, old_name.json().get("Message", "")],
}))
"""


def test_a_wire_rename_reaches_the_fake_without_code_change() -> None:
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_RENAMED_FAKE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout)
    # The generated inventory speaks the renamed record...
    assert "SwapsLeft" in seen["keys"] and "CallerName" in seen["keys"]
    assert "SwapsRemaining" not in seen["keys"] and "Cnam" not in seen["keys"]
    # ...the stateful changes read and write it (and the client parses it back)...
    assert seen["swap"] == 200
    assert seen["swaps_after"] == seen["swaps_before"] - 1
    assert str(seen["cnam_after"]).startswith("Ada")
    # ...and the request takes the registry's new name, refusing the old one.
    assert seen["renamed"] == [200, "Ada"]
    assert seen["old_name"][0] == 400 and "CnamFirstName" in seen["old_name"][1]
