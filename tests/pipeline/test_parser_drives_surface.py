"""openapi-python-client's parser drives the SDK surface (issue 20).

``scripts/codegen`` builds its model from ``GeneratorData.from_dict`` and renders it with
templates; the patched spec is read only beside each item the parser gives (``x-telegent-*``,
document order, ...). These tests change the parser's model, not the spec, and see the
generated code follow; add an operation to a small spec and see a method appear; and check
that a hostile name still stops the pipeline and that no template spells the package.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.parser.properties import IntProperty, StringProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from telegent.spec._naming import UnsafeNameError

ROOT = Path(__file__).resolve().parents[2]
INFO = {"title": "Tiny", "version": "1.0", "sha256": "0" * 64}


@pytest.fixture(scope="module")
def codegen() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import codegen  # noqa: PLC0415
        import codegen.emit  # noqa: PLC0415
        import codegen.ir  # noqa: PLC0415
    finally:
        sys.path.pop(0)
    yield codegen


def tiny_spec() -> dict[str, Any]:
    """One resource, two operations; a record, a typed body, a renamed field."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "1.0"},
        "paths": {
            "/v1.0/widgets/{WidgetId}": {
                "get": {
                    "operationId": "getWidget",
                    "tags": ["Widgets"],
                    "summary": "One widget",
                    "parameters": [
                        {"name": "WidgetId", "in": "path", "required": True,
                         "schema": {"type": "string"}},
                        {"name": "Count", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {
                                "schema": {"$ref": "#/components/schemas/Widget"}}},
                        },
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Widget": {
                    "title": "Widget",
                    "type": "object",
                    "required": ["Id"],
                    "properties": {
                        "Id": {"type": "string"},
                        "Size": {"type": "integer"},
                        "MadeAt": {"type": "string", "format": "date-time"},
                        "Colour": {"type": "string", "x-telegent-name": "color"},
                    },
                },
            },
        },
    }  # fmt: skip


