"""The pinned side of a default drift check (the package's spec and overlays, patched) is
computed once per process and handed out as copies: later checks neither redo it nor see
what an earlier one changed."""

from __future__ import annotations

from typing import Any

import pytest

from telegent.spec.drift import check


def test_default_pinned_side_is_computed_once_and_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "_DEFAULT_SIDE", {})
    calls: list[int] = []
    real = check._patch_pinned

    def counting(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(check, "_patch_pinned", counting)
    first = check._pinned_side(None, None, timeout=5, max_bytes=1 << 30)
    first[2].document["info"]["title"] = "changed by a caller"
    second = check._pinned_side(None, None, timeout=5, max_bytes=1 << 30)
    assert calls == [1]
    assert second[2].document["info"]["title"] != "changed by a caller"
    assert second[0].sha256 == first[0].sha256
    assert second[1].document == first[1].document and second[1] is not first[1]


def test_changed_files_or_explicit_inputs_are_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "_DEFAULT_SIDE", {})
    calls: list[int] = []
    real = check._patch_pinned

    def counting(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(check, "_patch_pinned", counting)
    keys = iter([(("a", n, 1),) for n in range(3)])  # a file touched between checks
    monkeypatch.setattr(check, "_default_files_key", lambda: next(keys))
    check._pinned_side(None, None, timeout=5, max_bytes=1 << 30)
    check._pinned_side(None, None, timeout=5, max_bytes=1 << 30)
    assert calls == [1, 1]
    pinned = check._pinned_side(None, None, timeout=5, max_bytes=1 << 30)[0].document
    check._pinned_side(pinned, None, timeout=5, max_bytes=1 << 30)  # explicit: never cached
    assert len(calls) == 4
