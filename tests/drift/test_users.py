"""The drift report for the team that pins the SDK (issue 13): findings name the SDK calls
they affect, values the SDK relies on are watched, a rename is one finding, `--scope used`
keeps to what the SDK wraps, annotations point at a file and line, and every output format
says something even when the check cannot run.

These tests use the project's own overlay (the one shipped in the package), so that the
helper and relied-on declarations under test are the real ones. Operations are derived from
the pinned spec, never assumed to be exactly four.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from telegent.spec import (
    apply_overlay,
    check_drift,
    load_overlay,
    overlay_path,
    overlay_paths,
    pinned_spec_path,
)
from telegent.spec._naming import iter_operations, operation_method, operation_resource
from telegent.spec.drift import DriftReport, Level, main
from telegent.spec.drift.lines import json_pointer_lines

from .helpers import INVENTORY, ORDER, STATUS, Doc, mutated, ok_media, op, pinned

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
FULL_SPEC = Path("/work/shared/published/openapi.json")
URL = "https://specs.example.test/openapi.json"
ANNOTATION = re.compile(r"^::(error|warning|notice) (.*?)::(.*)$")


def synthetic() -> ModuleType:
    """bench/synthetic.py (the 150-operation spec generator), loaded by path."""
    spec = importlib.util.spec_from_file_location("_synthetic", REPO / "bench" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project_run(published: Doc, **kwargs: Any) -> DriftReport:
    """The check as a downstream user runs it: the package's spec and overlay."""
    return check_drift(published, **kwargs)


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, doc: Doc, name: str = "published.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc, indent=2))
    return str(path)


# ---------------------------------------------------------------- relied-on values


def completed_instead_of_complete(doc: Doc) -> None:
    for item in ok_media(doc, ORDER)["examples"].values():
        if item["value"].get("OrderStatus") in ("Complete", "Error"):
            item["value"]["OrderStatus"] = "Completed"


def test_a_new_order_status_in_the_examples_warns_naming_orders_wait() -> None:
    assert any(
        item["value"].get("OrderStatus") in ("Complete", "Error")
        for item in ok_media(pinned(), ORDER)["examples"].values()
    ), "the pinned order examples show a final status"

    report = project_run(mutated(completed_instead_of_complete))

    relied = [c for c in report.changes if c.id == "relied-on-value-changed"]
    assert relied, [c.line() for c in report.changes]
    assert all(c.level.rank >= Level.WARN.rank for c in relied)
    assert any("client.orders.wait" in c.methods for c in relied)
    assert any('"Completed"' in c.message for c in relied)
    assert "client.orders.wait" in report.render("text")


def test_a_dropped_change_type_is_an_error_naming_the_helper() -> None:
    def drop_park(doc: Doc) -> None:
        schema = op(doc, STATUS)["requestBody"]["content"]["application/json"]["schema"]
        schema["properties"]["StatusChange"]["enum"].remove("park")

    report = project_run(mutated(drop_park))

    (relied,) = [c for c in report.changes if c.id == "relied-on-value-changed"]
    assert relied.level is Level.ERR
    assert "client.numbers.park" in relied.methods
    assert relied.advice.value == "wait for a release"


# -------------------------------------------------------------------- media types


def error_media_first(media: str) -> Callable[[Doc], None]:
    """Every error response offered as JSON and text, *media* listed first."""

    def mutate(doc: Doc) -> None:
        for _, _, operation in iter_operations(doc):
            for status, response in operation["responses"].items():
                content = response.get("content")
                if status.startswith(("4", "5")) and content and "application/json" in content:
                    content.setdefault("text/plain", {"schema": {"type": "string"}})
                    response["content"] = {media: content[media]} | {
                        k: v for k, v in content.items() if k != media
                    }

    return mutate


def test_text_plain_before_json_on_error_responses_is_at_least_a_warning() -> None:
    # JSON first in the pinned side, whatever order the pinned spec lists them in.
    base = mutated(error_media_first("application/json"), bump=False)
    report = project_run(mutated(error_media_first("text/plain"), base=base), pinned=base)

    found = {c.operation for c in report.changes if c.id == "response-media-type-order-changed"}
    expected = {
        f"{m.upper()} {p}"
        for p, m, o in iter_operations(base)
        if any(s.startswith(("4", "5")) and "content" in r for s, r in o["responses"].items())
    }
    assert expected and found == expected
    assert all(
        c.level.rank >= Level.WARN.rank and c.methods
        for c in report.changes
        if c.id == "response-media-type-order-changed"
    )


