"""A change as the comparison finds it, and the emitter every comparison step shares."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .document import OpKey, Side
from .rules import RULES, Level

__all__ = ["Core", "Finding", "Reads"]

Reads = frozenset[tuple[OpKey, str, str]]
"""(operation, status, media type) of the responses whose every property the client reads."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One change, as found (the public :class:`~.report.Change` adds the client's view)."""

    rule: str
    level: Level
    operation: str | None
    """``"POST /v1.0/numbers/status"``, or None for a document-wide change."""
    location: str
    message: str
    pointers: tuple[str, ...] = ()
    """JSON pointers of the changed node (base and revision), to map overlay actions."""
    now: str | None = None
    """JSON pointer of the changed node in the revision, when it is still there."""
    source: Literal["spec", "examples"] = "spec"
    helpers: tuple[str, ...] = ()
    """SDK methods named by the overlay as relying on the changed value (``orders.wait``)."""
    renamed_from: str | None = None
    """For a rename: the operation (``"POST /old"``) or the location it had before."""
    related: str | None = None
    """An operation of the pinned spec this one relates to (its path differs in case only)."""
    why: str = ""
    """For a rename: what matched the two operations."""

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity across passes: the same change found raw and patched is one change."""
        return self.rule, self.operation or "", self.location


class Core:
    """The two documents under comparison and the findings so far."""

    def __init__(
        self,
        base: Mapping[str, Any],
        revision: Mapping[str, Any],
        client_reads: Reads,
        *,
        compare_renamed: bool = True,
        renames: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        self.base: Side = Side(base)
        self.rev: Side = Side(revision)
        self.client_reads = client_reads
        self.compare_renamed = compare_renamed
        """Whether a renamed operation's contents are compared too (on the raw documents;
        on the patched ones the overlay's fixes did not follow the rename)."""
        self.renames: list[tuple[str, str, str]] = list(renames)
        """(old display, new display, why) found on the raw documents: on the patched ones the
        overlay's fixes stay on the old path, so the shapes no longer match."""
        self.findings: list[Finding] = []
        self._active: set[tuple[str, str]] = set()

    def emit(
        self,
        rule: str,
        level: Level,
        operation: str | None,
        location: str,
        message: str,
        *,
        at: Iterable[str],
        now: str | None = None,
        source: Literal["spec", "examples"] = "spec",
        helpers: Iterable[str] = (),
        renamed_from: str | None = None,
        related: str | None = None,
        why: str = "",
    ) -> None:
        """Record a finding; *at* locates it for overlay mapping, *now* in the revision."""
        if rule not in RULES:  # pragma: no cover - a typo in this package
            raise KeyError(f"unknown drift rule {rule!r}")
        self.findings.append(
            Finding(
                rule,
                level,
                operation,
                location,
                message,
                tuple(at),
                now,
                source,
                tuple(helpers),
                renamed_from,
                related,
                why,
            )
        )
