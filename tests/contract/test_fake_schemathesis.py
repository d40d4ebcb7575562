"""schemathesis, run from the patched spec against the fake served over HTTP.

The fake runs in this process (``serve_in_thread``, loopback, ephemeral port, no rate
limit, a FakeClock); ``schemathesis run`` runs as a subprocess against it, configured
by a ``schemathesis.toml`` written per run. Choices (see ``_config``):

* Phases: all four (examples, coverage, fuzzing, stateful), at most ``MAX_EXAMPLES``
  cases per operation in the fuzzing phase, a fixed seed, no example database.
* Modes: positive and negative. Negative cases (schema-invalid requests) must be
  refused with 400, or 401 when the security header itself was broken
  (``negative_data_rejection``).
* Checks: ``not_a_server_error``, ``status_code_conformance``,
  ``content_type_conformance``, ``response_schema_conformance``,
  ``response_headers_conformance``, ``negative_data_rejection``, ``ignored_auth``
  (a bearer-protected operation must refuse a missing/garbled token),
  ``missing_required_header``, ``unsupported_method`` and
  ``allow_header_conformance`` (405 with ``Allow`` for methods the spec omits).
  Not run: ``positive_data_acceptance`` (the fake, like the API, refuses schema-valid
  requests that break business rules with 400, e.g. a number listed twice, a route id
  without its ``MRID-``/``CRID-`` prefix), and the resource-lifecycle/authorization
  checks (``use_after_free``, ``ensure_resource_availability``,
  ``object_level_authorization``), which need DELETE operations or several accounts.
* Auth: one real token request to the served fake; schemathesis sends the token
  through the spec's ``BearerAuth`` scheme (so ``ignored_auth`` knows what to strip).
* Data: dictionaries of the fake's real numbers, order ids and credentials feed
  ``Number``, ``PhoneNumbers[*].Number``, ``OrderId``, ``AccountKey`` and
  ``AccountSecret`` most of the time, so positive cases reach the fake's business
  logic (200s) instead of stopping at 401/404.
* Known gaps: ``KNOWN_FAKE_GAPS`` lists, per (check, operation), where the fake breaks
  the full spec today and why; the failures found must be exactly those.
* Undeclared methods: the coverage phase probes schemathesis' default set (GET, PUT,
  POST, DELETE, OPTIONS, PATCH, TRACE, QUERY); test_fake_contract.py checks each one
  (and HEAD) per path with a precise message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent, serve_in_thread
from telegent.testing._collections import collections_table

from ._spec import SPEC_PATH, TALLY, operation_count

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

# 5 cases per operation in the fuzzing phase: over the full spec's 143 operations that is
# ~6,300 cases in ~5.5 minutes on one worker (25, as with the 4 seed operations, ran past
# 10 minutes).
MAX_EXAMPLES = 5
SEED = 20250515
TOKEN_ENV = "TELEGENT_CONTRACT_TOKEN"  # noqa: S105 - the variable's name, not a secret
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
    "ignored_auth",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
)
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")

# Operations no generated case got a 2xx from, and why (asserted exactly, like the gaps).
# The collections keep state: a get, update or delete answers 2xx only for an id the fake
# holds. The spec leaves most ids optional, so the few fuzzing cases per operation either
# leave it out (400) or send one of the seeded ids after a delete took it; these did not
# hit a live one (the round trip in tests/testing/test_fake_collections.py covers them).
STATEFUL_MISS = "no generated case named a record the fake holds (see above)"
NEVER_ACCEPTED: dict[str, str] = {
    "GET /v1.0/message/routes": STATEFUL_MISS,
    "GET /v1.0/numbers": STATEFUL_MISS,
    "GET /v1.0/packages": STATEFUL_MISS,
    "GET /v1.0/products": STATEFUL_MISS,
    "GET /v1.0/services": STATEFUL_MISS,
    "GET /v1.0/subscriptions": STATEFUL_MISS,
    "POST /v1.0/message/routes/update": STATEFUL_MISS,
    "POST /v1.0/packages/items/update": STATEFUL_MISS,
    "POST /v1.0/packages/update": STATEFUL_MISS,
    "POST /v1.0/products/update": STATEFUL_MISS,
    "POST /v1.0/services/update": STATEFUL_MISS,
    "POST /v1.0/subscribers/message-filter/update": STATEFUL_MISS,
    "POST /v1.0/subscriptions/features/update": STATEFUL_MISS,
    "POST /v1.0/subscriptions/thresholds/update": STATEFUL_MISS,
    "POST /v1.0/subscriptions/update": STATEFUL_MISS,
}

# Where the fake breaks the spec today: (check code, operation) -> why and whose fix.
# Asserted both ways: a new failure fails the test, and so does a gap that closed.
KNOWN_FAKE_GAPS: dict[tuple[str, str], str] = {
    ("ST201", "GET /v1.0/distributor/products"): (
        "Filter= (empty) breaks the enum; the fake treats an empty query value as absent"
    ),
}


class Served:
    """The fake, its base URL, a token, and real ids to feed schemathesis."""

    def __init__(self, fake: FakeTelegent, base_url: str) -> None:
        self.fake = fake
        self.base_url = base_url
        with httpx.Client(base_url=base_url, timeout=10) as http:
            login = {"AccountKey": fake.account_key, "AccountSecret": fake.account_secret}
            self.token = http.post("/v1.0/oauth2/tokens", json=login).json()["token"]
            auth = {"Authorization": f"Bearer {self.token}"}
            self.numbers = [str(r.number) for r in fake.iter_numbers()]
            self.order_ids = []
            for number in self.numbers[-3:]:
                body = {
                    "StatusChange": "activate",
                    "EffectiveDate": "12/31/2023",
                    "PhoneNumbers": [{"Number": number}],
                }
                answer = http.post("/v1.0/numbers/status", json=body, headers=auth)
                self.order_ids.append(answer.json()["OrderId"])
        self.record_ids = _seed_collections(fake)


# Records per collection: enough that the deletes schemathesis sends leave some to get.
RECORDS_PER_COLLECTION = 40


def _seed_collections(fake: FakeTelegent) -> dict[str, list[str]]:
    """Seed every collection; the ids by the request parameter that carries them."""
    by_key: dict[str, set[str]] = {}
    for name, coll in collections_table().items():
        if coll.step("create") is None:
            continue
        ids = fake.add_records(name, [{}] * RECORDS_PER_COLLECTION)
        for step in coll.steps.values():
            for key in step.keys:
                by_key.setdefault(key, set()).update(ids)
    return {key: sorted(ids) for key, ids in by_key.items()}


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    fake = FakeTelegent(numbers=60, seed=7, clock=FakeClock(), rate_limit=None, polls_to_complete=1)
    with serve_in_thread(fake) as base_url:
        yield Served(fake, base_url)


def _toml(value: Any) -> str:
    # JSON strings, numbers, booleans and arrays of them are valid TOML values.
    return json.dumps(value)


def _config(served: Served) -> str:
    """The schemathesis.toml for one run (see the module docstring for the choices)."""
    dictionaries = {
        "numbers": served.numbers[:-3],  # the last three carry the pre-made orders
        "orders": served.order_ids,
        "account-keys": [served.fake.account_key],
        "account-secrets": [served.fake.account_secret],
    }
    bindings: dict[str, str] = {}
    for key, ids in sorted(served.record_ids.items()):  # each collection's ids, by key
        dictionaries[f"ids-{key}"] = ids
        bindings.update({f"query.{key}": f"ids-{key}", f"body.{key}": f"ids-{key}"})
    bindings |= {
        "body.Number": "numbers",
        "body.PhoneNumbers[*].Number": "numbers",
        "query.OrderId": "orders",
        "body.AccountKey": "account-keys",
        "body.AccountSecret": "account-secrets",
    }
    lines = [
        f"seed = {SEED}",
        "workers = 1",
        "request-timeout = 10",
        "",
        "[generation]",
        'mode = "all"',
        f"max-examples = {MAX_EXAMPLES}",
        'database = "none"',
        "",
        "[checks]",
        "enabled = false",
    ]
    for check in CHECKS:
        lines += ["", f"[checks.{check}]", "enabled = true"]
        if check == "negative_data_rejection":
            lines.append(f"expected-statuses = {_toml(['400', '401'])}")
    lines += [
        "",
        "[auth.openapi.BearerAuth]",
        f'bearer = "${{{TOKEN_ENV}}}"',
    ]
    for name, values in dictionaries.items():
        lines += ["", f"[dictionaries.{name}]", f"values = {_toml(values)}"]
    lines += ["", "[parameters]"]
    lines += [
        f'"{key}" = {{ dictionary = "{name}", probability = 0.8 }}'
        for key, name in bindings.items()
    ]
    return "\n".join(lines) + "\n"


def test_schemathesis_finds_no_conformance_failures(served: Served, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(_config(served), encoding="utf-8")
    report_path = tmp_path / "report.json"
    command = [
        str(SCHEMATHESIS),
        "--no-color",
        "--config-file",
        str(config),
        "run",
        str(SPEC_PATH),
        "--url",
        served.base_url,
        "--report",
        "json",
        "--report-json-path",
        str(report_path),
    ]
    env = {**os.environ, TOKEN_ENV: served.token}
    run = subprocess.run(  # cwd: keep schemathesis' files out of the checkout
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    output = run.stdout + run.stderr
    assert report_path.exists(), f"schemathesis wrote no report (exit {run.returncode}):\n{output}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    cases = report["test_cases"]["generated"]
    TALLY.schemathesis_cases += cases
    TALLY.schemathesis_runs += 1
    print(f"\nschemathesis: {cases} cases over {report['operations']['tested']} operations")

    found = {(f["code"], op) for f in report["failures"] for op in f["operations"]}
    assert report["errors"] == [], output
    assert found == set(KNOWN_FAKE_GAPS), (
        f"new failures: {sorted(found - set(KNOWN_FAKE_GAPS))}; "
        f"closed gaps to delete from KNOWN_FAKE_GAPS: {sorted(set(KNOWN_FAKE_GAPS) - found)}"
        f"\n{output}"
    )
    assert run.returncode == (1 if found else 0), output
    assert report["complete"] and report["operations"]["tested"] == operation_count(), output
    phases = {name: phase["status"] for name, phase in report["phases"].items()}
    assert set(phases) == {"examples", "coverage", "fuzzing", "stateful"}, phases
    # A phase may only fail by finding the known gaps (checked above), never error/skip.
    assert set(phases.values()) <= ({"success", "failure"} if found else {"success"}), phases
    # Not vacuous: enough cases, authentication worked, and positive cases got through.
    assert cases >= operation_count() * MAX_EXAMPLES, output
    assert report["warnings"]["missing_auth"] == [], output
    accepted = {
        op: sum(phase.get("accepted", 0) for phase in rates.values())
        for op, rates in report["valid_rates"].items()
    }
    never = {op for op, count in accepted.items() if not count}
    assert never == set(NEVER_ACCEPTED), f"operations never answered 2xx: {never}"
