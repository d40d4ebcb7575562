"""The pinned side of a default drift check (the package's spec and overlays, patched, and
what the check derives from them alone) is computed at build time (scripts/regenerate.py ->
generated/drift-pinned.json) and loaded on check -- only while it was computed from the very
files in use; otherwise the check computes it, never using a stale copy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from telegent.spec import overlay_paths, pinned_spec_path
from telegent.spec.drift import check, check_drift, pinned

from .helpers import INVENTORY, mutated, op


def _computed() -> pinned.PinnedSide:
    return check._pinned_side(pinned_spec_path(), overlay_paths(), timeout=5, max_bytes=1 << 30)


def test_the_shipped_side_is_current_and_equals_the_computed_one() -> None:
    shipped = pinned.load_shipped(overlay_paths())
    assert shipped is not None  # generated/ is up to date (regenerate.py --check)
    computed = _computed()
    assert shipped.base.document == computed.base.document
    assert shipped.base.sha256 == computed.base.sha256
    assert shipped.base.version == computed.base.version
    assert shipped.overlay == computed.overlay
    assert shipped.result == computed.result
    assert shipped.reads == computed.reads
    assert shipped.pointers == computed.pointers


def _drifted() -> dict[str, Any]:
    def drop_param(doc: dict[str, Any]) -> None:
        op(doc, INVENTORY)["parameters"].pop()

    return mutated(drop_param)


def test_a_default_check_loads_it_and_reports_as_if_computed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    computed = check_drift(_drifted(), pinned=pinned_spec_path(), overlay=overlay_paths())

    def refuse(*_args: Any) -> Any:
        raise AssertionError("the pinned side was recomputed")

    monkeypatch.setattr(check, "_patch_pinned", refuse)
    shipped = check_drift(_drifted())
    assert shipped.changes  # the drift was seen
    assert shipped.changes == computed.changes
    assert shipped.overlay == computed.overlay
    assert shipped.pinned.source == "<package>"


def _copy_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **changes: Any) -> Path:
    original = pinned.shipped_file()
    assert original is not None
    data = json.loads(original.read_bytes())
    data.update(changes)
    copy = tmp_path / pinned.SHIPPED_NAME
    copy.write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(pinned, "shipped_file", lambda: copy)
    return copy


@pytest.mark.parametrize(
    "changes",
    [{"spec_sha256": "0" * 64}, {"format": pinned.FORMAT + 1}, {"overlays": []}],
    ids=["other spec", "other format", "other overlays"],
)
def test_a_copy_from_other_inputs_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: dict[str, Any]
) -> None:
    _copy_shipped(tmp_path, monkeypatch, **changes)
    assert pinned.load_shipped(overlay_paths()) is None


def test_without_a_current_copy_the_check_computes_the_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pinned, "shipped_file", lambda: None)
    calls: list[int] = []
    real = check._patch_pinned

    def counting(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(check, "_patch_pinned", counting)
    assert check_drift(_drifted()).changes
    assert calls == [1]  # computed instead


def test_an_edited_overlay_file_makes_it_stale(tmp_path: Path) -> None:
    files = []
    for path in overlay_paths():
        files.append(tmp_path / path.name)
        shutil.copyfile(path, files[-1])
    assert pinned.load_shipped(files) is not None  # same bytes, other place: still current
    with files[-1].open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    assert pinned.load_shipped(files) is None


def test_a_broken_or_missing_copy_is_computed_around(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy_shipped(tmp_path, monkeypatch)
    copy.write_bytes(copy.read_bytes()[:1000])  # truncated
    assert pinned.load_shipped(overlay_paths()) is None
    monkeypatch.setattr(pinned, "shipped_file", lambda: None)
    assert pinned.load_shipped(overlay_paths()) is None


def test_explicit_inputs_never_use_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_files: Any) -> Any:
        raise AssertionError("explicit inputs must be computed")

    monkeypatch.setattr(check, "load_shipped", refuse)
    check._pinned_side(pinned_spec_path(), None, timeout=5, max_bytes=1 << 30)
    check._pinned_side(None, overlay_paths(), timeout=5, max_bytes=1 << 30)


def test_the_published_copy_of_the_pinned_spec_reports_as_if_compared_pass_by_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The same documents: the pinned side stands for the published one (no pass runs).
    quick = check_drift(str(pinned_spec_path()))
    monkeypatch.setattr(check, "_same_documents", lambda *_a: False)
    full = check_drift(str(pinned_spec_path()))
    assert quick.render("json") == full.render("json")
    assert quick.changes == () and quick.overlay == ()


def _applied(
    files: list[Path],
) -> tuple[bytes, dict[str, Any], dict[str, Any], list[check.AppliedOverlay]]:
    """The pinned spec through *files* in turn, as scripts/regenerate.py applies them."""
    from telegent.spec.overlay import apply_overlay, load_overlay

    body = pinned_spec_path().read_bytes()
    spec = json.loads(body)
    document, applied = spec, []
    for file in files:
        overlay = load_overlay(file)
        result = apply_overlay(document, overlay, strict=True)
        applied.append(check.AppliedOverlay.of(file, overlay, result))
        document = result.document
    return body, spec, document, applied


def test_the_side_from_the_pipelines_own_application_is_the_computed_one_byte_for_byte() -> None:
    files = list(overlay_paths())
    body, spec, patched, applied = _applied(files)
    assert check.applied_side_bytes(body, spec, patched, applied) == check.pinned_side_bytes(
        pinned_spec_path(), files
    )


def test_overlays_of_other_versions_are_combined_as_the_check_combines_them(
    tmp_path: Path,
) -> None:
    # The combined overlay applies every action by the first file's version (1.0 notes a
    # replaced primitive, 1.1 does not): a later file of another version is not taken
    # from its own application.
    files = [tmp_path / "one.yaml", tmp_path / "two.yaml"]
    files[0].write_text(
        "overlay: 1.0.0\ninfo: {title: one, version: '1'}\nactions:\n"
        "  - target: $.info\n    update: {x-one: 1}\n"
    )
    files[1].write_text(
        "overlay: 1.1.0\ninfo: {title: two, version: '1'}\nactions:\n"
        "  - target: $.info.title\n    update: two\n"  # 1.0 notes a primitive replaced
    )
    body, spec, patched, applied = _applied(files)
    assert applied[0].version != applied[1].version
    assert check.applied_side_bytes(body, spec, patched, applied) == check.pinned_side_bytes(
        pinned_spec_path(), files
    )
