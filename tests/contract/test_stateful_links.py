"""schemathesis' stateful mode over the overlay's OpenAPI links, against the fake and Prism.

The state machine follows the links each collection's create declares (its id feeds the
get, update and delete: see ``_stateful``). Against the fake (served over a real socket,
as ``telegent mock`` serves it) every answer is checked against the spec and the fake's
state transitions are asserted (``StateModel``). Against Prism, which is stateless (each
answer is the spec's example whatever came before, so there is no state to assert), the
run checks that the link definitions drive valid sequences: every declared link is
followed with its value applied, Prism's request validation accepts the request it
builds, and the answers conform.

Bounded and deterministic: a fixed seed, ``derandomize``, no example database, and a
fixed number of scenarios and steps (the same sequences every run: the counts printed
are identical run to run).
"""

from __future__ import annotations

from typing import Any

import pytest

from telegent.testing._collections import collections_table

from ._prism import PrismServer
from ._stateful import declared_links, run_in_child

SEED = 20251206
# Per collection (one machine each, see _stateful.load_schema): 18 creates x 15 scenarios
# of up to 8 steps is ~300 scenarios and ~2,200 steps, about a minute on 2 cores.
SCENARIOS = 15
MAX_STEPS = 8
MACHINES = sum(1 for c in collections_table().values() if c.step("create"))


def _summary(name: str, run: dict[str, Any]) -> str:
    followed = sum(count for _, _, count, _ in run["links"])
    return (
        f"\nschemathesis stateful ({name}): {run['scenarios']} scenarios, {run['steps']} "
        f"steps, {followed} link steps over {len(run['links'])} links, {run['seconds']} s; "
        f"judged: {run['judged']}"
    )


def _followed(run: dict[str, Any]) -> set[tuple[str, str]]:
    return {(source, name) for source, name, _, _ in run["links"]}


@pytest.mark.slow
def test_the_state_machine_holds_against_the_fake() -> None:
    run = run_in_child("fake", seed=SEED, scenarios=SCENARIOS, steps=MAX_STEPS)
    print(_summary("fake", run))
    assert run["error"] is None, run["error"]
    # Not vacuous: sequences ran, every link was followed, the state rules were judged.
    assert run["scenarios"] >= SCENARIOS * MACHINES and run["steps"] > run["scenarios"]
    assert _followed(run) == declared_links()
    judged = run["judged"]
    assert judged.get("get after create: 200, same id", 0) > 0, judged
    assert judged.get("after delete: 404", 0) > 0, judged
    assert judged.get("delete of a live record: 200", 0) > 0, judged


@pytest.mark.prism
def test_the_links_drive_valid_sequences_on_prism(prism: PrismServer) -> None:
    run = run_in_child(prism.base_url, seed=SEED, scenarios=SCENARIOS, steps=MAX_STEPS)
    print(_summary("prism", run))
    assert run["error"] is None, run["error"]
    assert run["scenarios"] >= SCENARIOS * MACHINES and run["steps"] > run["scenarios"]
    assert _followed(run) == declared_links()
    # Each link builds a request Prism's validation accepts (its value where the spec wants).
    refused = sorted((s, n) for s, n, _, accepted in run["links"] if not accepted)
    assert not refused, f"links whose requests Prism refused every time: {refused}"