def with_create(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec plus ``POST /v1.0/widgets`` (no hand-written code names it anywhere)."""
    spec = copy.deepcopy(spec)
    spec["paths"]["/v1.0/widgets"] = {
        "post": {
            "operationId": "makeWidget",
            "tags": ["Widgets"],
            "summary": "Make a widget",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {
                    "type": "object",
                    "required": ["Size"],
                    "properties": {"Size": {"type": "integer"}, "Label": {"type": "string"}},
                }}},
            },
            "responses": {"200": {"description": "OK", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Widget"}}}}},
        }
    }  # fmt: skip
    return spec


def _text(files: dict[str, bytes], suffix: str) -> str:
    return next(data for rel, data in files.items() if rel.endswith(suffix)).decode("utf-8")


def test_record_fields_take_the_types_the_parser_gives(codegen: ModuleType) -> None:
    files = codegen.build_surface(tiny_spec(), INFO)
    record = _text(files, "/records/widget.py")
    assert "    id: str = wire('Id')\n" in record
    assert "    size: int | None = wire('Size', kind='int', default=None)\n" in record
    assert "made_at: datetime | None = wire('MadeAt', kind='datetime'" in record
    # The parser drops x-telegent-*: the name comes from the spec beside the property.
    assert "    color: str | None = wire('Colour', default=None)\n" in record


def test_a_type_changed_in_the_parsers_model_changes_the_generated_code(
    codegen: ModuleType,
) -> None:
    """The spec says ``Count`` is a string and ``Size`` an integer; the parser's model is
    edited to say the opposite, and the signature and the record follow the model."""
    spec = tiny_spec()
    parsed = codegen.ir.parse(spec)
    (endpoint,) = parsed.data.endpoint_collections_by_tag["widgets"].endpoints
    (count,) = endpoint.query_parameters
    endpoint.query_parameters[0] = IntProperty.build(
        name=count.name, required=False, default=None, python_name=count.python_name,
        description=None, example=None,
    )  # fmt: skip
    (widget,) = (m for m in parsed.data.models if str(m.class_info.name) == "Widget")
    as_string = {
        "Size": StringProperty.build(
            name=UntrustedString("Size"), required=False, default=None,
            python_name=PythonIdentifier("size", ""), description=None, example=None,
        )
    }  # fmt: skip
    widget.optional_properties = [
        as_string.get(str(p.name.get_untrusted_value()), p)
        for p in widget.optional_properties or []
    ]
    surface = codegen.ir.Builder(spec, parsed).build()
    (op,) = surface.operations
    assert {p.wire: p.pytype for p in op.params} == {"WidgetId": "str", "Count": "int"}
    size = next(f for f in surface.records["Widget"].fields if f.wire == "Size")
    assert (size.kind, size.pytype) == ("str", "str | None")


def test_an_operation_the_parser_drops_stops_the_pipeline_naming_it(
    codegen: ModuleType,
) -> None:
    spec = tiny_spec()
    parsed = codegen.ir.parse(spec)
    parsed.data.endpoint_collections_by_tag["widgets"].endpoints.clear()
    with pytest.raises(ValueError, match=r"paths\['/v1.0/widgets/\{WidgetId\}'\].get: "):
        codegen.ir.Builder(spec, parsed).build()


def test_a_new_operation_becomes_a_method_sync_async_and_raw(codegen: ModuleType) -> None:
    before = codegen.build_surface(tiny_spec(), INFO)
    after = codegen.build_surface(with_create(tiny_spec()), INFO)
    assert "def make_widget(" not in _text(before, "/resources/widgets.py")
    module = _text(after, "/resources/widgets.py")
    assert module.count("    def make_widget(\n        self,\n        size: int,\n") == 2
    assert module.count("    async def make_widget(\n        self,\n        size: int,\n") == 2
    assert "self._call('makeWidget', {'size': size, 'label': label}, Widget)" in module
    compile(module, "widgets.py", "exec")
    assert "`POST /v1.0/widgets` → `client.widgets.make_widget(size, *, label=...)`" in _text(
        after, "api.md"
    )
    assert "'makeWidget': 'widgets'" in _text(after, "/operations/__init__.py")


def test_the_parsers_warnings_are_returned(codegen: ModuleType) -> None:
    spec = tiny_spec()
    responses = spec["paths"]["/v1.0/widgets/{WidgetId}"]["get"]["responses"]
    responses["2xy"] = {"description": "not a status"}
    generated = codegen.generate(spec, INFO)
    assert any("Invalid response status code pattern: 2xy" in w for w in generated.warnings)
    assert codegen.generate(tiny_spec(), INFO).warnings == []


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("operationId", "get(self): pass\n    import os"),
        ("x-telegent-method", "../../escape"),
        ("x-telegent-resource", "os.system"),
    ],
)
def test_a_hostile_operation_name_still_stops_the_pipeline(
    codegen: ModuleType, where: str, value: str
) -> None:
    spec = tiny_spec()
    spec["paths"]["/v1.0/widgets/{WidgetId}"]["get"][where] = value
    with pytest.raises(UnsafeNameError, match=r"paths\['/v1.0/widgets/\{WidgetId\}'\].get"):
        codegen.generate(spec, INFO)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s["components"]["schemas"]["Widget"].update(title="Record"), "is refused"),
        (
            lambda s: s["components"]["schemas"].update(
                {"Bad Key": s["components"]["schemas"].pop("Widget") | {"title": None}}
            ),
            "record name",
        ),
        (
            lambda s: s["components"]["schemas"]["Widget"]["properties"]["Colour"].update(
                {"x-telegent-name": "c = 1; import os"}
            ),
            "x-telegent-name",
        ),
    ],
)
def test_a_hostile_record_or_field_name_still_stops_the_pipeline(
    codegen: ModuleType, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    spec = tiny_spec()
    edit(spec)
    ref = spec["paths"]["/v1.0/widgets/{WidgetId}"]["get"]["responses"]["200"]["content"]
    if "Bad Key" in spec["components"]["schemas"]:
        ref["application/json"]["schema"]["$ref"] = "#/components/schemas/Bad Key"
    with pytest.raises(UnsafeNameError, match=message):
        codegen.generate(spec, INFO)


def test_the_package_is_one_constant_no_template_spells_it(
    codegen: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(codegen.emit, "PACKAGE", "elsewhere._gen")
    monkeypatch.setattr(codegen.emit, "_ENVIRONMENTS", {})
    files = codegen.build_surface(with_create(tiny_spec()), INFO)
    assert all(rel.startswith("elsewhere/_gen/") for rel in files if rel != "api.md")
    for rel, data in files.items():
        assert b"telegent_mpaas_client" not in data, rel
    assert "'Widget': 'elsewhere._gen.records.widget'" in _text(files, "/records/__init__.py")


def test_twice_gives_the_same_bytes(codegen: ModuleType) -> None:
    spec = with_create(tiny_spec())
    assert codegen.build_surface(spec, INFO) == codegen.build_surface(copy.deepcopy(spec), INFO)
