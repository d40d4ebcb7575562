"""telegent.spec._safeload on real files and a real local HTTP server.

Every hostile input ends quickly with a typed SpecInputError whose message is one line.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from telegent.spec import _safeload as sl
from telegent.spec._resources import overlay_path

from ._bounded import ends_within
from ._http import Drip, local_server

# The classic "billion laughs": 9 levels of 9 aliases, ~10^9 strings once expanded, as an
# overlay's update value (the shape it takes when given as `--overlay`).
ALIAS_BOMB = """\
overlay: 1.0.0
info: {title: lol, version: '1'}
actions:
  - target: $.info
    update:
      a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def refused(kind: type[sl.SpecInputError], call: Any) -> sl.SpecInputError:
    """Run *call* (bounded); it must raise *kind* with a one-line message."""
    error = ends_within(60, call)
    assert isinstance(error, kind), repr(error)
    assert "\n" not in str(error)
    return error


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# ------------------------------------------------------------------------- YAML aliases


def test_alias_bomb_is_refused_fast_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.yaml", ALIAS_BOMB)
    assert len(ALIAS_BOMB.encode()) < 700
    error = refused(sl.YAMLAliasError, lambda: sl.load_document(path, formats="json-or-yaml"))
    assert "bomb.yaml" in str(error)
    assert "expand to more than 1000000 nodes" in str(error)


def test_alias_expansion_within_the_budget_is_allowed(tmp_path: Path) -> None:
    # Three levels of nine: 729 strings, shared structure becomes independent data.
    text = "\n".join(ALIAS_BOMB.splitlines()[:8]) + "\n"
    doc = sl.load_document(write(tmp_path, "ok.yaml", text), formats="yaml").document
    update = doc["actions"][0]["update"]
    assert update["c"] == [[["lol"] * 9] * 9] * 9
    error = refused(
        sl.YAMLAliasError,
        lambda: sl.load_document(
            write(tmp_path, "small.yaml", text), formats="yaml", max_nodes=500
        ),
    )
    assert "more than 500 nodes" in str(error)


def test_the_projects_overlay_uses_anchors_and_loads() -> None:
    assert "*lenient_bool" in overlay_path().read_text(encoding="utf-8")
    doc = sl.load_document(overlay_path(), formats="json-or-yaml").document
    assert doc["overlay"].startswith("1.")


def test_aliases_refused_outright_on_request() -> None:
    error = refused(
        sl.YAMLAliasError,
        lambda: sl.load_document(overlay_path(), formats="yaml", yaml_aliases="refuse"),
    )
    assert "YAML alias *" in str(error)
    assert "line " in str(error)


def test_an_alias_inside_itself_is_refused() -> None:
    error = refused(
        sl.YAMLAliasError,
        lambda: sl.parse_document("a: &x [1, *x]\n", label="loop", formats="yaml"),
    )
    assert "contains itself" in str(error)


# --------------------------------------------------------------------------- YAML tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("a: !!python/object/apply:os.system ['true']\n", "python/object/apply:os.system"),
        ("a: !!python/name:os.system\n", "python/name:os.system"),
        ("a: !!binary aGVsbG8=\n", "binary"),
        ("a: !!set {x, y}\n", "set"),
        ("a: !local 1\n", "!local"),
    ],
)
def test_custom_yaml_tags_are_refused_before_construction(
    tmp_path: Path, text: str, tag: str
) -> None:
    path = write(tmp_path, "tagged.yaml", text)
    error = refused(sl.YAMLTagError, lambda: sl.load_document(path, formats="yaml"))
    assert tag in str(error)
    assert "tagged.yaml" in str(error)


def test_yaml_core_tags_and_json_shapes_are_kept(tmp_path: Path) -> None:
    text = "version: 2024-05-01\nresponses:\n  200: {description: OK}\nn: !!str 12\nx: !!int '3'\n"
    doc = sl.load_document(write(tmp_path, "fine.yaml", text), formats="yaml").document
    assert doc == {
        "version": "2024-05-01",
        "responses": {"200": {"description": "OK"}},
        "n": "12",
        "x": 3,
    }


