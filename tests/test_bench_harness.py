"""The benchmark harness's own logic (no benchmark runs, nothing timed): rows judged by the
goals as declared once, the table rendered from a run's JSON, the README quoting exactly the
committed run, and a peer that cannot run becoming a row that says why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import _render
from bench._core import ROOT, Result, Row, Settings, row_status
from bench._goals import GOALS
from bench._peers import Peer, add_peer_rows, import_check

LATEST = ROOT / "bench" / "results" / "latest.json"


def _info(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "command": "python -m bench",
        "started_utc": "2026-01-01T00:00:00+00:00",
        "duration_s": 300.0,
        "quick": False,
        "git": {"commit": "abc1234", "dirty": False},
        "machine": {
            "cpu_model": "CPU",
            "cpus_usable": 2,
            "memory_gb": 8.0,
            "platform": "Linux",
            "implementation": "CPython",
            "python": "3.11.7",
            "load_avg_at_start": [1.5, 1.0, 1.0],
        },
        "packages": {"httpx": "0.28.1", "pydantic": None},
        "benchmarks": [{"id": 1, "title": "t", "rows": rows, "notes": [], "error": None}],
    }


def test_the_committed_readmes_are_rendered_from_the_committed_run() -> None:
    info = json.loads(LATEST.read_text())
    assert not info["quick"], "latest.json must be a full run (python -m bench)"
    for path, text in _render.rendered_files(info).items():
        assert path.read_text() == text, f"{path.name} is stale: run `python -m bench --render`"


def test_rows_are_judged_by_the_goal_declared_now() -> None:
    goal = GOALS["call"].limit
    passing = Row("a", goal * 10, 10.0, "s", "SDK", "raw", "call").as_dict()
    missing = Row("b", goal * 10 + 1, 10.0, "s", "SDK", "raw", "call").as_dict()
    assert (row_status(passing), row_status(missing)) == ("pass", "MISS")
    assert row_status(Row("c", 5.0, 1.0, "s", "x", "y").as_dict()) == "report"


def test_an_absolute_goal_judges_the_measured_figure_not_the_ratio() -> None:
    limit = GOALS["completion"].limit
    assert GOALS["completion"].absolute
    # Ten times the baseline, still under the limit: a time goal passes.
    fast = Row("tab", limit / 2, limit / 20, "s", "completion", "import httpx", "completion")
    slow = Row("tab", limit * 2, limit * 4, "s", "completion", "import httpx", "completion")
    assert (fast.status, slow.status) == ("pass", "MISS")


def test_an_unknown_goal_is_refused() -> None:
    with pytest.raises(KeyError, match="unknown goal"):
        Row("a", 1.0, 1.0, "s", "x", "y", "no-such-goal")


def test_the_table_shows_each_status_and_the_goal_text() -> None:
    rows = [
        Row("judged", 1.0, 2.0, "s", "SDK", "raw", "call").as_dict(),
        Row("missed", 3.0, 1.0, "B", "SDK", "raw", "memory").as_dict(),
        Row("reported", 0.002, 0.001, "s", "peer", "raw").as_dict(),
        Row.cannot_run("peer row", "s", "peer", "raw", "ImportError: boom\nmore").as_dict(),
    ]
    lines = _render.table(_info(rows)["benchmarks"]).splitlines()[2:]
    call = GOALS["call"].text
    assert lines[0] == f"| 1 | judged | SDK 1.00 s | raw 2.00 s | 0.50x | {call} | pass |"
    assert lines[1].endswith(f"| 3.00x | {GOALS['memory'].text} | **MISS** |")
    assert lines[2] == "| 1 | reported | peer 2.0 ms | raw 1.0 ms | 2.00x | report | — |"
    assert lines[3] == (
        "| 1 | peer row | peer: cannot run (ImportError: boom) |  | — | report | cannot run |"
    )


def test_the_readme_block_names_the_run_behind_it() -> None:
    block = _render.render(_info([Row("a", 1.0, 1.0, "s", "x", "y").as_dict()]))
    assert "full run of `python -m bench`" in block
    assert "commit abc1234" in block and "load average 1.5" in block
    assert "httpx 0.28.1" in block and "pydantic" not in block  # absent packages left out


def test_splice_replaces_only_between_the_markers() -> None:
    text = "head\n<!-- a -->\nold\n<!-- b -->\ntail\n"
    assert _render.splice(text, "<!-- a -->", "<!-- b -->", "new") == (
        "head\n<!-- a -->\nnew\n<!-- b -->\ntail\n"
    )
    with pytest.raises(ValueError, match="markers not found"):
        _render.splice("no markers", "<!-- a -->", "<!-- b -->", "new")


@pytest.fixture
def broken_peer(tmp_path: Path) -> Peer:
    """A generated package that raises on import, as a peer with a naming collision does."""
    package = tmp_path / "peer_broken"
    package.mkdir()
    (package / "__init__.py").write_text(
        "raise TypeError('Unable to generate a schema for FieldInfo\\nsecond line')\n"
    )
    return Peer(
        "opc",
        "some-generator 1.0",
        "peer_broken",
        root=str(tmp_path),
        call_module="peer_broken.api.get_order",
        call_attr="sync",
        id_param="order_id",
        id_attr="order_id",
        page_model="InventoryPage",
        items_attr="phone_numbers",
    )


def test_a_peer_that_fails_to_import_gets_a_cannot_run_row(broken_peer: Peer) -> None:
    broken_peer.error = import_check(broken_peer)  # a child interpreter, as the runner does
    assert broken_peer.error == "TypeError: Unable to generate a schema for FieldInfo"
    res = Result(1, "t")
    add_peer_rows(res, [broken_peer], "call", {}, Settings(quick=True), "orders.get", "raw", "raw")
    (row,) = res.rows
    assert (row.status, row.reason) == ("cannot run", broken_peer.error)
    assert row.label == "orders.get: some-generator 1.0 (bare)"
    rendered = _render.table([res.as_dict()])
    assert "cannot run (TypeError: Unable to generate a schema for FieldInfo)" in rendered


def test_a_peer_that_fails_while_measured_gets_a_cannot_run_row(broken_peer: Peer) -> None:
    """The import check passed (say), the measuring child fails: still a row, not a crash."""
    fixtures = {"pages": ["{}"], "page_size": 1, "rounds": 1, "rounds_quick": 1}
    res = Result(2, "t")
    add_peer_rows(res, [broken_peer], "parse", fixtures, Settings(quick=True), "parse", "x", "x")
    (row,) = res.rows
    assert row.status == "cannot run"
    assert row.reason == "TypeError: Unable to generate a schema for FieldInfo"
