"""The generated round trip of a collection, through the SDK, from the state table alone.

create -> get -> list contains -> update -> get shows -> delete -> get 404, each step
only where the spec has that operation; every answer checked against the schema the spec
declares for it (no content where it declares none). No collection is named here: a new
``x-telegent-state`` declaration is covered with no new test.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from typing import Any

import pytest

import telegent
from telegent._registry import Operation, Param, operation
from telegent._schema import check_wire
from telegent.testing._collections import collections_table
from telegent.testing._table import Collection, Step
from tests.contract._arguments import build_call

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CHANGED = "Changed by the round trip"
DISTINCT = "-sent"


def round_trip_collections() -> list[str]:
    """Every collection a test can create records in (the numbers are the inventory)."""
    return sorted(name for name, c in collections_table().items() if c.step("create"))


def _find(record: Mapping[str, Any], wire: str) -> Any:
    return next((v for k, v in record.items() if k.lower() == wire.lower()), None)


_ABSENT = object()


def shown_as_sent(answer: Any, wire: str) -> Any:
    """Where an answer shows a sent field: at its top level, else inside the one object
    field holding a field of that name (``AccountId`` sent, ``Account.AccountId``
    answered); ``_ABSENT`` when it shows it nowhere (a request-only field)."""
    if not isinstance(answer, Mapping):
        return _ABSENT
    for name, value in answer.items():
        if name.lower() == wire.lower():
            return value
    inner = [v for v in answer.values() if isinstance(v, Mapping) and _find(v, wire) is not None]
    return _find(inner[0], wire) if len(inner) == 1 else _ABSENT


def distinct_call(op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid call (kwargs, and the body it sends) whose plain text fields differ from the
    spec's examples, so an answer that shows the example instead of what was sent (the
    answer's example reused) is caught."""
    call = build_call(op)
    kwargs, body = dict(call.kwargs), dict(call.body or {})
    for p in op.params:
        schema, value = p.schema, kwargs.get(p.name)
        if (
            p.location == "body"
            and p.wire in body
            and isinstance(value, str)
            and schema.get("type") == "string"
            and not ({"enum", "pattern", "format", "x-telegent-secret"} & set(schema))
            and len(value) + len(DISTINCT) <= int(schema.get("maxLength", 1000))
            and not _numeric(value)  # text the answers type as a number ("1.12")
        ):
            kwargs[p.name] = body[p.wire] = value + DISTINCT
    return kwargs, body


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _param(op: Operation, wire: str) -> Param:
    return next(p for p in op.params if p.wire.lower() == wire.lower())


class Runner:
    """Calls operations by id through one client, raw, awaiting when it is async."""

    def __init__(self, client: telegent.Telegent | telegent.AsyncTelegent) -> None:
        self.client = client

    async def call(self, op_id: str, kwargs: Mapping[str, Any]) -> Any:
        op = operation(op_id)
        target: Any = self.client
        for part in op.call.split(".")[1:-1]:
            target = getattr(target, part)
        answer = getattr(target.with_raw_response, op.method)(**kwargs)
        return await answer if inspect.isawaitable(answer) else answer

    async def answer(self, step: Step, kwargs: Mapping[str, Any]) -> Any:
        """The step's answer body, after checking it is exactly what the spec declares."""
        raw = await self.call(step.op, kwargs)
        assert raw.status_code == 200, (step.op, raw.http_response.text)
        if step.schema is None:
            assert raw.http_response.content == b"", f"{step.op} declares no content"
            return None
        body = raw.http_response.json()
        check_wire(body, step.schema, f"{step.op} answer")
        raw.parse()  # and the SDK reads it as its record
        return body


def _key_kwargs(step: Step, record_id: str) -> dict[str, Any]:
    op = operation(step.op)
    kwargs = dict(build_call(op).kwargs)
    for wire in step.keys:  # the first key carries the id; drop other spellings
        kwargs.pop(_param(op, wire).name, None)
    kwargs[_param(op, step.keys[0]).name] = record_id
    return kwargs


def _list_kwargs(step: Step, created: Mapping[str, Any]) -> dict[str, Any]:
    op = operation(step.op)
    kwargs = {p.name: v for p, v in _call_params(op) if p.required}
    for wire in step.filters:  # the record's own value, so the filter keeps it
        value = _find(created, wire)
        if value is not None:
            kwargs[_param(op, wire).name] = value
    return kwargs


