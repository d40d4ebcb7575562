"""The compiled schema tests (``_schema._valid``) against the walk they stand in for.

``check_wire`` first asks the schema's compiled test; only a value it does not pass is
walked (``_explain``), which names the problem. So the test must never pass a value the
walk refuses (that would let a bad request through), and should pass every value the
walk accepts (else valid requests pay for the walk). Checked over every schema of the
registry -- each parameter's, each body rule, and every schema nested in them -- with
values built to fit each schema, then broken one way or another, plus arbitrary JSON.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telegent import _schema
from telegent._registry import operations
from telegent._schema import SchemaError
from telegent.testing._examples import instance_of


def _nested(schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield schema
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or ():
            yield from _nested(member)
    items = schema.get("items")
    if isinstance(items, Mapping):
        yield from _nested(items)
    for sub in (schema.get("properties") or {}).values():
        if isinstance(sub, Mapping):
            yield from _nested(sub)


def _registry_schemas() -> list[Mapping[str, Any]]:
    seen: dict[int, Mapping[str, Any]] = {}
    for op in operations():
        tops = [p.schema for p in op.params]
        if op.body_rules is not None:
            tops.append(op.body_rules)
        for top in tops:
            for schema in _nested(top):
                seen.setdefault(id(schema), schema)
    return list(seen.values())


SCHEMAS = _registry_schemas()


def _walk_accepts(value: Any, schema: Mapping[str, Any], monkeypatch: pytest.MonkeyPatch) -> bool:
    # The walk alone: every nested check_wire walks too (no compiled test is asked).
    with monkeypatch.context() as m:
        m.setattr(_schema, "_valid", lambda _schema: _schema_never)
        try:
            _schema.check_wire(value, schema, "value")
        except SchemaError:
            return False
        return True


def _schema_never(_value: Any) -> bool:
    return False


def _broken(value: Any) -> Iterator[Any]:
    """Values near ``value`` that may break its schema."""
    yield None
    yield ""
    yield " "
    yield 0
    yield True
    yield [value]
    yield {"x": value}
    if isinstance(value, str):
        yield value + "\n"
        yield value + "x"
        yield value[:-1]
        yield value.upper()
        yield value * 40
    if isinstance(value, bool):
        yield "true"
    elif isinstance(value, int):
        yield value + 1
        yield -value - 1
        yield float(value)
        yield 2**70
    if isinstance(value, list):
        yield []
        yield value + value  # a repeat (uniqueItems)
        for i, item in enumerate(value[:3]):
            for bad in _broken(item):
                yield [*value[:i], bad, *value[i + 1 :]]
    if isinstance(value, dict):
        yield {}
        yield {**value, "Unknown": 1}
        for key in list(value)[:6]:
            rest = {k: v for k, v in value.items() if k != key}
            yield rest
            for bad in _broken(value[key]):
                yield {**rest, key: bad}


def test_every_registry_schema_agrees_on_its_instances_and_their_breakages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked = passed = 0
    for schema in SCHEMAS:
        good = instance_of(schema)
        for case in [good, *_broken(good)]:
            value = copy.deepcopy(case)
            walk = _walk_accepts(value, schema, monkeypatch)
            assert _schema._valid(schema)(value) is walk, (schema, value)
            checked += 1
            passed += walk
    # The cases exercise both answers, many times over.
    assert len(SCHEMAS) > 100
    assert passed > 100
    assert checked - passed > 1000


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**65), 2**65)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["+12015550100", "12/31/2025", "8901240397190556232", "201", "84043"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(max_size=8) | st.sampled_from(["Number", "ICCID", "StatusChange"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(index=st.integers(0, len(SCHEMAS) - 1), value=_json)
def test_arbitrary_json_agrees(index: int, value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = SCHEMAS[index]
    assert _schema._valid(schema)(value) is _walk_accepts(value, schema, monkeypatch)


def test_a_schema_that_contains_itself_is_checked_as_deep_as_the_value() -> None:
    node: dict[str, Any] = {"type": "object", "properties": {"Name": {"type": "string"}}}
    node["properties"]["Child"] = node
    _schema.check_wire({"Name": "a", "Child": {"Name": "b", "Child": {}}}, node, "tree")
    with pytest.raises(SchemaError, match=r"tree\.Child\.Child\.Name must be a string"):
        _schema.check_wire({"Child": {"Child": {"Name": 3}}}, node, "tree")


def test_a_bad_pattern_is_reported_when_used_not_when_compiled() -> None:
    schema = {
        "type": "object",
        "properties": {"A": {"type": "string"}, "B": {"type": "string", "pattern": "("}},
    }
    _schema.check_wire({"A": "x"}, schema, "body")  # B absent: its pattern never runs
    with pytest.raises(Exception, match="missing"):
        _schema.check_wire({"B": "x"}, schema, "body")


# --------------------------------------------------------------------------- converters


def _walk_converts(value: Any, schema: Mapping[str, Any]) -> tuple[str, Any]:
    try:
        return "ok", _schema._convert(value, schema, "value")
    except (SchemaError, TypeError) as exc:
        return "error", type(exc)


def _python_forms(value: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """What a caller may pass for ``value``: Python field names, a shorthand, enum values
    in another case, a tuple for a list, dates -- and the wire form itself."""
    yield value
    yield from _broken(value)
    if isinstance(value, str):
        yield value.upper()
        yield f"  {value.replace('-', '_')} "
    if isinstance(value, list):
        yield tuple(value)
        yield set()
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        yield {_schema.field_name(k, props.get(k)): v for k, v in value.items()}
        yield {**value, "Extra": None, 3: "x"}
        shorthand = schema.get("x-telegent-shorthand")
        if shorthand in value:
            yield value[shorthand]
    yield date(2026, 12, 31)


def test_every_registry_schema_converts_as_the_walk_does() -> None:
    fast = 0
    for schema in SCHEMAS:
        for case in _python_forms(instance_of(schema), schema):
            value = copy.deepcopy(case)
            try:
                got = _schema._converter(schema)(value)
            except Exception:  # noqa: BLE001 - left to the walk: nothing to compare
                continue
            fast += 1
            assert _walk_converts(value, schema) == ("ok", got), (schema, value)
    assert fast > 1000  # the compiled converters do convert, for most shapes


@settings(max_examples=300, deadline=None)
@given(index=st.integers(0, len(SCHEMAS) - 1), value=_json)
def test_arbitrary_values_convert_as_the_walk_does(index: int, value: Any) -> None:
    schema = SCHEMAS[index]
    try:
        got = _schema._converter(schema)(value)
    except Exception:  # noqa: BLE001 - left to the walk
        return
    assert _walk_converts(value, schema) == ("ok", got)


def test_to_wire_leaves_what_the_converter_cannot_do_to_the_walk() -> None:
    schema = {
        "type": "object",
        "properties": {
            "EffectiveDate": {"type": "string", "x-telegent-format": "us-date"},
            "Numbers": {"type": "array", "items": {"type": "string"}},
        },
    }
    wire = _schema.to_wire(
        {"effective_date": date(2026, 1, 2), "numbers": {"+12015550100"}}, schema, "body"
    )
    assert wire == {"EffectiveDate": "01/02/2026", "Numbers": ["+12015550100"]}
    with pytest.raises(TypeError, match=r"body\.numbers must be a list, got str"):
        _schema.to_wire({"Numbers": "+12015550100"}, schema, "body")


# --------------------------------------------------------------------------- fused lists


def _converted_and_walked(value: Any, schema: Mapping[str, Any], monkeypatch: Any) -> Any:
    wire = _schema._convert(value, schema, "value")
    with monkeypatch.context() as m:
        m.setattr(_schema, "_valid", lambda _schema: _schema_never)
        _schema.check_wire(wire, schema, "value", python_names=True)
    return wire


def _string_lists(schema: Mapping[str, Any]) -> Iterator[Any]:
    good = instance_of(schema)
    item = schema.get("items") or {}
    wrap = item.get("x-telegent-shorthand")
    texts = [i.get(wrap) if isinstance(i, dict) else i for i in good] if wrap else []
    yield texts
    yield tuple(texts)
    yield texts + texts  # repeats
    yield []
    yield [*texts, ""]
    yield [*texts, " "]
    yield [*texts, "x"]
    yield [*texts, None]
    yield [*texts, 5]
    yield [t.lower() for t in texts if isinstance(t, str)]
    yield [f" {t} " for t in texts if isinstance(t, str)]
    yield [f"{t}\n" for t in texts if isinstance(t, str)]
    yield [f"+1201555{i:04d}" for i in range(300)]
    yield ["8901240397190556232"] * 2


def test_fused_lists_convert_and_check_as_the_walk_does(monkeypatch: pytest.MonkeyPatch) -> None:
    fused_schemas = fused = 0
    for schema in SCHEMAS:
        fuse = _schema._fused(schema)
        if fuse is None:
            continue
        fused_schemas += 1
        for case in _string_lists(schema):
            try:
                got = fuse(copy.deepcopy(case))
            except Exception:  # noqa: BLE001 - left to the usual path
                continue
            fused += 1
            assert _converted_and_walked(copy.deepcopy(case), schema, monkeypatch) == got
    assert fused_schemas >= 3  # changeNumberStatus, setDataUsageLimit, ...
    assert fused >= fused_schemas  # each took at least its own list of numbers


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    index=st.integers(0, 1000),
    texts=st.lists(
        st.sampled_from(["+12015550100", "+12015550101", "+1201555", "8901240397190556232"])
        | st.text(max_size=14),
        max_size=5,
    ),
)
def test_fused_lists_of_any_strings(
    index: int, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fusable = [s for s in SCHEMAS if _schema._fused(s) is not None]
    schema = fusable[index % len(fusable)]
    try:
        got = _schema._fused(schema)(texts)  # type: ignore[misc]
    except Exception:  # noqa: BLE001 - left to the usual path
        return
    assert _converted_and_walked(texts, schema, monkeypatch) == got
