"""Records that name other records (``refers`` in overlay/state.overlay.yaml).

Deleting what others refer to behaves as the vendor's descriptions say, one test per
declared rule (parametrized from the generated table: a new rule is covered with no new
test): refuse answers the declared status and message and changes nothing; cascade
deletes the records naming it too. A field naming another collection's record carries
that collection's declared id prefix. And the fake reads all of it from the table: a
synthetic table (a changed declaration) changes the fake with no code change.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

import telegent
from telegent._registry import operation
from telegent.testing import FakeClock, FakeTelegent
from telegent.testing._collections import INVENTORY_COLLECTION, Collections, collections_table
from telegent.testing._table import Collection, Ref
from tests.contract._arguments import build_call

from ._round_trip import UUID

BASE_URL = "https://api.telegent.com"
TABLE = collections_table()
RULES = [
    (coll.name, ref) for coll in TABLE.values() for ref in coll.refers if ref.on_delete != "keep"
]


@pytest.fixture
def fake() -> FakeTelegent:
    return FakeTelegent(numbers=12, seed=3, clock=FakeClock(), rate_limit=None)


@pytest.fixture
def client(fake: FakeTelegent) -> Iterator[telegent.Telegent]:
    with telegent.Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=fake.transport(),
        clock=FakeClock(),
    ) as client:
        yield client


def _find(record: Mapping[str, Any], wire: str) -> Any:
    return next((v for k, v in record.items() if k.lower() == wire.lower()), None)


def _naming(fake: FakeTelegent, referrer: str, field: str, target_id: str) -> str:
    """A record of ``referrer`` whose ``field`` names ``target_id``; its id."""
    coll = fake_table(fake)[referrer]
    if coll.step("create") is not None:
        return fake.add_records(referrer, [{field: target_id}])[0]
    # The inventory: an existing number made to name it (as numbers.update would).
    first = next(iter(fake.records(referrer)))
    return fake.add_records(referrer, [{coll.id: _find(first, coll.id), field: target_id}])[0]


def fake_table(fake: FakeTelegent) -> Mapping[str, Collection]:
    return fake._state.collections.table  # noqa: SLF001 - the table the fake reads


def _delete(client: telegent.Telegent, coll: Collection, record_id: str) -> Any:
    delete = coll.step("delete")
    assert delete is not None
    op = operation(delete.op)
    kwargs = dict(build_call(op).kwargs)
    for wire in delete.keys:  # the first key carries the id; drop other spellings
        kwargs.pop(next(p.name for p in op.params if p.wire.lower() == wire.lower()), None)
    key = next(p.name for p in op.params if p.wire.lower() == delete.keys[0].lower())
    return _raw(client, op_id=delete.op, kwargs={**kwargs, key: record_id})


def _raw(client: telegent.Telegent, op_id: str, kwargs: Mapping[str, Any] | None = None) -> Any:
    """Call an operation by id through the SDK, raw; ``kwargs`` default: a valid call."""
    op = operation(op_id)
    target: Any = client
    for part in op.call.split(".")[1:-1]:
        target = getattr(target, part)
    given = build_call(op).kwargs if kwargs is None else kwargs
    return getattr(target.with_raw_response, op.method)(**given)


def test_the_rules_the_descriptions_state_are_declared() -> None:
    # What the vendor's descriptions say (see the overlay's comments): a lost or changed
    # declaration fails here; the behaviour of each is tested below.
    declared = {(name, ref.field, ref.to, ref.on_delete) for name, ref in RULES}
    assert declared == {
        ("numbers", "MessageRouteId", "message_routes", "refuse"),
        ("numbers", "VoiceRouteId", "voice_routes", "refuse"),
        ("package_items", "ProductId", "products", "refuse"),
        ("subscriptions", "PackageId", "packages", "refuse"),
        ("threshold_assignments", "ThresholdId", "thresholds", "cascade"),
        ("feature_assignments", "FeatureId", "features", "cascade"),
    }


@pytest.mark.parametrize(
    ("referrer", "ref"), RULES, ids=[f"{n}.{r.field}->{r.to}:{r.on_delete}" for n, r in RULES]
)
def test_deleting_a_referred_record_does_what_its_rule_declares(
    fake: FakeTelegent, client: telegent.Telegent, referrer: str, ref: Ref
) -> None:
    target = TABLE[ref.to]
    target_id, other_id = fake.add_records(ref.to, [{}, {}])
    naming = _naming(fake, referrer, ref.field, target_id)
    # A record naming another one is untouched by this delete whatever the rule.
    bystander = (
        fake.add_records(referrer, [{ref.field: other_id}])[0]
        if TABLE[referrer].step("create")
        else None
    )
    if ref.on_delete == "refuse":
        with pytest.raises(telegent.APIStatusError) as refused:
            _delete(client, target, target_id)
        assert refused.value.status_code == ref.status
        # The vendor's 400s start "Bad request: ..."; the declared message follows.
        assert refused.value.response.json()["Message"].endswith(ref.message)
        assert fake.record(ref.to, target_id) is not None  # nothing changed
        assert _find(fake.record(referrer, naming) or {}, ref.field) == target_id
        # Once nothing names it (reassigned to the other record), it goes.
        fake.add_records(referrer, [{TABLE[referrer].id: naming, ref.field: other_id}])
        assert _delete(client, target, target_id).status_code == 200
        assert fake.record(ref.to, target_id) is None
    else:
        assert ref.on_delete == "cascade"
        assert _delete(client, target, target_id).status_code == 200
        assert fake.record(ref.to, target_id) is None
        assert fake.record(referrer, naming) is None  # went with it
    if bystander is not None:
        assert _find(fake.record(referrer, bystander) or {}, ref.field) == other_id


def test_a_record_nobody_names_is_deleted_whatever_the_rules(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    for name in sorted({ref.to for _, ref in RULES}):
        [record_id] = fake.add_records(name, [{}])
        assert _delete(client, TABLE[name], record_id).status_code == 200


def test_a_route_a_number_uses_is_kept_until_the_number_moves(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    # Through the SDK end to end: numbers.update names the route, as a team's test would.
    route = client.message.create_route(
        route_name="in", message_url="https://example.com/in", message_url_method="POST"
    )
    number = str(next(fake.iter_numbers()).number)
    client.numbers.update(number, message_route_id=route.message_route_id)
    with pytest.raises(telegent.BadRequestError, match="reassigned to a different route"):
        client.message.delete_route(message_route_id=route.message_route_id)
    assert client.message.get_route(message_route_id=route.message_route_id).message_route_id == (
        route.message_route_id
    )
    other = client.message.create_route(
        route_name="other", message_url="https://example.com/other", message_url_method="POST"
    )
    client.numbers.update(number, message_route_id=other.message_route_id)
    client.message.delete_route(message_route_id=route.message_route_id)
    with pytest.raises(telegent.NotFoundError):
        client.message.get_route(message_route_id=route.message_route_id)


# -- the fake reads the table: a changed declaration, no code change ----------------------


def _with_table(fake: FakeTelegent, table: Mapping[str, Collection]) -> FakeTelegent:
    # The state table a regenerated overlay would give, swapped in for this fake only.
    state = fake._state  # noqa: SLF001
    state.collections = Collections(state.inventory, 3, table)
    return fake


def _changed(name: str, **changes: Any) -> dict[str, Collection]:
    return {**TABLE, name: dataclasses.replace(TABLE[name], **changes)}


@contextlib.contextmanager
def _api(fake: FakeTelegent) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=BASE_URL, transport=fake.transport()) as http:
        login = {"AccountKey": fake.account_key, "AccountSecret": fake.account_secret}
        token = http.post("/v1.0/oauth2/tokens", json=login).json()["token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield http


def test_ids_have_the_declared_format(client: telegent.Telegent) -> None:
    # Each collection's create answers an id of its declared prefix and a UUID.
    for coll in TABLE.values():
        create = coll.step("create")
        if create is None:
            continue
        raw = _raw(client, create.op)
        record_id = _find(raw.http_response.json(), coll.id)
        assert re.fullmatch(re.escape(coll.prefix) + UUID, str(record_id)), (coll.name, record_id)


def test_a_changed_prefix_changes_the_ids_and_what_a_reference_must_carry(
    fake: FakeTelegent,
) -> None:
    _with_table(fake, _changed("subscribers", prefix="PERSON-"))
    with _api(fake) as http:
        created = _call_http(http, TABLE["subscribers"].steps["create"].op)
        assert re.fullmatch("PERSON-" + UUID, created["SubscriberId"])
        number = str(next(fake.iter_numbers()).number)
        update = {"Number": number, "AssignedSubscriberId": "TSUID-0"}
        refused = http.post("/v1.0/numbers/update", json=update)
        assert refused.status_code == 400
        assert "must look like PERSON-" in refused.json()["Message"]
        update["AssignedSubscriberId"] = created["SubscriberId"]
        assert http.post("/v1.0/numbers/update", json=update).status_code == 200


def _call_http(http: httpx.Client, op_id: str) -> Any:
    op = operation(op_id)
    call = build_call(op)
    answer = http.request(op.http_method, op.path, json=call.body)
    assert answer.status_code == 200, answer.text
    return answer.json()


@pytest.mark.parametrize("on_delete", ["refuse", "cascade", "detach", "keep"])
def test_a_changed_rule_changes_what_a_delete_does(fake: FakeTelegent, on_delete: str) -> None:
    # feature_assignments.FeatureId -> features, declared as each rule in turn.
    coll = TABLE["feature_assignments"]
    refs = tuple(
        dataclasses.replace(r, on_delete=on_delete, status=400, message="Still assigned.")
        if r.field == "FeatureId"
        else r
        for r in coll.refers
    )
    _with_table(fake, _changed("feature_assignments", refers=refs))
    [feature] = fake.add_records("features", [{}])
    [assignment] = fake.add_records("feature_assignments", [{"FeatureId": feature}])
    with _api(fake) as http:
        answer = http.post("/v1.0/subscriptions/features/delete", json={"FeatureId": feature})
    left = fake.record("feature_assignments", assignment)
    if on_delete == "refuse":
        assert answer.status_code == 400
        assert answer.json()["Message"].endswith("Still assigned.")
        assert fake.record("features", feature) is not None
        assert left is not None and left["FeatureId"] == feature
        return
    assert answer.status_code == 200 and fake.record("features", feature) is None
    if on_delete == "cascade":
        assert left is None
    elif on_delete == "detach":
        assert left is not None and left["FeatureId"] is None
    else:
        assert left is not None and left["FeatureId"] == feature


def test_a_reference_from_the_inventory_is_read_from_the_table() -> None:
    # The numbers' references are declared like any other collection's.
    fields = {ref.field: ref.to for ref in TABLE[INVENTORY_COLLECTION].refers}
    assert fields == {
        "MessageRouteId": "message_routes",
        "VoiceRouteId": "voice_routes",
        "AssignedSubscriberId": "subscribers",
    }


def test_the_ids_a_number_names_have_the_named_collections_format(fake: FakeTelegent) -> None:
    # The inventory's route and subscriber ids carry the prefixes the table declares.
    for record in fake.records(INVENTORY_COLLECTION):
        for ref in TABLE[INVENTORY_COLLECTION].refers:
            value = _find(record, ref.field)
            assert re.fullmatch(re.escape(TABLE[ref.to].prefix) + UUID, value), (ref, value)


def test_a_route_untouched_numbers_name_is_refused_too(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    # The inventory's own numbers name generated routes; a test that seeds one of those
    # routes cannot delete it while they do (not only numbers changed through the API).
    first = next(iter(fake.records(INVENTORY_COLLECTION)))
    [route] = fake.add_records("message_routes", [{"MessageRouteId": first["MessageRouteId"]}])
    with pytest.raises(telegent.BadRequestError, match="reassigned to a different route"):
        client.message.delete_route(message_route_id=route)
