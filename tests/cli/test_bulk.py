"""``telegent numbers park|... --from FILE``: per-number outcomes, a summary, resumable."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .conftest import Mock, inventory, lines, run_cli, start_mock

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow


def _write_csv(path: Path, numbers: list[str], header: bool = True) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        if header:
            writer.writerow(["number", "note"])
        writer.writerows([n, "batch test"] for n in numbers)
    return path


def test_park_1000_from_csv_then_resume_does_nothing(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()
    source = _write_csv(tmp_path / "numbers.csv", numbers)

    first = run_cli(mock, "numbers", "park", "--from", str(source))

    assert first.returncode == 0, first.stderr
    outcomes = [json.loads(line) for line in lines(first.stdout)]
    assert [o["number"] for o in outcomes] == numbers  # one outcome a number, input order
    assert {o["status"] for o in outcomes} == {"done"}
    assert all(o["order_id"].startswith("JNUOID-") and o["action"] == "park" for o in outcomes)
    assert len({o["order_id"] for o in outcomes}) == 10  # ten batches of 100
    assert "park: 1000 done, 0 failed, 0 unknown" in first.stderr
    assert mock.status_changes() == 10

    previous = tmp_path / "previous.jsonl"
    previous.write_text(first.stdout, encoding="utf-8")
    again = run_cli(mock, "numbers", "park", "--from", str(source), "--resume", str(previous))

    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    assert "1000 skipped" in again.stderr
    assert mock.status_changes() == 10  # the re-run sent no status change


def test_resume_sends_only_what_is_missing(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()[:250]
    source = _write_csv(tmp_path / "numbers.csv", numbers, header=False)
    out = tmp_path / "out.jsonl"
    first = run_cli(
        mock,
        "numbers",
        "bulk-change-status",
        "--action",
        "activate",
        "--from",
        str(source),
        "--output",
        str(out),
    )
    assert first.returncode == 0, first.stderr
    journal = [json.loads(line) for line in lines(out.read_text(encoding="utf-8"))]
    assert [r["status"] for r in journal].count("pending") == 250  # each batch, before sending
    assert {r["number"] for r in journal if r["status"] == "done"} == set(numbers)
    # As if the run had been killed before the last batch was journalled, mid-line.
    kept = [json.dumps(r) for r in journal if r["number"] in numbers[:240]]
    out.write_text("\n".join(kept) + "\n" + kept[-1][:20], encoding="utf-8")
    before = mock.status_changes()

    again = run_cli(
        mock,
        "numbers",
        "bulk-change-status",
        "--action",
        "activate",
        "--from",
        str(source),
        "--resume",
        str(out),
        "--output",
        str(out),
    )

    assert again.returncode == 0, again.stderr
    assert mock.status_changes() == before + 1  # one batch for the 10 missing numbers
    rows = [json.loads(line) for line in lines(out.read_text(encoding="utf-8"))[481:]]
    assert [r["number"] for r in rows if r["status"] == "done"] == numbers[240:]
    assert "10 done" in again.stderr and "240 skipped" in again.stderr


def test_csv_output_from_stdin_and_resume_from_csv(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()[:30]
    result = run_cli(
        mock,
        "numbers",
        "cancel",
        "--from",
        "-",
        "--format",
        "csv",
        "--batch-size",
        "7",
        "--concurrency",
        "2",
        input="\n".join(numbers) + "\n",
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["number"] for r in rows] == numbers
    assert {r["status"] for r in rows} == {"done"}
    assert sorted({int(r["batch"]) for r in rows}) == [0, 1, 2, 3, 4]  # 30 in batches of 7
    assert mock.status_changes() == 5

    previous = tmp_path / "previous.csv"
    previous.write_text(result.stdout, encoding="utf-8")
    again = run_cli(mock, "numbers", "cancel", *numbers, "--resume", str(previous))
    assert again.returncode == 0 and again.stdout == ""
    assert mock.status_changes() == 5


def test_repeated_numbers_are_sent_once(mock: Mock) -> None:
    a, b = inventory()[:2]
    result = run_cli(mock, "numbers", "activate", a, b, a)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["number"] for line in lines(result.stdout)] == [a, b]
    assert "1 repeated in the input" in result.stderr


def test_failed_numbers_are_reported_and_exit_1(tmp_path: Path) -> None:
    numbers = inventory()[:5]
    server = start_mock(
        "--polls-to-complete", "1", "--fail-number", f"{numbers[0]}=6P-REMOVE NUMBER LOCK"
    )
    try:
        result = run_cli(server, "numbers", "park", *numbers, "--batch-size", "1", "--wait")
    finally:
        server.stop()
    assert result.returncode == 1
    outcomes = {o["number"]: o for o in map(json.loads, lines(result.stdout))}
    assert outcomes[numbers[0]]["status"] == "failed"
    assert "6P" in outcomes[numbers[0]]["error"]
    assert [outcomes[n]["status"] for n in numbers[1:]] == ["done"] * 4
    assert "4 done, 1 failed" in result.stderr


def test_one_bad_number_in_a_thousand_sends_nothing(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()
    numbers[900] = "2016093801"
    source = _write_csv(tmp_path / "numbers.csv", numbers)
    result = run_cli(mock, "numbers", "park", "--from", str(source))
    assert result.returncode == 2
    assert "'2016093801' is not valid" in result.stderr
    assert result.stdout == ""
    assert mock.requests() == []


def test_swap_sim_takes_number_iccid_pairs(mock: Mock) -> None:
    number = inventory()[3]
    result = run_cli(mock, "numbers", "swap-sim", f"{number}=8901240397190556232")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "done"
    missing = run_cli(mock, "numbers", "swap-sim", number)
    assert missing.returncode == 2
    assert "ICCID" in missing.stderr


def test_bulk_dry_run_checks_everything_and_sends_nothing(mock: Mock, tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "numbers.csv", inventory()[:150])
    result = run_cli(mock, "--dry-run", "numbers", "park", "--from", str(source))
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["request"]["json"]["StatusChange"] == "park"
    assert len(shown["request"]["json"]["PhoneNumbers"]) == 100
    assert "150 number(s) in 2 request(s)" in result.stderr
    assert mock.requests() == []


def test_input_problems_exit_2(mock: Mock, tmp_path: Path) -> None:
    nothing = run_cli(mock, "numbers", "park")
    assert nothing.returncode == 2 and "no numbers given" in nothing.stderr
    absent = run_cli(mock, "numbers", "park", "--from", str(tmp_path / "absent.csv"))
    assert absent.returncode == 2 and "cannot read" in absent.stderr
    needs_resume = run_cli(mock, "numbers", "park", "+12016093801", "--retry-unknown")
    assert needs_resume.returncode == 2 and "--retry-unknown needs --resume" in needs_resume.stderr
    table = run_cli(mock, "numbers", "park", "+12016093801", "--format", "table")
    assert table.returncode == 2 and "jsonl or csv" in table.stderr
    kept = tmp_path / "kept.jsonl"
    kept.write_text('{"number": "+12016093801", "status": "done"}\n', encoding="utf-8")
    fields = run_cli(
        mock, "numbers", "park", "+12016093801", "--output", str(kept), "--fields", "number,colour"
    )
    assert fields.returncode == 2 and "unknown field(s) colour" in fields.stderr
    assert kept.read_text(encoding="utf-8").startswith('{"number": "+12016093801"')
    assert mock.requests() == []