def _call_params(op: Operation) -> list[tuple[Param, Any]]:
    kwargs = build_call(op).kwargs
    return [(p, kwargs[p.name]) for p in op.params if p.name in kwargs]


def changeable_field(coll: Collection, step: Step) -> Param:
    """A plain text field the update sets and the collection's answers show."""
    shown = {w.lower() for s in coll.steps.values() if s.role != "delete" for w in _shown(s)}
    for p in operation(step.op).params:
        schema = p.schema
        if (
            p.location == "body"
            and p.wire.lower() not in {k.lower() for k in step.keys}
            and p.wire.lower() != coll.id.lower()
            and p.wire.lower() in shown
            and schema.get("type") == "string"
            and not ({"enum", "pattern", "format", "x-telegent-secret"} & set(schema))
            and int(schema.get("maxLength", 100)) >= len(CHANGED)
        ):
            return p
    raise AssertionError(f"{step.op}: no plain text field to change and read back")


def _shown(step: Step) -> list[str]:
    schema: Any = step.schema or {}
    if step.role == "list":
        schema = (schema.get("properties") or {}).get(step.items) if step.items else schema
        schema = (schema or {}).get("items") or {}
    return list(schema.get("properties") or {})


def _same(answered: Any, sent: Any) -> bool:
    # A number sent as text ("1.12") is answered as the number the answer's schema types.
    if isinstance(sent, str) and isinstance(answered, (int, float)):
        return float(sent) == answered
    return bool(answered == sent)


async def read_back(run: Runner, coll: Collection, record_id: str, created: Any) -> Any:
    """The record as the get answers it, else as the list holds it (None: not there)."""
    get = coll.step("get")
    if get is not None:
        try:
            return await run.answer(get, _key_kwargs(get, record_id))
        except telegent.NotFoundError:
            return None
    listed = coll.step("list")
    assert listed is not None, f"{coll.name}: neither a get nor a list to read records back"
    body = await run.answer(listed, _list_kwargs(listed, created))
    items = body if listed.items is None else body[listed.items]
    return next((r for r in items if _find(r, coll.id) == record_id), None)


async def round_trip(run: Runner, coll: Collection) -> None:
    """The whole round trip of one collection (see the module docstring)."""
    create = coll.step("create")
    assert create is not None
    sent_kwargs, sent_body = distinct_call(operation(create.op))
    body = await run.answer(create, sent_kwargs)
    record_id = _find(body, coll.id)
    assert re.fullmatch(re.escape(coll.prefix) + UUID, str(record_id)), record_id
    created = {**sent_body, **body}
    got = await read_back(run, coll, record_id, created)
    assert got is not None and _find(got, coll.id) == record_id
    for wire, value in sent_body.items():  # what was sent is what is answered
        for answer in (body, got):
            seen = shown_as_sent(answer, wire)
            assert seen is _ABSENT or _same(seen, value), (create.op, wire, seen, value)
    if coll.step("list") is not None:
        listed = coll.step("list")
        assert listed is not None
        page = await run.answer(listed, _list_kwargs(listed, created))
        items = page if listed.items is None else page[listed.items]
        assert record_id in [_find(r, coll.id) for r in items]

    update = coll.step("update")
    if update is not None:
        field = changeable_field(coll, update)
        kwargs = _key_kwargs(update, record_id)
        kwargs[field.name] = CHANGED
        await run.answer(update, kwargs)
        # The update may move the record (a new SubscriberId): list by what it holds now.
        created = {**created, **(build_call(operation(update.op)).body or {}), field.wire: CHANGED}
        shown = await read_back(run, coll, record_id, created)
        assert shown is not None and _find(shown, field.wire) == CHANGED, (update.op, shown)

    delete = coll.step("delete")
    if delete is not None:
        answer = await run.answer(delete, _key_kwargs(delete, record_id))
        if delete.answer_id and answer is not None:
            assert answer[delete.answer_id] == record_id
        assert await read_back(run, coll, record_id, created) is None
        if coll.step("get") is not None:
            get = coll.step("get")
            assert get is not None
            with pytest.raises(telegent.NotFoundError):
                await run.call(get.op, _key_kwargs(get, record_id))