# ----------------------------------------------------------------------- duplicate keys


@pytest.mark.parametrize(
    ("text", "formats"),
    [
        ('{"info": {"title": "a", "title": "b"}}', "json"),
        ("info:\n  title: a\n  title: b\n", "yaml"),
        ('{"info": {"title": "a", "title": "b"}}', "json-or-yaml"),
    ],
)
def test_duplicate_keys_are_refused(tmp_path: Path, text: str, formats: Any) -> None:
    path = write(tmp_path, "dup.txt", text)
    error = refused(sl.DuplicateKeyError, lambda: sl.load_document(path, formats=formats))
    assert "duplicate key 'title'" in str(error)


# ------------------------------------------------------------------------------- depth


@pytest.mark.parametrize("depth", [201, 100_000])
def test_json_nested_too_deep_is_refused(tmp_path: Path, depth: int) -> None:
    path = write(tmp_path, "deep.json", '{"a":' * depth + "1" + "}" * depth)
    error = refused(sl.NestingTooDeepError, lambda: sl.load_document(path))
    assert "nested deeper than 200 levels" in str(error)


def test_json_at_the_depth_limit_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.json", '{"a":' * 200 + "1" + "}" * 200)
    assert sl.load_document(path).document["a"]["a"]["a"]


@pytest.mark.parametrize(
    "text", ["a: " + "[" * 100_000, "a:\n" + "".join(" " * i + "- \n" for i in range(1, 400))]
)
def test_yaml_nested_too_deep_is_refused(text: str) -> None:
    refused(sl.NestingTooDeepError, lambda: sl.parse_document(text, label="deep", formats="yaml"))


def test_yaml_aliases_cannot_nest_past_the_limit() -> None:
    # Each line is 150 deep in the text; the alias puts one inside the other: 300 deep.
    inner = "[" * 150 + "]" * 150
    text = f"a: &a {inner}\nb: {'[' * 149}*a{']' * 149}\n"
    error = refused(
        sl.NestingTooDeepError, lambda: sl.parse_document(text, label="x", formats="yaml")
    )
    assert "once aliases are expanded" in str(error)


def test_a_parsed_mapping_nested_too_deep_is_refused() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(50_000):  # built iteratively: no recursion to get here either
        node["a"] = {}
        node = node["a"]
    refused(sl.NestingTooDeepError, lambda: sl.load_document(deep))


# -------------------------------------------------------------------------------- size


def test_dev_zero_fails_fast_at_the_cap() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    error = refused(sl.InputTooLargeError, lambda: sl.load_document("/dev/zero"))
    assert f"{sl.DEFAULT_MAX_BYTES}-byte cap" in str(error)


def test_files_are_capped_at_exactly_max_bytes(tmp_path: Path) -> None:
    body = b'{"a": "' + b"x" * 100 + b'"}'
    path = write(tmp_path, "spec.json", body)
    assert sl.load_document(path, max_bytes=len(body)).document["a"] == "x" * 100
    refused(sl.InputTooLargeError, lambda: sl.load_document(path, max_bytes=len(body) - 1))
    refused(sl.InputTooLargeError, lambda: sl.load_document(body, max_bytes=len(body) - 1))


def test_unreadable_sources_are_typed(tmp_path: Path) -> None:
    assert "no such file" in str(
        refused(sl.InputReadError, lambda: sl.load_document(tmp_path / "nope.json"))
    )
    assert "directory" in str(refused(sl.InputReadError, lambda: sl.load_document(tmp_path)))
    error = refused(sl.UnsupportedSourceError, lambda: sl.load_document("file:///etc/passwd"))
    assert "'file'" in str(error)
    assert "an array" in str(refused(sl.NotAnObjectError, lambda: sl.load_document(b"[1]")))
    assert "not UTF-8" in str(
        refused(sl.InputSyntaxError, lambda: sl.load_document(b'{"a": "\xff"}'))
    )


# --------------------------------------------------------------------------------- URLs