# ------------------------------------------------------- same version, other content


def test_same_version_with_other_content_is_a_warning() -> None:
    published = mutated(lambda d: d["info"].__setitem__("title", "Renamed"), bump=False)

    report = project_run(published)

    assert [(c.id, c.level) for c in report.changes] == [("spec-changed-same-version", Level.WARN)]
    assert report.pinned.version == report.published.version
    assert report.pinned.sha256[:12] in report.changes[0].message


def test_same_version_same_content_in_other_bytes_is_no_finding(tmp_path: Path) -> None:
    # Reformatted, not changed: the sha256 differs, the document does not.
    path = write(tmp_path, pinned())

    report = check_drift(path)

    assert not report.identical
    assert report.changes == ()


# --------------------------------------------------------------- superseded actions


def full_like_spec() -> Doc:
    """The pinned spec as the vendor's full one has it: a `bearerAuth` scheme (lower case)
    under `components.securitySchemes`."""
    doc = pinned()
    doc["components"]["securitySchemes"] = {"bearerAuth": {"type": "http", "scheme": "bearer"}}
    return doc


def test_no_false_superseded_when_the_published_spec_has_no_security_schemes(
    tmp_path: Path,
) -> None:
    published = mutated(lambda d: d["components"].pop("securitySchemes", None))

    report = check_drift(published, pinned=write(tmp_path, full_like_spec()))

    assert "securitySchemes" not in published["components"]
    assert not [o for o in report.overlay if "BearerAuth" in o.message], [
        o.line() for o in report.overlay
    ]


def test_superseded_is_still_reported_when_the_vendor_adds_bearer_auth() -> None:
    published = mutated(
        lambda d: d["components"].__setitem__(
            "securitySchemes",
            {
                "BearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "JWT",
                    "description": "The vendor's own words.",
                }
            },
        )
    )

    report = project_run(published)

    (found,) = [o for o in report.overlay if o.id == "overlay-action-superseded"]
    # The overlay adds `BearerAuth` under `components.securitySchemes`: the vendor now has it.
    assert "the published spec now has BearerAuth" in found.message


@pytest.mark.skipif(not FULL_SPEC.exists(), reason="the vendor's full spec is not on this machine")
def test_no_false_superseded_between_the_full_spec_and_the_pinned_one() -> None:
    for pinned_side, against in ((str(FULL_SPEC), str(pinned_spec_path())), (None, str(FULL_SPEC))):
        report = check_drift(against, pinned=pinned_side)
        assert not [o for o in report.overlay if "securitySchemes.BearerAuth" in o.message]


# ------------------------------------------------------------------------- renames


def test_a_renamed_path_is_one_finding_listing_the_overlay_targets_to_move() -> None:
    new = ORDER + "s"
    report = project_run(mutated(lambda d: d["paths"].__setitem__(new, d["paths"].pop(ORDER))))

    about = [c for c in report.changes if ORDER in (c.operation or "") or c.renamed_from]
    assert [(c.id, c.level) for c in about] == [("api-operation-renamed", Level.ERR)]
    (renamed,) = about
    assert renamed.renamed_from == f"GET {ORDER}"
    assert renamed.operation == f"GET {new}"
    assert "client.orders.wait" in renamed.methods
    targets = [m.target for m in renamed.overlay_moves]
    assert targets and all(f"'{ORDER}'" in t for t in targets)
    assert all(
        m.new_target == m.target.replace(f"'{ORDER}'", f"'{new}'") for m in renamed.overlay_moves
    )
    moved = {m.index for m in renamed.overlay_moves}
    assert not [o for o in report.overlay if o.id == "overlay-target-vanished" and o.index in moved]


def test_a_path_differing_only_in_case_is_related_to_the_client_call() -> None:
    # The vendor documents the inventory call a second time, spelled in other letter case
    # (as it spells the token path `/v1.0/OAuth2/tokens` where the API serves lowercase).
    spelled = INVENTORY.replace("numbers/inventory", "Numbers/Inventory")
    assert spelled not in pinned()["paths"]

    def vendor_spelling(doc: Doc) -> None:
        doc["paths"][spelled] = {"get": {"responses": {"200": {"description": "ok"}}}}

    report = project_run(mutated(vendor_spelling))

    (added,) = [c for c in report.changes if c.operation == f"GET {spelled}"]
    assert added.related == f"GET {INVENTORY}"
    assert added.methods  # the client's inventory method
    assert "letter case" in added.message


