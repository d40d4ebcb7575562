"""Inputs the check cannot use exit 2 with one clear line on stderr; good ones are read.

URLs are served by pytest-httpx (no network); files are written to tmp_path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from telegent.spec import pinned_spec_path
from telegent.spec.drift import DEFAULT_URL, DriftCheckError, check_drift, main

from .helpers import FIXTURES, Doc, mutated, ok_media

URL = "https://specs.example.test/openapi.json"
OVERLAY = str(FIXTURES / "overlay.yaml")
PREFIX = "telegent spec drift: error: "


def drift(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([*args, "--overlay", OVERLAY])
    out, err = capsys.readouterr()
    return code, out, err


def assert_error(err: str, *fragments: str) -> None:
    assert err.startswith(PREFIX), err
    assert err.endswith("\n") and err.count("\n") == 1, f"one line expected: {err!r}"
    for fragment in fragments:
        assert fragment in err, f"{fragment!r} not in {err!r}"


def spec_bytes(doc: Doc | None = None) -> bytes:
    return json.dumps(doc if doc is not None else mutated()).encode()


# ---------------------------------------------------------------------------- URLs


URL_CASES: dict[str, tuple[Callable[[HTTPXMock], None], tuple[str, ...]]] = {
    "404": (
        lambda m: m.add_response(url=URL, status_code=404, text="nope"),
        ("published spec " + URL, "HTTP 404 Not Found"),
    ),
    "500": (
        lambda m: m.add_response(url=URL, status_code=500, text="oops"),
        ("HTTP 500",),
    ),
    "html": (
        lambda m: m.add_response(
            url=URL,
            text="<!DOCTYPE html><html><body>Docs moved</body></html>",
            headers={"content-type": "text/html; charset=utf-8"},
        ),
        ("not JSON (content-type text/html; charset=utf-8)", "looks like HTML"),
    ),
    "not-json": (
        lambda m: m.add_response(url=URL, text="{ this is not json"),
        ("not valid JSON", "line 1"),
    ),
    "yaml": (
        lambda m: m.add_response(
            url=URL,
            text="openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n",
            headers={"content-type": "application/yaml"},
        ),
        ("not JSON", "looks like YAML"),
    ),
    "empty": (
        lambda m: m.add_response(url=URL, content=b""),
        ("not JSON", "it is empty"),
    ),
    "connection-error": (
        lambda m: m.add_exception(httpx.ConnectError("Name or service not known")),
        ("cannot fetch it", "Name or service not known"),
    ),
    "timeout": (
        lambda m: m.add_exception(httpx.ReadTimeout("timed out")),
        ("no answer within 30 s",),
    ),
    "swagger": (
        lambda m: m.add_response(url=URL, json={"swagger": "2.0", "info": {}, "paths": {}}),
        ("Swagger/OpenAPI 2 document", "only OpenAPI 3.x"),
    ),
}


@pytest.mark.parametrize("case", sorted(URL_CASES))
def test_bad_urls_exit_2_with_one_line(
    case: str, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    arrange, fragments = URL_CASES[case]
    arrange(httpx_mock)

    code, out, err = drift(["--against", URL], capsys)

    assert (code, out) == (2, "")
    assert_error(err, *fragments)


def test_an_oversized_answer_is_refused(
    httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    httpx_mock.add_response(url=URL, content=spec_bytes())

    code, _, err = drift(["--against", URL, "--max-bytes", "1000"], capsys)

    assert code == 2
    assert_error(err, "1000-byte cap")


def test_a_served_spec_is_fetched_following_redirects(
    httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    httpx_mock.add_response(url=URL, status_code=301, headers={"location": URL + "?v=2"})
    httpx_mock.add_response(url=URL + "?v=2", content=spec_bytes())

    code, out, err = drift(["--against", URL], capsys)

    assert (code, err) == (0, "")
    assert "no drift" in out
    assert httpx_mock.get_requests()[0].headers["accept"] == "application/json"


def test_the_default_is_the_published_url(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=DEFAULT_URL, content=pinned_spec_path().read_bytes())

    report = check_drift(overlay=OVERLAY)

    assert report.published.source == DEFAULT_URL
    assert report.identical


def test_a_changed_served_spec_is_identified_by_its_bytes(httpx_mock: HTTPXMock) -> None:
    body = spec_bytes(mutated(lambda d: d["info"].__setitem__("version", "1.0.9"), bump=False))
    httpx_mock.add_response(url=URL, content=body)

    report = check_drift(URL, overlay=OVERLAY)

    assert report.published.version == "1.0.9"
    assert not report.identical
    assert report.changes == ()  # a version bump alone is no drift


def test_other_url_schemes_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = drift(["--against", "ftp://example.test/openapi.json"], capsys)

    assert code == 2
    assert_error(err, "unsupported URL scheme 'ftp'")


# --------------------------------------------------------------------------- files


def external_ref(doc: Doc) -> None:
    ok_media(doc, "/v1.0/numbers/update")["schema"] = {"$ref": "common.yaml#/Update"}


def dangling_ref(doc: Doc) -> None:
    ok_media(doc, "/v1.0/numbers/update")["schema"] = {"$ref": "#/components/schemas/Nope"}


def ref_loop(doc: Doc) -> None:
    doc["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
    doc["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
    ok_media(doc, "/v1.0/numbers/update")["schema"] = {"$ref": "#/components/schemas/A"}


FILE_CASES: dict[str, tuple[Callable[[Path], Any], tuple[str, ...]]] = {
    "missing": (lambda p: None, ("no such file",)),
    "directory": (lambda p: p.mkdir(), ("is a directory",)),
    "not-json": (lambda p: p.write_text("not json at all"), ("not valid JSON",)),
    # Hostile input: refused by the package's safe loader before any comparison.
    "duplicate-key": (
        lambda p: p.write_text('{"openapi": "3.0.3", "openapi": "3.1.0"}'),
        ("duplicate key 'openapi'",),
    ),
    "too-deep": (lambda p: p.write_text("[" * 5000 + "]" * 5000), ("nested deeper than",)),
    "yaml": (lambda p: p.write_text("openapi: 3.0.3\n"), ("looks like YAML",)),
    "top-level-list": (lambda p: p.write_text("[]"), ("the top level is an array",)),
    "swagger-2": (
        lambda p: p.write_text(json.dumps({"swagger": "2.0", "info": {}, "paths": {}})),
        ("Swagger/OpenAPI 2 document (swagger: '2.0')",),
    ),
    "openapi-missing": (
        lambda p: p.write_text(json.dumps({"info": {}, "paths": {}})),
        ("'openapi' is missing",),
    ),
    "openapi-2": (
        lambda p: p.write_text(json.dumps({"openapi": "2.0", "info": {}, "paths": {}})),
        ("'openapi' is '2.0'",),
    ),
    "no-info": (
        lambda p: p.write_text(json.dumps({"openapi": "3.0.3", "paths": {}})),
        ("no 'info' object",),
    ),
    "no-paths": (
        lambda p: p.write_text(json.dumps({"openapi": "3.0.3", "info": {}})),
        ("no 'paths' object",),
    ),
    "external-ref": (
        lambda p: p.write_bytes(spec_bytes(mutated(external_ref))),
        (
            "external $ref 'common.yaml#/Update'",
            "/paths/~1v1.0~1numbers~1update/post/responses/200/content/application~1json/schema",
            "never fetched",
        ),
    ),
    "dangling-ref": (
        lambda p: p.write_bytes(spec_bytes(mutated(dangling_ref))),
        ("dangling $ref '#/components/schemas/Nope'",),
    ),
    "ref-loop": (
        lambda p: p.write_bytes(spec_bytes(mutated(ref_loop))),
        ("only refers to itself",),
    ),
}


@pytest.mark.parametrize("case", sorted(FILE_CASES))
def test_bad_files_exit_2_with_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arrange, fragments = FILE_CASES[case]
    path = tmp_path / "published.json"
    arrange(path)

    code, out, err = drift(["--against", str(path)], capsys)

    assert (code, out) == (2, "")
    assert_error(err, f"published spec {path}", *fragments)


def test_a_bad_pinned_file_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = drift(["--pinned", str(tmp_path / "nope.json")], capsys)

    assert code == 2
    assert_error(err, "pinned spec", "no such file")


def test_a_ref_inside_example_data_is_only_data(tmp_path: Path) -> None:
    # Example values are literal payloads: a "$ref" key there must not be followed.
    doc = mutated(
        lambda d: ok_media(d, "/v1.0/numbers/update")["examples"]["example"]["value"].__setitem__(
            "Link", {"$ref": "https://elsewhere.test/x"}
        )
    )
    path = tmp_path / "published.json"
    path.write_bytes(spec_bytes(doc))

    report = check_drift(path, overlay=OVERLAY)

    assert [c.id for c in report.changes] == ["response-property-added"]


def test_an_external_ref_from_the_api_is_an_error_too() -> None:
    with pytest.raises(DriftCheckError, match="external \\$ref"):
        check_drift(mutated(external_ref), overlay=OVERLAY)


def test_a_parsed_document_must_be_json_data() -> None:
    with pytest.raises(DriftCheckError, match="^published spec: not JSON data: .*set"):
        check_drift({"openapi": "3.0.3", "info": {}, "paths": {}, "x": {1, 2}}, overlay=OVERLAY)


def test_bad_limits_are_value_errors_naming_the_value() -> None:
    with pytest.raises(ValueError, match="timeout must be positive, got 0"):
        check_drift(mutated(), overlay=OVERLAY, timeout=0)
    with pytest.raises(ValueError, match="max_bytes must be positive, got -1"):
        check_drift(mutated(), overlay=OVERLAY, max_bytes=-1)


# ------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--format", "xml"], "invalid choice: 'xml'"),
        (["--fail-on", "fatal"], "unknown level 'fatal'"),
        (["--timeout", "0"], "must be positive"),
        (["--max-bytes", "lots"], "not a number"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = drift(args, capsys)

    assert (code, out) == (2, "")
    assert_error(err, fragment)