def test_url_is_read_over_a_real_socket() -> None:
    body = json.dumps({"openapi": "3.0.3", "info": {}, "paths": {}}).encode()
    with local_server() as server:
        server.routes["/spec.json"] = body
        loaded = sl.load_document(server.url("/spec.json"), timeout=10)
    assert loaded.document["openapi"] == "3.0.3"
    assert loaded.content_type == "application/json"
    assert loaded.source.endswith("/spec.json")
    assert server.hits == ["/spec.json"]


def test_dripping_url_ends_at_the_overall_timeout() -> None:
    # 1 byte every 0.25 s for 120 bytes = 30 s if the client waited for it all; every single
    # read is quick, so only an overall deadline stops it.
    with local_server() as server:
        server.routes["/drip"] = Drip(size=120, interval=0.25)
        started = time.monotonic()
        error = refused(
            sl.InputTimeoutError, lambda: sl.load_document(server.url("/drip"), timeout=2)
        )
        elapsed = time.monotonic() - started
    assert "not fully read within 2 s" in str(error)
    assert elapsed < 20  # 10x the timeout: a bound on a hang, not a timing claim


def test_url_answers_are_capped_and_errors_typed() -> None:
    with local_server() as server:
        server.routes["/big"] = b"{" + b" " * 5000 + b"}"
        error = refused(
            sl.InputTooLargeError, lambda: sl.load_document(server.url("/big"), max_bytes=1000)
        )
        assert "5002 bytes" in str(error)
        error = refused(sl.InputReadError, lambda: sl.load_document(server.url("/missing")))
        assert "HTTP 404" in str(error)


# ----------------------------------------------------------------------- external $refs


def test_file_ref_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.json", '{"token": "s3cr3t"}')
    spec = {
        "openapi": "3.0.3",
        "components": {"schemas": {"A": {"$ref": secret.as_uri() + "#/token"}}},
    }
    error = refused(sl.ExternalRefError, lambda: sl.load_document(json.dumps(spec).encode()))
    assert isinstance(error, sl.ExternalRefError)
    assert error.ref == secret.as_uri() + "#/token"
    assert error.pointer == "/components/schemas/A"
    assert "s3cr3t" not in str(error)


def test_http_ref_is_refused_without_a_request() -> None:
    with local_server() as server:
        server.routes["/schema.json"] = b'{"type": "string"}'
        ref = server.url("/schema.json")
        spec = {"openapi": "3.0.3", "paths": {"/x": {"get": {"responses": {"200": {"$ref": ref}}}}}}
        error = refused(sl.ExternalRefError, lambda: sl.load_document(spec))
        assert server.hits == []
    assert ref in str(error)
    assert "/paths/~1x/get/responses/200" in str(error)


def test_relative_file_ref_is_external() -> None:
    spec = {"paths": {}, "x": [{"$ref": "other.yaml#/components/schemas/B"}]}
    assert list(sl.find_external_refs(spec)) == [("/x/0", "other.yaml#/components/schemas/B")]


def test_refs_in_literal_data_and_internal_refs_pass() -> None:
    spec = {
        "components": {
            "schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "object", "example": {"$ref": "http://example.test/x"}},
                "C": {"properties": {"$ref": {"type": "string"}}},
            },
            "examples": {"E": {"value": {"$ref": "file:///etc/passwd"}}},
        },
        "x-vendor": {"$ref": "https://example.test"},
    }
    assert list(sl.find_external_refs(spec)) == []
    assert sl.load_document(spec).document == spec


def test_external_refs_may_be_allowed_explicitly() -> None:
    spec = {"a": {"$ref": "other.json"}}
    assert sl.load_document(spec, external_refs="allow").document == spec


def test_sha256_is_of_the_bytes_as_read(tmp_path: Path) -> None:
    body = b'{"b": 1,\n "a": 2}'
    import hashlib

    path = write(tmp_path, "s.json", body)
    assert sl.load_document(path).sha256 == hashlib.sha256(body).hexdigest()
    assert os.fspath(path) == sl.load_document(path).source