# ------------------------------------------------------------ the caller's words


def rich(doc: Doc) -> None:
    completed_instead_of_complete(doc)
    for _, _, operation in iter_operations(doc):
        operation.setdefault("parameters", []).append(
            {"name": "Region", "in": "query", "required": True, "schema": {"type": "string"}}
        )
    doc["paths"]["/v1.0/numbers/release"] = {"post": {"responses": {"200": {"description": "x"}}}}


def test_every_finding_names_the_affected_client_methods_in_text_and_markdown() -> None:
    report = project_run(mutated(rich))
    text, markdown = report.render("text"), report.render("markdown")

    called = [c for c in report.changes if c.methods]
    assert len(called) >= len(list(iter_operations(pinned())))
    for change in called:
        assert change.methods[0] in text, change.line()
        assert f"`{change.methods[0]}`" in markdown or "every SDK method" in markdown
        assert change.impact and change.advice
    # The only change without a method is an addition no method calls yet.
    assert {c.id for c in report.changes if not c.methods} == {"api-path-added"}
    # Maintainer detail sits under its own heading.
    assert "overlay action" not in markdown.split("#### For SDK maintainers")[0]


# --------------------------------------------------------------------------- scope


def test_scope_used_on_the_150_operation_spec_reports_only_the_wrapped_operations(
    tmp_path: Path,
) -> None:
    module = synthetic()
    base = module.synthetic_spec(pinned(), 150)
    # The wrapped operations: those the project's overlay gives a convenience method
    # (x-telegent-helpers, hand-written; x-telegent-paginate, a generated pager).
    patched = apply_overlay(base, load_overlay(overlay_path())).document
    wrapped = {
        f"{m.upper()} {p}"
        for p, m, o in iter_operations(patched)
        if o.get("x-telegent-helpers") or o.get("x-telegent-paginate")
    }
    order = [f"{m.upper()} {p}" for p, m, _ in iter_operations(base)]
    assert wrapped and len(wrapped) < len(order)
    # The synthetic mutation changes every `every`-th operation in document order: pick the
    # sparsest that reaches a wrapped operation wherever the pinned spec lists them.
    every = next(e for e in range(5, 0, -1) if any(order.index(w) % e == 0 for w in wrapped))
    published = module.mutated(base, every=every)
    pinned_file = write(tmp_path, base, "pinned.json")

    everything = check_drift(published, pinned=pinned_file)
    used = check_drift(published, pinned=pinned_file, scope="used")

    assert {c.operation for c in everything.changes} - wrapped - {None}, "the mutation hits clones"
    kept = {c.operation for c in used.changes} - {None}
    assert kept and kept <= wrapped
    assert used.scope == "used"


def test_methods_narrow_the_scope_to_what_they_call(tmp_path: Path) -> None:
    report = project_run(mutated(rich), methods=["orders.wait"])

    assert {c.operation for c in report.changes} <= {f"GET {ORDER}", None}
    assert any("client.orders.wait" in c.methods for c in report.changes)


def test_an_unknown_method_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(["--against", str(pinned_spec_path()), "--methods", "orders.whizz"], capsys)

    assert code == 2
    assert "'orders.whizz'" in err and err.count("\n") == 1


# ------------------------------------------------------------------------- outputs


