"""Changelog entries and version proposals from real drift reports (telegent.spec._changelog)."""

from __future__ import annotations

import copy
import re
from functools import cache

import pytest

from telegent.spec import DriftReport, check_drift
from telegent.spec._changelog import (
    Bump,
    SdkChanges,
    extras_removed,
    next_version,
    propose_bump,
    record_spec_update,
    render_entry,
    update_changelog,
)

from ._support import (
    INVENTORY,
    NEW_PATH,
    SCHEMES_ACTION,
    SERVER_ACTION,
    added_operation,
    breaking,
    changed,
    closes_bearer_gap,
    closes_server_gap,
    harmless,
    new_order_status,
    pinned,
)

# Slow tier (release): .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

MUTATIONS = {
    "breaking": breaking,
    "added": added_operation,
    "harmless": harmless,
    "warn": new_order_status,
    "redundant": closes_server_gap,
    "bearer": closes_bearer_gap,
}


@cache
def report(*names: str) -> DriftReport:
    return check_drift(changed(*(MUTATIONS[n] for n in names)), pinned=pinned())


@pytest.mark.parametrize(
    ("names", "bump"),
    [
        (("breaking",), Bump.MAJOR),
        (("breaking", "added"), Bump.MAJOR),
        (("added",), Bump.MINOR),
        (("warn",), Bump.MINOR),
        (("harmless",), Bump.PATCH),
        (("redundant",), Bump.PATCH),
        (("bearer",), Bump.MAJOR),
    ],
)
def test_the_bump_follows_the_worst_finding(names: tuple[str, ...], bump: Bump) -> None:
    assert propose_bump(report(*names)) is bump


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("0.1.0", Bump.MAJOR, "1.0.0"),
        ("0.1.3", Bump.MINOR, "0.2.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
        ("2.9.9", Bump.MAJOR, "3.0.0"),
    ],
)
def test_next_version_is_semver(current: str, bump: Bump, expected: str) -> None:
    assert next_version(current, bump) == expected


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "1.0.0rc1", "01.2.3", ""])
def test_next_version_names_a_bad_version(bad: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        next_version(bad, Bump.PATCH)


def test_entry_lists_breaking_changes_added_operations_and_the_bump() -> None:
    entry = render_entry(report("breaking", "added"), date="2026-12-01")
    head, *_ = entry.splitlines()
    assert head == "### Vendor spec 1.0.8 → 1.0.9 (2026-12-01)"
    assert "major bump (1 ERR finding(s)" in entry
    breaking_part = entry.split("#### Breaking changes for this client")[1].split("####")[0]
    assert "new-required-request-parameter" in breaking_part
    assert f"GET {INVENTORY}" in breaking_part and "AccountId" in breaking_part
    added_part = entry.split("#### SDK methods added")[1].split("####")[0]
    assert added_part.strip() == f"- `GET {NEW_PATH}`"


def test_entry_lists_removed_operations_as_breaking() -> None:
    doc = pinned()
    del doc["paths"]["/v1.0/numbers/order"]
    # The overlay patches that path, so judge it with an overlay that does not.
    drift = check_drift(
        doc,
        pinned=pinned(),
        overlay={
            "overlay": "1.0.0",
            "info": {"title": "t", "version": "1"},
            "actions": [{"target": "$.info", "update": {"x-note": "test"}}],
        },
    )
    entry = render_entry(drift, date="2026-12-01")
    assert propose_bump(drift) is Bump.MAJOR
    removed = entry.split("#### SDK methods removed (breaking)")[1].split("####")[0]
    # The method as the pinned spec names it (this test's overlay names nothing).
    assert re.fullmatch(r"- `client\.\w+\.\w+` \(`GET /v1\.0/numbers/order`\)", removed.strip())


def test_entry_lists_warnings_and_redundant_overlay_actions() -> None:
    warn = render_entry(report("warn"), date="2026-12-01")
    assert "#### May break (WARN)" in warn and "relied-on-value-changed" in warn
    assert "minor bump (1 WARN finding(s))" in warn
    redundant = render_entry(report("redundant"), date="2026-12-01")
    section = redundant.split("#### Overlay actions that became redundant")[1]
    index, action = SERVER_ACTION
    assert f"overlay action {index}" in section and action["description"][:20] in section


def test_a_renamed_security_scheme_is_breaking_until_the_overlay_drops_its_removal() -> None:
    entry = render_entry(report("bearer"), date="2026-12-01")
    breaking = entry.split("#### Breaking changes for this client")[1].split("####")[0]
    assert "overlay-target-vanished" in breaking and "securitySchemes.bearerAuth" in breaking
    index, action = SCHEMES_ACTION
    redundant = entry.split("#### Overlay actions that became redundant")[1]
    assert f"overlay action {index}" in redundant and action["description"][:20] in redundant


def test_a_harmless_update_says_so() -> None:
    entry = render_entry(report("harmless"), date="2026-12-01")
    assert "patch bump" in entry
    assert "####" not in entry
    assert "nothing in this update that affects the client" in entry


CHANGELOG = """# Changelog

Intro.

## [0.1.0] - 2026-11-22

- first
"""


def test_first_update_opens_an_unreleased_section_above_the_last_release() -> None:
    done = record_spec_update(
        CHANGELOG, report("added"), current_version="0.1.0", date="2026-12-01"
    )
    assert done.version == "0.2.0" and done.bump is Bump.MINOR
    text = done.changelog
    assert text.startswith(
        "# Changelog\n\nIntro.\n\n## [Unreleased]\n\nProposed next version: **0.2.0**"
    )
    assert text.index("### Vendor spec 1.0.8 → 1.0.9") < text.index("## [0.1.0] - 2026-11-22")
    assert text.endswith("## [0.1.0] - 2026-11-22\n\n- first\n")


def test_later_updates_keep_the_largest_bump_and_the_notes_already_there() -> None:
    text = CHANGELOG.replace(
        "## [0.1.0]", "## [Unreleased]\n\n### Changed\n\n- by hand\n\n## [0.1.0]"
    )
    first = record_spec_update(text, report("breaking"), current_version="0.1.0", date="2026-12-01")
    assert first.version == "1.0.0"
    second = record_spec_update(
        first.changelog, report("harmless"), current_version="0.1.0", date="2026-12-02"
    )
    # A patch-level update after a breaking one: still a major release.
    assert second.version == "1.0.0" and second.bump is Bump.PATCH
    out = second.changelog
    assert out.count("Proposed next version:") == 1
    assert "**1.0.0** (major bump from 0.1.0" in out
    assert out.count("## [Unreleased]") == 1
    # Newest first, then the older update, then the hand-written notes, then the release.
    order = [
        out.index("(2026-12-02)"),
        out.index("(2026-12-01)"),
        out.index("- by hand"),
        out.index("## [0.1.0]"),
    ]
    assert order == sorted(order)


def test_a_bigger_bump_later_raises_the_proposal() -> None:
    text, version = update_changelog("", "### one\n", current_version="1.2.3", bump=Bump.PATCH)
    assert version == "1.2.4"
    text, version = update_changelog(text, "### two\n", current_version="1.2.3", bump=Bump.MINOR)
    assert version == "1.3.0"
    assert text.startswith(
        "# Changelog\n\n## [Unreleased]\n\nProposed next version: **1.3.0** (minor"
    )
    assert text.index("### two") < text.index("### one")


def test_generated_code_identical_proposes_a_patch_whatever_the_findings() -> None:
    # A WARN alone proposes minor; with the generated code identical, nothing changes for
    # callers: patch (issue 22: a server-URL-only update was proposed as minor).
    assert propose_bump(report("warn")) is Bump.MINOR
    same = SdkChanges(code_identical=True)
    assert propose_bump(report("warn"), same) is Bump.PATCH
    entry = render_entry(report("warn"), date="2026-12-01", sdk=same)
    assert "patch bump (the generated code is identical: nothing changes for callers)" in entry


def test_the_entry_names_sdk_methods_signature_changes_and_removed_extras() -> None:
    sdk = SdkChanges(
        calls={f"GET {NEW_PATH}": "client.numbers.get_number_lookup"},
        signatures=("client.webhooks.list gains body= (optional) (a GET with a body)",),
        extras_removed=("`x-codeSamples` removed from 3 operation(s): ...",),
    )
    entry = render_entry(report("added", "warn"), date="2026-12-01", sdk=sdk)
    added = entry.split("#### SDK methods added")[1].split("####")[0]
    assert added.strip() == f"- `client.numbers.get_number_lookup` (`GET {NEW_PATH}`)"
    signatures = entry.split("#### Signature changes")[1].split("####")[0]
    assert "`client.webhooks.list gains body= (optional) (a GET with a body)`" in signatures
    assert "#### Vendor extras the project relied on, removed" in entry
    warn = entry.split("#### May break (WARN)")[1].split("####")[0]
    assert warn.strip().startswith("- `client.orders.get`"), warn  # led by the SDK method


def test_extras_the_project_relied_on_are_reported_when_dropped() -> None:
    old = pinned()
    new = copy.deepcopy(old)
    dropped = 0
    for item in new["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.pop("x-codeSamples", None) is not None:
                dropped += 1
    assert dropped > 50
    (line,) = extras_removed(old, new)
    assert line.startswith(f"`x-codeSamples` removed from {dropped} operation(s)")
    assert extras_removed(old, old) == []
