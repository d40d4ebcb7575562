"""The shapes of the generated state table (``telegent._generated.state``).

Kept apart from the engine so the generated module imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Collection", "Step"]


@dataclass(frozen=True)
class Step:
    """One operation's role in a collection, as ``x-telegent-state`` declares it."""

    role: str
    op: str
    #: Request parameters carrying the record's id (get, update, delete), first found wins.
    keys: tuple[str, ...] = ()
    #: Request parameters that find the record by another of its fields (parameter -> field).
    lookups: Mapping[str, str] = field(default_factory=dict)
    #: list: the answer's field holding the records (None: the answer is the array itself).
    items: str | None = None
    #: list: the answer's field counting the records.
    count: str | None = None
    #: list: query parameters that keep only records whose field of that name equals them.
    filters: tuple[str, ...] = ()
    #: The answer's field carrying the id when it is not named like the id field.
    answer_id: str | None = None
    #: The success answer's JSON schema ($refs inlined); None: the spec declares no content.
    schema: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Collection:
    """A resource the spec describes as a collection: its id field, vendor prefix, steps."""

    name: str
    id: str
    prefix: str
    steps: Mapping[str, Step]

    def step(self, role: str) -> Step | None:
        """The operation playing ``role``, if the spec has one."""
        return self.steps.get(role)
