"""The journal as the resume file, as an operator gets it wrong (each test failed before).

Before: a file written with ``--fields number,order_id`` had no status (resuming re-sent
every number, "0 skipped"); resuming with another ``--format`` appended JSON lines to a
CSV (the next resume re-sent half of it); ``--from X -o X`` overwrote the input; a
non-UTF-8 input was a traceback and exit 1; ``| head -1`` stopped the run silently.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from .conftest import CREDENTIALS, Mock, clean_env, inventory, lines, run_cli, start_mock


def _numbers_file(path: Path, numbers: list[str]) -> Path:
    path.write_text("\n".join(numbers) + "\n", encoding="utf-8")
    return path


def test_a_journal_keeps_status_whatever_fields_says(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()[:20]
    source = _numbers_file(tmp_path / "in.csv", numbers)
    journal = tmp_path / "out.csv"
    first = run_cli(
        mock, "numbers", "park", "--from", str(source), "-o", str(journal),
        "--format", "csv", "--fields", "number,order_id", "--batch-size", "5",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    rows = list(csv.DictReader(io.StringIO(journal.read_text(encoding="utf-8"))))
    assert {r["status"] for r in rows} == {"pending", "done"}
    assert all(r["order_id"].startswith("JNUOID-") for r in rows if r["status"] == "done")
    sent = mock.status_changes()

    again = run_cli(
        mock, "numbers", "park", "--from", str(source), "--resume", str(journal),
        "-o", str(journal),
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "20 skipped" in again.stderr
    assert mock.status_changes() == sent


def test_resuming_with_another_format_keeps_the_journal_s_format(
    mock: Mock, tmp_path: Path
) -> None:
    numbers = inventory()[:20]
    source = _numbers_file(tmp_path / "in.csv", numbers)
    journal = tmp_path / "out.csv"
    first = run_cli(
        mock, "numbers", "park", *numbers[:10], "-o", str(journal), "--format", "csv",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = run_cli(
        mock, "numbers", "park", "--from", str(source), "--resume", str(journal),
        "-o", str(journal), "--format", "jsonl",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    rows = list(csv.DictReader(io.StringIO(journal.read_text(encoding="utf-8"))))
    assert {r["number"] for r in rows if r["status"] == "done"} == set(numbers)
    sent = mock.status_changes()
    third = run_cli(
        mock, "numbers", "park", "--from", str(source), "--resume", str(journal),
        "-o", str(journal),
    )  # fmt: skip
    assert third.returncode == 0 and "20 skipped" in third.stderr
    assert mock.status_changes() == sent


def test_the_input_file_is_never_the_journal(mock: Mock, tmp_path: Path) -> None:
    numbers = inventory()[:3]
    source = _numbers_file(tmp_path / "in.csv", numbers)
    same = run_cli(mock, "numbers", "park", "--from", str(source), "-o", str(source))
    assert same.returncode == 2 and "is the --from file" in same.stderr
    assert source.read_text(encoding="utf-8").split() == numbers
    dash = run_cli(mock, "numbers", "park", "--from", str(source), "-o", "-")
    assert dash.returncode == 2 and "must be a file" in dash.stderr
    kept = tmp_path / "old.jsonl"
    kept.write_text('{"number": "+1", "status": "pending"}\n', encoding="utf-8")
    taken = run_cli(mock, "numbers", "park", "--from", str(source), "-o", str(kept))
    assert taken.returncode == 2 and f"--resume {kept}" in taken.stderr
    assert mock.requests() == []


def test_non_utf8_input_is_a_clear_error(mock: Mock, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"number,note\n+12013552077,caf\xe9\n")
    result = run_cli(mock, "numbers", "park", "--from", str(latin1))
    assert result.returncode == 2
    assert (
        "latin1.csv: not UTF-8 text (byte b'\\xe9'" in result.stderr
        and "Traceback" not in result.stderr
    )
    assert mock.requests() == []


def test_a_reader_gone_from_the_pipe_stops_the_run_with_a_summary(tmp_path: Path) -> None:
    numbers = inventory()[:100]
    source = _numbers_file(tmp_path / "in.csv", numbers)
    server = start_mock("--fault", "latency=0.1,times=always,path=/v1.0/numbers/status")
    try:
        env = clean_env(**CREDENTIALS, TELEGENT_BASE_URL=server.base_url)
        args = ["numbers", "park", "--from", str(source), "--batch-size", "10"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "telegent", *args, "--concurrency", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()  # `| head -1`
        proc.stdout.close()
        stderr = proc.stderr.read()
        proc.wait(timeout=60)
        sent = server.status_changes()
    finally:
        server.stop()
    assert proc.returncode == 141, stderr
    assert "stopped by SIGPIPE" in stderr and "not sent" in stderr
    assert "journal: " in stderr
    assert sent < 10
    journal = Path(stderr.rsplit("journal: ", 1)[1].split()[0])
    assert len([n for n in lines(journal.read_text(encoding="utf-8")) if '"done"' in n]) >= 10


def test_pending_batches_are_unknown_on_resume(mock: Mock, tmp_path: Path) -> None:
    """A batch journalled as pending (killed in flight) is not resent without
    --retry-unknown: its request may have reached the API."""
    a, b, c = inventory()[:3]
    journal = tmp_path / "journal.jsonl"
    journal.write_text(
        f'{{"number": "{a}", "status": "pending", "batch": 0}}\n'
        f'{{"number": "{b}", "status": "pending", "batch": 0}}\n'
        f'{{"number": "{b}", "status": "done", "batch": 0}}\n',
        encoding="utf-8",
    )
    resumed = run_cli(
        mock, "numbers", "park", a, b, c, "--resume", str(journal), "-o", str(journal)
    )
    assert resumed.returncode == 1, resumed.stderr
    assert "1 done" in resumed.stderr and "1 number(s) unknown from before" in resumed.stderr
    assert mock.status_changes() == 1  # c only
    retried = run_cli(
        mock, "numbers", "park", a, b, c, "--resume", str(journal), "-o", str(journal),
        "--retry-unknown",
    )  # fmt: skip
    assert retried.returncode == 0, retried.stderr
    assert "1 done" in retried.stderr and "2 skipped" in retried.stderr
    assert mock.status_changes() == 2  # a, once checked, on purpose
