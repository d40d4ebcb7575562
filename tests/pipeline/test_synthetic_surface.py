"""Proof at the vendor's scale: regenerate from the 150-operation synthetic spec and call
every operation, sync and async, against the fake.

``bench.synthetic`` grows the pinned spec to 150 operations (new paths, new tags, bare
``object`` 200 responses the overlay has never seen). The pipeline regenerates from it in a
scratch tree; a subprocess (so this process's ``sys.modules`` keeps the committed client)
imports the generated surface from that tree and, for every operation of its registry:

* calls ``client.<resource>.<method>(...)`` on ``Telegent`` and on ``AsyncTelegent``,
  both on ``FakeTelegent`` transports, and gets a record (typed, or ``GenericRecord``);
* for every operation the stateful core does not keep, sends one request with a value
  the spec forbids and gets a 400 naming it (the fake validates what it has never seen).

The test then checks every operation is listed in the scratch tree's ``generated/api.md``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from bench._pipeline import load_regenerate, run_pipeline, scratch_tree
from bench.synthetic import count_operations, synthetic_spec
from telegent.testing._collections import Collections

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = 150

# Runs in the subprocess: telegent looks for its generated package in the scratch tree first.
_PROBE = textwrap.dedent(
    """
    import asyncio, json, sys
    import httpx
    import telegent
    telegent.__path__.insert(0, sys.argv[1])
    import telegent._generated as generated_package
    from telegent import AsyncTelegent, Telegent
    from telegent._models import GenericRecord, Record
    from telegent._registry import operations
    from telegent.testing import FakeTelegent
    from telegent.testing._examples import example_for, instance_of

    BASE = "https://api.telegent.com"
    STATEFUL = {"createToken", "changeNumberStatus", "listNumberInventory", "updateNumber",
                "getOrder"}
    assert generated_package.__file__.startswith(sys.argv[1]), generated_package.__file__
    from telegent.testing._collections import Collections, collections_table
    fake = FakeTelegent(numbers=40, seed=5, rate_limit=None, polls_to_complete=0)
    first_number = str(next(fake.iter_numbers()).number)
    numbers = iter([r.number for r in fake.iter_numbers()][1:])
    orders = []
    # One record in each collection the fake keeps, to get, update and delete by its id.
    for name, coll in collections_table().items():
        if coll.step("create") is not None:
            fake.add_records(name, [{}])

    def record_id(op):
        found = Collections.step_for(op.id)
        if found is None or not found[1].keys:
            return {}
        coll, step = found
        record = next(iter(fake.records(coll.name)), None) if coll.step("create") else None
        rid = str(record[coll.id]) if record else first_number
        param = next(p for p in op.params if p.wire.lower() == step.keys[0].lower())
        return {param.name: rid}

    def role(op):
        found = Collections.step_for(op.id)
        return found[1].role if found else ""

    def args_for(op):
        if op.id == "changeNumberStatus":
            return {"change_type": "park", "numbers": [next(numbers)]}
        if op.id == "updateNumber":
            return {"number": next(numbers), "message_type": "a2p"}
        if op.id == "getOrder":
            return {"order_id": orders[0]}
        if op.id == "createToken":
            return {"account_key": fake.account_key, "account_secret": fake.account_secret}
        # Every parameter, optional ones too: the fake checks each against the spec.
        return {**{p.name: instance_of(p.schema) for p in op.params}, **record_id(op)}

    WRONG_TYPE = {"string": 12345, "integer": "x", "number": "x", "boolean": "maybe",
                  "array": "x", "object": "x"}

    def _bad_value(op):
        # A body value of the wrong JSON type, else a query value that is not its type.
        for p in op.params:
            if p.location == "body" and p.wire and p.schema.get("type") in WRONG_TYPE:
                return p, WRONG_TYPE[p.schema["type"]]
        for p in op.params:
            if p.location == "query" and p.schema.get("type") in ("integer", "number"):
                return p, "not-a-number"
        for p in op.params:
            if p.location == "query" and p.required:
                return p, None  # left out
        return None

    def shape(result):
        if result is None:  # a 200 the spec declares without content
            return ["None", None]
        if isinstance(result, list):  # list[Name]: each item shaped, the kind of the first
            items = [shape(r) for r in result]
            return ["list[" + (items[0][0] if items else "") + "]", [b for _, b in items]]
        if isinstance(result, (str, int, float, bool)):
            return [type(result).__name__, result]
        if isinstance(result, GenericRecord):
            return ["GenericRecord", result.to_dict()]
        assert isinstance(result, Record), type(result)
        return [type(result).__name__, result.to_dict(reveal=True, by_wire=True)]

    ops = sorted(operations(), key=lambda op: op.id not in STATEFUL)  # stateful ones first
    ops.sort(key=lambda op: op.id == "getOrder")  # after an order exists
    ops.sort(key=lambda op: role(op) == "delete")  # records deleted after every other use
    out = {"operations": [], "sync": {}, "async": {}, "refused": {}, "served": {},
           "no_token": {}, "flags": {}}
    sync = Telegent(account_key=fake.account_key, account_secret=fake.account_secret,
                    base_url=BASE, transport=fake.transport())
    for op in ops:
        out["operations"].append([op.id, op.http_method, op.path, op.resource, op.method,
                                  op.returns])
        out["flags"][op.id] = {"internal": op.internal, "authenticated": op.authenticated}
        owner = sync.internal if op.internal else sync
        result = getattr(getattr(owner, op.resource), op.method)(**args_for(op))
        if op.id == "changeNumberStatus":
            orders.append(result.order_id)
        out["sync"][op.id] = shape(result)
        if op.id not in STATEFUL:
            out["served"][op.id] = example_for(op.id)

    async def run_async():
        async with AsyncTelegent(account_key=fake.account_key,
                                 account_secret=fake.account_secret, base_url=BASE,
                                 transport=fake.async_transport()) as client:
            for op in ops:
                owner = client.internal if op.internal else client
                method = getattr(getattr(owner, op.resource), op.method)
                out["async"][op.id] = shape(await method(**args_for(op)))

    asyncio.run(run_async())

    # One forbidden value per unknown operation, straight on the wire.
    token = fake.issue_token()
    raw = httpx.Client(base_url=BASE, transport=fake.transport(),
                       headers={"Authorization": f"Bearer {token}"})
    for op in ops:
        if op.id in STATEFUL:
            continue
        query = {p.wire: str(instance_of(p.schema)) for p in op.params if p.location == "query"}
        body = {p.wire: instance_of(p.schema) for p in op.params if p.location == "body"}
        anonymous = httpx.Client(base_url=BASE, transport=fake.transport())
        out["no_token"][op.id] = anonymous.request(op.http_method, op.path).status_code
        target = _bad_value(op)
        if target is None:
            continue
        param, bad = target
        (query if param.location == "query" else body)[param.wire] = bad
        query = {k: v for k, v in query.items() if v is not None}
        answer = raw.request(op.http_method, op.path, params=query or None,
                             json=body or None)
        out["refused"][op.id] = [param.wire, answer.status_code, answer.json()]
    print(json.dumps(out, default=str))
    """
)


@pytest.fixture(scope="module")
def synthetic_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pinned = json.loads((ROOT / "openapi.json").read_text())
    spec = synthetic_spec(pinned, OPERATIONS)
    assert count_operations(spec) == OPERATIONS
    root = scratch_tree(tmp_path_factory.mktemp("synthetic") / "repo", spec)
    run_pipeline(load_regenerate(), root)
    return root


@pytest.fixture(scope="module")
def probe(synthetic_tree: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(synthetic_tree / "src" / "telegent")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_every_operation_of_the_synthetic_spec_is_generated(
    synthetic_tree: Path, probe: dict[str, Any]
) -> None:
    patched = json.loads((synthetic_tree / "generated" / "openapi.json").read_text())
    ids = {op[0] for op in probe["operations"]}
    # The 150 operations (the overlay moves the vendor's token operation; on the seed spec it
    # adds one).
    assert len(probe["operations"]) == count_operations(patched) >= OPERATIONS
    assert len(ids) == len(probe["operations"])
    resources = {op[3] for op in probe["operations"]}
    assert len(resources) >= 16, resources  # one per tag of the spec, at least


def test_every_operation_answers_a_record_sync_and_async(probe: dict[str, Any]) -> None:
    returns = {op[0]: op[5] for op in probe["operations"]}
    assert set(probe["sync"]) == set(probe["async"]) == set(returns)
    for op_id, declared in returns.items():
        kind, body = probe["sync"][op_id]
        if kind == "list[]":  # an empty list (a kept collection with nothing to list)
            assert declared.startswith("list["), (op_id, declared)
            continue
        assert kind == declared, (op_id, kind, declared)
        assert probe["async"][op_id][0] == declared, op_id
        if declared == "None":
            assert body is None, op_id
            continue
        assert isinstance(body, list if declared.startswith("list[") else dict), op_id
        if op_id in probe["served"]:
            # What the SDK parsed is what the fake said it serves for the operation.
            if kind in ("GenericRecord", "list[GenericRecord]", "list[str]"):
                assert body == probe["served"][op_id], op_id
            if Collections.step_for(op_id) is None:  # kept records change between the runs
                assert probe["async"][op_id] == probe["sync"][op_id], op_id
    # The clones live at paths no overlay action targets: they answer generic records (or
    # lists of them); the overlay's operations answer typed ones.
    clones = [op[0] for op in probe["operations"] if re.search(r"\d$", op[0])]
    assert len(clones) >= 5, clones
    for op_id in clones:
        assert "GenericRecord" in probe["sync"][op_id][0] or probe["sync"][op_id][0] in (
            "list[str]",
        ), (op_id, probe["sync"][op_id][0])
    assert any("GenericRecord" not in k for k, _ in probe["sync"].values())


def test_the_fake_validates_operations_it_keeps_no_state_for(probe: dict[str, Any]) -> None:
    refused = probe["refused"]
    # Operations with nothing to refuse (one optional, unconstrained string) are left out.
    assert len(refused) >= len(probe["served"]) // 2, len(refused)
    for op_id, (wire, status, body) in refused.items():
        assert status == 400, (op_id, status, body)
        assert set(body) == {"StatusCode", "Message"} and body["StatusCode"] == 400
        assert wire in body["Message"], (op_id, body["Message"])
    # And every one that the spec secures wants a token.
    flags = probe["flags"]
    secured = {i: s for i, s in probe["no_token"].items() if flags[i]["authenticated"]}
    assert secured and set(secured.values()) == {401}, secured
    assert all(s != 401 for i, s in probe["no_token"].items() if not flags[i]["authenticated"])


def test_every_operation_is_listed_in_api_md(synthetic_tree: Path, probe: dict[str, Any]) -> None:
    text = (synthetic_tree / "generated" / "api.md").read_text()
    for op_id, method, path, resource, name, returns in probe["operations"]:
        where = "client.internal" if probe["flags"][op_id]["internal"] else "client"
        line = f"- `{method} {path}` → `{where}.{resource}.{name}("
        assert line in text, op_id
        assert f"→ `{returns}`" in text


def test_unknown_operations_answer_the_spec_examples(
    synthetic_tree: Path, probe: dict[str, Any]
) -> None:
    generated = synthetic_tree / "generated"
    if not (synthetic_tree / "src" / "telegent" / "_generated" / "examples.py").exists():
        pytest.skip("the generator writes no _generated/examples.py: the fake answers instances")
    patched = json.loads((generated / "openapi.json").read_text())
    examples = {}
    for item in patched["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            media = op.get("responses", {}).get("200", {}).get("content", {})
            body = media.get("application/json", {})
            given = body.get("example") or next(iter(body.get("examples", {}).values()), {})
            if given:
                examples[op["operationId"]] = given.get("value", given)
    assert len(examples) >= len(probe["served"]) - 10
    for op_id, served in probe["served"].items():
        if op_id not in examples:
            continue  # no example: the fake answers a schema-valid instance
        if Collections.step_for(op_id) is not None:
            continue  # a collection the fake keeps: it answers the record it holds
        assert served == examples[op_id], op_id
        parsed = probe["sync"][op_id]
        if "GenericRecord" in parsed[0]:
            assert parsed[1] == examples[op_id], op_id
        else:  # typed: every field of the example is kept (values are converted: dates...)
            example = examples[op_id]
            if isinstance(parsed[1], list) and isinstance(example, dict):
                example = [example]  # a list operation reads the vendor's one object as one item
            assert _fields(parsed[1]) >= _fields(example), op_id


def _fields(value: Any, where: str = "") -> set[str]:
    """Paths of the non-null fields of a JSON value (wire names in any letter case: a record
    reads `AccountId` into its `AccountID` field and writes it back under that name)."""
    if isinstance(value, dict):
        out = set()
        for key, item in value.items():
            if item is not None:
                path = f"{where}.{key.lower()}"
                out |= {path} | _fields(item, path)
        return out
    if isinstance(value, list):
        return set().union(*(_fields(v, f"{where}[]") for v in value)) if value else set()
    return set()
