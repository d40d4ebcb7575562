"""schemathesis' stateful mode (its state machine from the spec's OpenAPI links), bounded.

``schema.as_state_machine()`` builds a Hypothesis rule-based machine from the links the
overlay declares on each collection's create (its id feeds the get, update and delete):
a scenario starts with an operation and follows links, feeding ids from earlier answers.
Here it runs over the collections' operations only (``x-telegent-state``), every answer
checked by schemathesis against the spec, with a fixed seed (``derandomize``), no example
database, and a bounded number of scenarios and steps.

:class:`Run` counts scenarios, steps and the links followed. :class:`StateModel` is the
fake-only part: what the fake must remember (a get after a create answers that record; a
get, update or delete after a delete answers 404).

It runs in a child process (:func:`main`, started by :func:`run_in_child`): schemathesis
imports ``packaging``, which pytest's rootdir sys.path resolves to ``tests/packaging``.
The child serves the fake itself (``serve_in_thread``: the server ``telegent mock``
runs, on a real loopback socket) or drives the URL it is given (Prism).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import hypothesis

from telegent._registry import operation
from telegent.testing._collections import collections_table
from telegent.testing._table import Collection, Step

from ._spec import ROOT, SPEC_PATH, spec_dict


def _checks() -> list[Any]:
    """What every answer must satisfy (schemathesis' checks).

    Not positive_data_acceptance: the fake, like the API, refuses some schema-valid
    requests with 400 (a delete of a route numbers still use, a field no answer could
    carry), and the SDK's own body rules refuse a null where the request schema allows
    one (reported; not this test's subject).
    """
    # schemathesis is imported in the child only (see the module docstring).
    from schemathesis.checks import not_a_server_error  # noqa: PLC0415
    from schemathesis.specs.openapi.checks import (  # noqa: PLC0415
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    return [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
        response_headers_conformance,
    ]


def collection_ops() -> dict[str, tuple[Collection, Step]]:
    """Each stateful operation by ``"METHOD /path"`` (schemathesis' label)."""
    out: dict[str, tuple[Collection, Step]] = {}
    for coll in collections_table().values():
        for step in coll.steps.values():
            op = operation(step.op)
            out[f"{op.http_method.upper()} {op.path}"] = (coll, step)
    return out


def declared_links() -> set[tuple[str, str]]:
    """(source operation id, link name) of every link the patched spec declares on the
    collections' creates: what a run should follow."""
    spec = spec_dict()
    found: set[tuple[str, str]] = set()
    for coll in collections_table().values():
        create = coll.step("create")
        if create is None:
            continue
        op = operation(create.op)
        response = spec["paths"][op.path][op.http_method.lower()]["responses"]["200"]
        found |= {(create.op, name) for name in response.get("links") or {}}
    return found


def load_schema(
    base_url: str, token: str, seed: int, coll: Collection, *, mode: str = "all"
) -> Any:
    """The patched spec, one collection's operations only, aimed at ``base_url``.

    One machine per collection: schemathesis starts scenarios only at operations it
    deems likely to succeed with random data, and over all the collections at once its
    dependency analysis dropped four creates (accounts, distributors, voice routes,
    workgroups) whose links then never ran. Alone, a collection's create always starts.
    """
    import schemathesis  # noqa: PLC0415
    from schemathesis.config import SchemathesisConfig  # noqa: PLC0415

    config = SchemathesisConfig.from_dict(
        {
            "base-url": base_url,
            "seed": seed,
            "headers": {"Authorization": f"Bearer {token}"},
            # The overlay's links only: no inferred ones, so the run checks what we declare.
            "phases": {"stateful": {"inference": {"algorithms": []}}},
            "generation": {"database": "none", "mode": mode},
        }
    )
    ids = sorted(step.op for step in coll.steps.values())
    return schemathesis.openapi.from_path(SPEC_PATH, config=config).include(operation_id=ids)


def _find(values: Mapping[str, Any] | None, wire: str) -> Any:
    # The vendor's router binds names ignoring case; so does the fake.
    for name, value in (values or {}).items():
        if name.lower() == wire.lower():
            return value
    return None


class Observer(Protocol):
    """Told of each step; raises AssertionError when a state rule is broken."""

    def observe(self, label: str, case: Any, status: int, body: Any) -> None: ...


@dataclass
class Run:
    """What one bounded run did."""

    scenarios: int = 0
    steps: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    #: (source operation id, link name) -> steps that followed it with its value applied.
    links: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: Link-fed steps that the target answered with a 2xx.
    links_accepted: Counter[tuple[str, str]] = field(default_factory=Counter)
    seconds: float = 0.0


def run_collections(
    base_url: str,
    token: str,
    seed: int,
    run: Run,
    observer: Observer | None,
    *,
    scenarios: int,
    max_steps: int,
    mode: str,
) -> None:
    """Each collection with a create: its machine, ``scenarios`` times."""
    started = time.monotonic()
    try:
        for coll in collections_table().values():
            if coll.step("create") is not None:
                schema = load_schema(base_url, token, seed, coll, mode=mode)
                run_machine(schema, run, observer, scenarios=scenarios, max_steps=max_steps)
    finally:
        run.seconds = time.monotonic() - started


def run_machine(
    schema: Any, run: Run, observer: Observer | None, *, scenarios: int, max_steps: int
) -> None:
    """Run the state machine ``scenarios`` times (at most ``max_steps`` steps each)."""
    machine = schema.as_state_machine()
    checks = _checks()
    ops = collection_ops()
    by_label = {label: step.op for label, (_, step) in ops.items()}

    class Machine(machine):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            run.scenarios += 1

        def step(self, input: Any) -> Any:  # noqa: A002 - schemathesis' name
            output = super().step(input)
            status = output.response.status_code
            if input.transition is not None and input.is_applied:
                # The transition's id reads "POST /a -> [200] LinkName -> GET /b".
                source, name, _ = input.transition.id.split(" -> ")
                key = (by_label.get(source, source), name.split("] ", 1)[-1])
                run.links[key] += 1
                if 200 <= status < 300:
                    run.links_accepted[key] += 1
            return output

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            run.steps += 1
            run.statuses[f"{case.operation.label} {response.status_code}"] += 1
            case.validate_response(response, checks=checks, transport_kwargs=kwargs or None)
            if observer is not None:
                body = None
                if response.content:
                    body = response.json()
                observer.observe(case.operation.label, case, response.status_code, body)

    settings = hypothesis.settings(
        max_examples=scenarios,
        stateful_step_count=max_steps,
        derandomize=True,  # the same sequences every run
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
        print_blob=False,
    )
    Machine.run(settings=settings)


class StateModel:
    """What the fake must remember across a scenario's steps (fake only: Prism is
    stateless, it answers each request from the spec's examples whatever came before).

    Ids are fresh per create (random UUIDs), so a record created in one scenario is never
    confused with another's; only ids this model saw created or deleted are judged.
    """

    def __init__(self) -> None:
        self.ops = collection_ops()
        self.alive: dict[str, set[str]] = {}
        self.deleted: dict[str, set[str]] = {}
        self.judged: Counter[str] = Counter()

    def _key(self, step: Step, case: Any) -> str | None:
        body = case.body if isinstance(case.body, Mapping) else None
        for wire in step.keys:
            value = _find(case.query, wire)
            value = value if value is not None else _find(body, wire)
            if isinstance(value, str):
                return value
        return None

    def observe(self, label: str, case: Any, status: int, body: Any) -> None:
        found = self.ops.get(label)
        if found is None:
            return
        coll, step = found
        alive = self.alive.setdefault(coll.name, set())
        deleted = self.deleted.setdefault(coll.name, set())
        where = f"{label} -> {status}"
        if step.role == "create":
            if status == 200:
                record_id = _find(body, coll.id)
                assert isinstance(record_id, str) and record_id.startswith(coll.prefix), where
                alive.add(record_id)
                deleted.discard(record_id)
            return
        key = self._key(step, case)
        if key is None or step.role == "list":
            return
        if key in deleted:
            # Gone: 404, unless the request is refused before the lookup (400, like the
            # API's validation of the rest of the request); never a success.
            assert status in (400, 404), f"{where}: {coll.name} {key} was deleted"
            self.judged[f"after delete: {status}"] += 1
        elif key in alive:
            # A live record is found: never 404. A get answers it; a delete the fake
            # refuses (a referring record) leaves it alive.
            assert status != 404, f"{where}: {coll.name} {key} was created, not deleted"
            if step.role == "get":
                assert status == 200, f"{where}: a get of a live {coll.name} record"
                assert _find(body, coll.id) == key, f"{where}: answered another record"
                self.judged["get after create: 200, same id"] += 1
            elif step.role == "delete" and status == 200:
                alive.discard(key)
                deleted.add(key)
                self.judged["delete of a live record: 200"] += 1
            else:
                self.judged[f"{step.role} of a live record: {status}"] += 1


# -- the child process ---------------------------------------------------------------------


def _token(base_url: str, key: str, secret: str) -> str:
    import httpx  # noqa: PLC0415

    with httpx.Client(base_url=base_url, timeout=10) as http:
        answer = http.post("/v1.0/oauth2/tokens", json={"AccountKey": key, "AccountSecret": secret})
        answer.raise_for_status()
        token: str = answer.json()["token"]
        return token


def _drive(
    args: argparse.Namespace, base_url: str, token: str, model: StateModel | None, mode: str
) -> Any:
    run = Run()
    error = None
    try:
        run_collections(
            base_url,
            token,
            args.seed,
            run,
            model,
            scenarios=args.scenarios,
            max_steps=args.steps,
            mode=mode,
        )
    except Exception as exc:  # reported to the parent, which fails the test with it
        error = f"{type(exc).__name__}: {exc}"
    return {
        "scenarios": run.scenarios,
        "steps": run.steps,
        "seconds": round(run.seconds, 2),
        "links": [[s, n, c, run.links_accepted[(s, n)]] for (s, n), c in sorted(run.links.items())],
        "statuses": dict(sorted(run.statuses.items())),
        "judged": dict(model.judged) if model is not None else {},
        "error": error,
    }


def main(argv: list[str]) -> int:
    """``--target fake`` or ``--target URL``; prints one JSON line of what the run did."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--scenarios", type=int, required=True)
    parser.add_argument("--steps", type=int, required=True)
    args = parser.parse_args(argv)
    if args.target != "fake":
        # Prism accepts any bearer token; it checks the request against the spec. Valid
        # requests only: Prism never answers a JSON body of one NUL byte (the request
        # times out), which negative generation sends; the fake answers it 400.
        print(json.dumps(_drive(args, args.target, "prism-token", None, "positive")))
        return 0
    from telegent.testing import FakeClock, FakeTelegent, serve_in_thread  # noqa: PLC0415

    fake = FakeTelegent(numbers=30, seed=7, clock=FakeClock(), rate_limit=None)
    with serve_in_thread(fake) as base_url:
        token = _token(base_url, fake.account_key, fake.account_secret)
        print(json.dumps(_drive(args, base_url, token, StateModel(), "all")))
    return 0


def run_in_child(target: str, *, seed: int, scenarios: int, steps: int) -> dict[str, Any]:
    """Run :func:`main` in a child process; what it printed."""
    code = "import sys; from tests.contract._stateful import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "--target", target, "--seed", str(seed)]
    command += ["--scenarios", str(scenarios), "--steps", str(steps)]
    done = subprocess.run(  # cwd: the checkout, so `tests.contract` imports
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and lines, f"exit {done.returncode}:\n{done.stdout}{done.stderr}"
    result: dict[str, Any] = json.loads(lines[-1])
    return result
