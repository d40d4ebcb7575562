"""Fixtures for the contract tests: the Prism server, and the session's counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._prism import PRISM_BIN, PrismServer, in_ci, install, unavailable_reason
from ._spec import SPEC_PATH, TALLY


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Without the patched spec nothing here means anything: say so once, loudly.
    if not SPEC_PATH.exists():
        for item in items:
            if "tests/contract/" in str(item.path).replace("\\", "/"):
                item.add_marker(
                    pytest.mark.skip(reason=f"{SPEC_PATH} is missing: run scripts/regenerate.py")
                )


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """Prism serving the patched spec on a free loopback port, for the whole session.

    Skips (with the reason) where Node.js is missing and Prism is not installed;
    under CI (``CI=true``) it fails instead, so CI cannot silently lose these tests.
    """
    reason = unavailable_reason()
    if reason is not None:
        if in_ci():
            pytest.fail(f"CI=true but the Prism scenarios cannot run: {reason}", pytrace=False)
        pytest.skip(reason)
    if not PRISM_BIN.exists():
        install()
    server = PrismServer(tmp_path_factory.mktemp("prism") / "prism.log")
    try:
        server.wait_until_listening()
        yield server
    finally:
        server.stop()


# Under pytest-xdist the tests count in the workers; each hands its counts to the
# controller, which prints the summary.
def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["telegent_contract_tally"] = {
            name: sorted(value) if isinstance(value, set) else value
            for name, value in vars(TALLY).items()
        }


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    counts = getattr(node, "workeroutput", {}).get("telegent_contract_tally", {})
    for name, value in counts.items():
        mine = getattr(TALLY, name)
        setattr(TALLY, name, mine | set(value) if isinstance(mine, set) else mine + value)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The counts the issue asks for, when contract tests ran."""
    t = TALLY
    if not (t.fake_requests or t.prism_requests or t.schemathesis_runs):
        return
    write = terminalreporter.write_line
    terminalreporter.write_sep("-", "contract summary")
    write(
        f"client requests validated against the patched spec (openapi-core): "
        f"{t.fake_requests + t.prism_requests} ({t.fake_requests} to the fake, "
        f"{t.prism_requests} to Prism); responses validated: "
        f"{t.fake_responses + t.prism_responses}"
    )
    write(f"schemathesis cases run against the fake over HTTP: {t.schemathesis_cases}")
    write(
        f"Prism scenarios passed: {t.prism_scenarios_passed} "
        f"(violations seen in their requests: {t.prism_violations})"
    )
    fake_ops = {key.rsplit("-", 1)[0] for key in t.operations_on_fake}
    write(
        f"operations called through the SDK: {len(t.operations_on_prism)} on Prism with 0 "
        f"violations, {len(fake_ops)} on the fake ({len(t.operations_on_fake)} sync/async calls)"
    )
