"""CHANGELOG.md names the vendor spec each entry was built from, and the latest entry names
the pinned one (the 0.1.0 entry once named a spec the code was no longer built from)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = (ROOT / "CHANGELOG.md").read_text("utf-8")
# "Built from vendor spec *Title* 1.0.8 (sha256 `<hex>`)": every entry has one.
BUILT_FROM = re.compile(r"Built from vendor spec \*([^*]+)\* (\S+) \(sha256\s+`([0-9a-f]{64})`\)")
# What `regenerate.py --fetch` writes above it: "### Vendor spec 1.0.8 → 1.0.9 (date)" and
# "Spec sha256 `<old>` → `<new>`" (both shortened).
FETCHED = re.compile(
    r"### Vendor spec \S+ → (\S+) .*?Spec sha256 `[0-9a-f]+` → `([0-9a-f]+)`", re.S
)


def _entries() -> list[tuple[str, str]]:
    """(heading, body) of each ``## [...]`` entry, newest first."""
    parts = re.split(r"^(## \[[^\]]+\].*)$", CHANGELOG, flags=re.M)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def _pinned() -> tuple[str, str, str]:
    body = (ROOT / "openapi.json").read_bytes()
    info = json.loads(body)["info"]
    return info["title"], info["version"], hashlib.sha256(body).hexdigest()


def test_every_entry_names_the_spec_it_was_built_from() -> None:
    entries = _entries()
    assert [h for h, _ in entries][-1].startswith("## [0.1.0]")
    for heading, body in entries:
        assert BUILT_FROM.search(body) or FETCHED.search(body), f"{heading}: names no spec"


def test_the_latest_entry_names_the_pinned_spec() -> None:
    title, version, sha256 = _pinned()
    heading, body = _entries()[0]
    fetched = FETCHED.search(body)
    built = BUILT_FROM.search(body)
    # A spec update recorded by --fetch is the newest fact; else the entry's own line.
    if fetched and (not built or fetched.start() < built.start()):
        assert (fetched.group(1), sha256.startswith(fetched.group(2))) == (version, True), heading
    else:
        assert built, f"{heading}: names no spec"
        assert built.groups() == (title, version, sha256), heading


def test_the_first_release_names_the_spec_it_was_built_from() -> None:
    # 0.1.0 was generated from the vendor's first four operations (git: 82f6cc3).
    _, body = _entries()[-1]
    built = BUILT_FROM.search(body)
    assert built and built.group(3).startswith("bf659761f11b"), body[:300]
