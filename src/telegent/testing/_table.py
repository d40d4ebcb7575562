"""The shapes of the generated state table (``telegent._generated.state``).

Kept apart from the engine so the generated module imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ON_DELETE", "Collection", "Ref", "Step"]

#: What deleting a record does to the records of other collections that refer to it.
ON_DELETE = ("refuse", "cascade", "detach", "keep")


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
class Ref:
    """A field of a collection's records that holds the id of another collection's record,
    and what deleting that record does (as the API's descriptions say)."""

    #: The referring record's field (wire name).
    field: str
    #: The collection the field's value names.
    to: str
    #: refuse: the delete answers ``status``/``message`` while a record refers to it;
    #: cascade: referring records are deleted too; detach: the field becomes null;
    #: keep: nothing happens (the descriptions say nothing).
    on_delete: str = "keep"
    status: int = 400
    message: str = ""


@dataclass(frozen=True)
class Collection:
    """A resource the spec describes as a collection: its id field, vendor prefix, steps."""

    name: str
    id: str
    prefix: str
    steps: Mapping[str, Step]
    #: Fields of this collection's records that name records of other collections.
    refers: tuple[Ref, ...] = ()

    def step(self, role: str) -> Step | None:
        """The operation playing ``role``, if the spec has one."""
        return self.steps.get(role)