def test_github_annotations_carry_the_file_and_line_they_point_at(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(["--against", write(tmp_path, mutated(rich)), "--format", "github"], capsys)

    assert code == 1
    notes = [ANNOTATION.match(line) for line in out.splitlines() if line.startswith("::")]
    located = [m for m in notes if m and "file=" in m.group(2)]
    assert len(located) >= len(notes) - 2  # the additions and "more" summaries have none
    files = {"openapi.json": pinned_spec_path(), "overlay/telegent.overlay.yaml": overlay_path()}
    for match in located:
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        lines = (
            files[props["file"].replace("src/telegent/spec/_data/", "")].read_text().splitlines()
        )
        line = lines[int(props["line"]) - 1]
        if props["file"].endswith(".yaml"):
            assert line.lstrip().startswith("- target:"), line
        else:
            assert line.strip(), line


def test_github_shows_at_most_ten_annotations_and_summarises_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = synthetic()
    base = module.synthetic_spec(pinned(), 150)
    args = ["--pinned", write(tmp_path, base, "pinned.json"), "--format", "github"]
    code, out, _ = cli([*args, "--against", write(tmp_path, module.mutated(base, every=3))], capsys)

    notes = [line for line in out.splitlines() if line.startswith("::")]
    assert code == 1
    assert len(notes) == 10
    assert "more findings" in notes[-1]


def test_markdown_summarises_additions_instead_of_a_row_each(tmp_path: Path) -> None:
    module = synthetic()
    published = module.synthetic_spec(pinned(), 150)

    markdown = check_drift(published).render("markdown")

    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert len(rows) < 20
    added = 150 - len(list(iter_operations(pinned())))
    assert f"#### New in the published spec ({added} INFO)" in markdown


def test_markdown_is_written_on_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.json")
    code, out, err = cli(["--against", missing, "--format", "markdown"], capsys)

    assert code == 2
    assert out.startswith("### Spec drift: the check could not run")
    assert "no such file" in out and "no such file" in err


def test_markdown_is_written_on_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["--format", "markdown", "--fail-on", "SEVERE"], capsys)

    assert code == 2
    assert "SEVERE" in out


def test_save_writes_the_fetched_spec_once_for_later_steps(
    httpx_mock: HTTPXMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps(mutated(rich)).encode()
    httpx_mock.add_response(url=URL, content=body)
    saved = tmp_path / "published.json"

    first, _, _ = cli(["--against", URL, "--save", str(saved), "--format", "github"], capsys)
    second, out, _ = cli(["--against", str(saved), "--format", "markdown"], capsys)

    assert saved.read_bytes() == body
    assert (first, second) == (1, 1)
    assert out.startswith("### Spec drift:")
    assert len(httpx_mock.get_requests()) == 1


def test_json_pointer_lines_point_at_the_keys_of_the_pretty_printed_file() -> None:
    text = pinned_spec_path().read_text()
    lines = json_pointer_lines(text)
    rows = text.splitlines()

    for path in pinned()["paths"]:
        pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1")
        assert json.dumps(path) in rows[lines[pointer] - 1]
    assert '"version"' in rows[lines["/info/version"] - 1]
    assert '"servers"' in rows[lines["/servers"] - 1]


def test_a_response_field_renamed_in_the_examples_is_one_finding() -> None:
    def iccid_upper(doc: Doc) -> None:
        for item in ok_media(doc, INVENTORY)["examples"].values():
            for record in item["value"].get("PhoneNumbers", []):
                if "Iccid" in record:
                    record["ICCID"] = record.pop("Iccid")

    report = project_run(mutated(iccid_upper))

    about = [c for c in report.changes if "Iccid" in c.location or "ICCID" in c.location]
    assert [(c.id, c.level) for c in about] == [("response-property-renamed", Level.ERR)]
    (renamed,) = about
    assert "'ICCID'" in renamed.message
    assert "NumberRecord.iccid" in renamed.fields
    assert "client.numbers.list" in renamed.methods


# ----------------------------------------------------------- every overlay file


def sdk_methods(overlays: list[Path]) -> dict[str, str]:
    """Operation -> ``client.<resource>.<method>`` in the spec patched by *overlays*."""
    doc = pinned()
    for path in overlays:
        doc = apply_overlay(doc, load_overlay(path)).document
    return {
        f"{m.upper()} {p}": f"client.{operation_resource(o)}.{operation_method(o, p, m)}"
        for p, m, o in iter_operations(doc)
    }


def test_the_default_overlay_is_every_overlay_file_the_package_ships() -> None:
    # The generated client is made of all the overlays in order; method names of the full
    # spec's operations come from the names overlay, not the hand-written one.
    every = sdk_methods(overlay_paths())
    main_only = sdk_methods([overlay_path()])
    renamed = sorted(k for k in every if k in main_only and every[k] != main_only[k])
    assert renamed, "an overlay after the hand-written one names operations"
    operation = renamed[0]
    method, path = operation.split(" ", 1)

    published = mutated(lambda d: d["paths"][path][method.lower()].__setitem__("deprecated", True))

    # The default, and the same files given explicitly in order (as the pipeline can).
    for overlay in (None, overlay_paths()):
        report = project_run(published, overlay=overlay)
        (change,) = [c for c in report.changes if c.operation == operation]
        assert change.methods == (every[operation],)
