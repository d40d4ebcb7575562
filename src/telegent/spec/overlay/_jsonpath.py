"""RFC 9535 targets: compiling them, and selecting nodes within a work budget.

Targets are evaluated by ``python-jsonpath`` in its strict (RFC 9535) mode. Evaluation
is lazy, segment by segment; every node passed from one segment to the next is counted
against a :class:`Budget` (nodes, and a deadline checked every few hundred nodes), so a
pathological query such as ``$..*..*..*..*`` on a large document ends with an error
naming the action instead of running for minutes.

Work inside one segment for one input node (a ``..`` walk over a subtree, a filter's own
sub-queries) is not counted, so it is bounded statically instead: a query may hold at most
:data:`MAX_DESCENDANT_SEGMENTS` descendant (``..``) segments in all, and at most one inside
filter expressions (:func:`costly_query`). Each ``..`` multiplies the work by up to the
document's size; a filter's sub-query runs once per candidate node, beyond the meter.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jsonpath import (
    CompoundJSONPath,
    JSONPath,
    JSONPathEnvironment,
    JSONPathError,
    JSONPathMatch,
)
from jsonpath.filter import BaseExpression, FilterQuery
from jsonpath.segments import JSONPathRecursiveDescentSegment

__all__ = [
    "MAX_DESCENDANT_SEGMENTS",
    "Budget",
    "BudgetExceeded",
    "compile_target",
    "costly_query",
    "finditer",
    "select",
    "shorthand_problem",
    "strict_target",
]

MAX_DESCENDANT_SEGMENTS = 2
"""Most ``..`` segments one query may hold, filter sub-queries included."""
_MAX_IN_FILTERS = 1

# strict=True: RFC 9535 only (no `|` unions, no non-standard functions or selectors,
# a leading `$` is required), so targets mean the same in every compliant tool.
_ENV = JSONPathEnvironment(strict=True)
_CHECK_CLOCK_EVERY = 256


@dataclass(frozen=True, slots=True)
class Budget:
    """How much work one target (or copy source) may do."""

    max_nodes: int = 100_000
    """Nodes passed between the query's segments, in total. The vendor's full spec (1.8 MB)
    holds ~33,000 nodes: ``$..*`` passes 33,000, ``$..*..*`` 234,000 (4 s)."""
    max_seconds: float = 5.0
    """Wall-clock seconds for the whole selection."""
    total_seconds: float = 10.0
    """Wall-clock seconds for all the selections of one overlay together (20 costly
    actions just under ``max_seconds`` each would otherwise take minutes)."""
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)


class BudgetExceeded(Exception):
    # An internal signal: the engine turns it into an OverlayError naming the action.
    """The selection went over its budget; the message says which limit."""


# RFC 9535 member-name-shorthand: name-first (ALPHA / "_" / non-ASCII), then name-chars
# (name-first / DIGIT). python-jsonpath also reads `-` (and more) in shorthand names.
_NAME_FIRST = re.compile(r"[A-Za-z_\u0080-\U0010ffff]")
_NAME = re.compile(r"[A-Za-z0-9_\u0080-\U0010ffff]*")
# What may follow a shorthand name: another segment, a space, the end of a filter's
# parenthesis/bracket/argument, a comparison or logical operator.
_AFTER_NAME = frozenset(".[ \t\n\r)],=!<>&|")


def _skip_string(query: str, start: int) -> int:
    """The index after the string literal that opens at *start*."""
    quote, i = query[start], start + 1
    while i < len(query) and query[i] != quote:
        i += 2 if query[i] == "\\" else 1
    return i + 1


def shorthand_problem(query: str) -> str | None:
    """Why a dot-shorthand name in *query* is not RFC 9535 (``$.x-count``), or None.

    Such a query would otherwise be read as ``$['x-count']`` here and refused, or read
    differently, by other tools: the same overlay must select the same nodes everywhere.
    """
    i = 0
    while i < len(query):
        char = query[i]
        if char in "'\"":
            i = _skip_string(query, i)
            continue
        i += 1
        if char != "." or i >= len(query) or not _NAME_FIRST.match(query, i):
            continue
        end = _NAME.match(query, i).end()  # type: ignore[union-attr]  # `*` always matches
        if end < len(query) and query[end] not in _AFTER_NAME:
            full = _bracketed(query, i)
            return (
                f"the shorthand name .{full} holds {query[end]!r}, which RFC 9535 does not "
                f"allow in one (letters, digits and _ only); write [{full!r}] instead"
            )
        i = end
    return None


def _bracketed(query: str, start: int) -> str:
    """The name starting at *start*, up to the next segment or filter boundary."""
    end = start
    while end < len(query) and query[end] not in ".[ )],=!<>&|'\"":
        end += 1
    return query[start:end]


@lru_cache(maxsize=4096)  # the project's overlays hold ~800 targets
def compile_target(target: str) -> JSONPath | CompoundJSONPath:
    """Compile a target (cached: the drift check and the pipeline apply the same overlay often).

    Raises:
        jsonpath.JSONPathError: not a query python-jsonpath reads in strict mode. It also
            reads a few that RFC 9535 does not allow (``$.x-count``): :func:`strict_target`
            refuses those too.
    """
    return _ENV.compile(target)


def strict_target(target: str) -> JSONPath | CompoundJSONPath:
    """:func:`compile_target`, refusing what RFC 9535 refuses and python-jsonpath reads.

    Raises:
        jsonpath.JSONPathError: not an RFC 9535 query (a shorthand name holding ``-``, say).
    """
    problem = shorthand_problem(target)
    if problem is not None:
        raise JSONPathError(problem)
    return compile_target(target)


def _descendants(path: JSONPath) -> tuple[int, int]:
    """(``..`` segments in all, of which inside filter expressions) of a compiled query."""
    total = in_filters = 0
    for segment in path.segments:
        total += isinstance(segment, JSONPathRecursiveDescentSegment)
        for selector in segment.selectors:
            expression = getattr(selector, "expression", None)
            stack: list[BaseExpression] = [expression] if expression is not None else []
            while stack:  # the filter's expression tree; its queries are paths again
                node = stack.pop()
                if isinstance(node, FilterQuery) and isinstance(node.path, JSONPath):
                    inner, _ = _descendants(node.path)
                    total += inner
                    in_filters += inner
                stack.extend(node.children())
    return total, in_filters


def costly_query(path: JSONPath | CompoundJSONPath) -> str | None:
    """Why a compiled query is refused as too costly to run on a large document, or None."""
    parts: list[JSONPath | CompoundJSONPath] = [path]
    if isinstance(path, CompoundJSONPath):  # unions: refused in strict mode anyway
        parts = [path.path, *(p for _op, p in path.paths)]
    counts = [_descendants(p) for p in parts if isinstance(p, JSONPath)]
    total = sum(c[0] for c in counts)
    in_filters = sum(c[1] for c in counts)
    if total > MAX_DESCENDANT_SEGMENTS:
        return (
            f"it holds {total} descendant ('..') segments; at most {MAX_DESCENDANT_SEGMENTS} "
            "are accepted, as each multiplies the work by up to the document's size"
        )
    if in_filters > _MAX_IN_FILTERS:
        return (
            f"its filters hold {in_filters} descendant ('..') segments; at most "
            f"{_MAX_IN_FILTERS} is accepted inside filters"
        )
    return None


class _Meter:
    """Nodes counted so far against one budget, and its deadline."""

    def __init__(self, budget: Budget, total_deadline: float | None) -> None:
        self.budget = budget
        self.nodes = 0
        own = budget.clock() + budget.max_seconds
        self.deadline = own if total_deadline is None else min(own, total_deadline)
        self.limit = (
            f"ran longer than {budget.max_seconds:g} s"
            if self.deadline == own
            else f"ran past the {budget.total_seconds:g} s the whole overlay may take"
        )

    def counted(self, matches: Iterable[JSONPathMatch]) -> Iterator[JSONPathMatch]:
        budget = self.budget
        for match in matches:
            self.nodes += 1
            if self.nodes > budget.max_nodes:
                raise BudgetExceeded(f"visited more than {budget.max_nodes} nodes")
            if self.nodes % _CHECK_CLOCK_EVERY == 0 and budget.clock() > self.deadline:
                raise BudgetExceeded(self.limit)
            yield match


class _Match(JSONPathMatch):
    """A match that does not list its children (python-jsonpath's ``children``, which
    nothing here reads). Listed, every match and its parent form a reference cycle, each
    holding the whole document: garbage only the cycle collector frees, ~200,000 objects
    per regeneration, each full collection then walking them all. Its children are made
    by ``new_child`` (``self.__class__``), so one root makes a whole selection acyclic."""

    __slots__ = ()

    def add_child(self, *children: JSONPathMatch) -> None:
        pass


def _root(document: Any) -> JSONPathMatch:
    return _Match(filter_context={}, obj=document, parent=None, path="$", parts=(), root=document)


def finditer(path: JSONPath | CompoundJSONPath, document: Any) -> Iterable[JSONPathMatch]:
    """``path.finditer(document)``, without the reference cycles (see :class:`_Match`) and
    without a budget (for queries the engine has already run on a document this size)."""
    if not isinstance(path, JSONPath) or path.pseudo_root:
        return path.finditer(document)  # not reachable in strict mode
    matches: Iterable[JSONPathMatch] = [_root(document)]
    for segment in path.segments:
        matches = segment.resolve(matches)
    return matches


def _finditer(
    path: JSONPath | CompoundJSONPath, document: Any, budget: Budget, total_deadline: float | None
) -> Iterator[JSONPathMatch]:
    meter = _Meter(budget, total_deadline)
    if not isinstance(path, JSONPath) or path.pseudo_root:
        # Not reachable in strict mode (no unions, no pseudo root); counted all the same.
        yield from meter.counted(path.finditer(document))
        return
    matches: Iterable[JSONPathMatch] = [_root(document)]
    for segment in path.segments:
        matches = meter.counted(segment.resolve(matches))
    yield from matches


def select(
    path: JSONPath | CompoundJSONPath,
    document: Any,
    budget: Budget,
    total_deadline: float | None = None,
) -> list[JSONPathMatch]:
    """The distinct nodes *path* selects in *document*, in nodelist order.

    A nodelist may name one node twice (e.g. ``$['a','a']``); each node is kept once.
    *total_deadline* (on ``budget.clock``) ends the selection early when the whole
    overlay's time is up.

    Raises:
        BudgetExceeded: the selection went over *budget*.
        jsonpath.JSONPathError: evaluation failed (e.g. its recursion limit).
    """
    seen: set[tuple[object, ...]] = set()
    unique: list[JSONPathMatch] = []
    for match in _finditer(path, document, budget, total_deadline):
        if match.parts not in seen:
            seen.add(match.parts)
            unique.append(match)
    return unique
