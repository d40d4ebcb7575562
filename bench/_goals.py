"""The suite's goals, declared once.

A benchmark names the goal a row is judged by (``Row.goal``, a key of :data:`GOALS`); the
table renderer judges each row with the limit found here when it renders, and the goals
table in bench/README.md is rendered from here too. Changing a goal is a one-line change
in this file and a re-render (``python -m bench --render``), not an edit of three documents.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """``ratio <= limit``; or, ``absolute``, the measured figure itself ``< limit`` (in the
    row's unit) -- for the one goal the issue states as a time a user feels (a Tab)."""

    limit: float
    what: str  # the rows it judges, for bench/README.md's goals table
    absolute: bool = False
    unit: str = ""  # for an absolute goal

    def met(self, measured: float, ratio: float) -> bool:
        return measured < self.limit if self.absolute else ratio <= self.limit

    @property
    def text(self) -> str:
        return f"< {self.limit:g} {self.unit}" if self.absolute else f"<= {self.limit:g}x"


GOALS: dict[str, Goal] = {
    "call": Goal(1.3, "1: `client.orders.get` per call against raw httpx + `json.loads`"),
    "parse-json": Goal(2.0, "2: parse of a 1,000-number page against `json.loads` alone"),
    "parse-pydantic": Goal(1.0, "2: the same parse against pydantic v2 with equivalent models"),
    "parse-msgspec": Goal(1.5, "2: the same parse against msgspec with equivalent structs"),
    "memory": Goal(1.2, "3: peak memory walking 100,000 numbers against walking 1,000"),
    "bulk": Goal(1.2, "4: bulk status change of 10,000 numbers against the ideal wall clock"),
    "import": Goal(1.3, "5, 7: `import telegent` against `import httpx` (start-up subtracted)"),
    "first-call": Goal(1.3, "5: import + client + token + first call against httpx + `json.loads`"),
    "cli-help": Goal(1.5, "5: `telegent --help`, a command's `--help` against `import httpx`"),
    "spec-apply-help": Goal(1.5, "5: `telegent spec apply --help` against `import httpx`"),
    "completion": Goal(0.2, "5: one Tab completion, spawn to exit", absolute=True, unit="s"),
    "drift-pinned": Goal(5.0, "5: the drift check on the pinned spec against `import httpx`"),
    "pipeline": Goal(1.5, "6: `scripts/regenerate.py` against the bare generator"),
}
