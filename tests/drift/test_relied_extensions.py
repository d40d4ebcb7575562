"""The vendor extensions the project relies on are declared once, in the overlay
(``x-telegent-relied-on-extensions``), and read from there by the drift check and the
changelog: a new declaration needs no code change.

Before: they were a dict in ``telegent.spec.drift.extras``, a second list beside the
overlay; an extension declared in the overlay was never checked.
"""

from __future__ import annotations

import copy

import pytest

from telegent.spec._changelog import extras_removed
from telegent.spec.drift.extras import (
    DECLARATION,
    package_relied_on_extensions,
    relied_on_extensions,
)
from telegent.spec.drift.operations import diff_documents

from .helpers import ORDER, Doc, fixture_overlay, mutated, op, pinned, run

NEW = "x-vendor-sla"  # an extension no code of the project names


def _declares(doc: Doc, **declared: str) -> Doc:
    doc = copy.deepcopy(doc)
    doc[DECLARATION] = {**doc.get(DECLARATION, {}), **declared}
    return doc


def _carrying_new(doc: Doc) -> None:
    op(doc, ORDER)[NEW] = {"latency": "1s"}


def test_the_declaration_is_read_from_the_patched_spec() -> None:
    assert relied_on_extensions({}) == {}
    assert relied_on_extensions(_declares({}, **{NEW: "the answer times"})) == {
        NEW: "the answer times"
    }
    with pytest.raises(ValueError, match=DECLARATION):
        relied_on_extensions({DECLARATION: {"internal": "not an extension name"}})


def test_the_package_overlay_declares_what_the_project_relies_on() -> None:
    assert {"x-internal", "x-codeSamples"} <= set(package_relied_on_extensions())


def test_a_new_declaration_reaches_the_comparison_and_the_changelog() -> None:
    base = mutated(_carrying_new)
    revision = pinned()  # the vendor dropped it again
    relied = relied_on_extensions(_declares({}, **{NEW: "the answer times"}))
    found = diff_documents(base, revision, relied_extensions=relied)
    assert [(f.rule, f.operation, f.location) for f in found if f.location == NEW] == [
        ("api-relied-extension-removed", f"GET {ORDER}", NEW)
    ]
    assert NEW not in {f.location for f in diff_documents(base, revision)}  # undeclared
    (line,) = extras_removed(base, revision, relied)
    assert line.startswith(f"`{NEW}` removed from 1 operation(s)") and "answer times" in line


@pytest.mark.slow
def test_declared_in_an_overlay_the_drift_check_reports_it() -> None:
    """The whole check, with the declaration added by an overlay action only."""
    overlay = fixture_overlay()
    overlay["actions"].append(
        {
            "target": "$",
            "description": "One more extension relied on.",
            "update": {DECLARATION: {NEW: "the answer times"}},
        }
    )
    base = mutated(_carrying_new)
    report = run(pinned(), base=base, overlay=overlay)
    hits = [c for c in report.changes if c.id == "api-relied-extension-removed"]
    assert [c.location for c in hits] == [NEW], [c.line() for c in report.changes]
    assert "the answer times" in hits[0].message
