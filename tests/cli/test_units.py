"""The CLI's pieces in process: flag values, outputs, input files, mock flags, dispatch."""

from __future__ import annotations

import argparse
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from telegent.cli import _bulk_io, _spec
from telegent.cli._bulk_io import OutcomeWriter, Target, read_targets
from telegent.cli._flags import parse_value
from telegent.cli._journal import Journal, read_journal
from telegent.cli._main import _Tree
from telegent.cli._output import UsageError, as_plain, render
from telegent.testing import FaultKind
from telegent.testing._server import main as mock_main
from telegent.testing._server import parse_failure, parse_fault

# --------------------------------------------------------------------------- flag values


def test_flag_values_follow_the_schema() -> None:
    assert parse_value("42", {"type": "integer"}, "--n") == 42
    assert parse_value("2.5", {"type": "number"}, "--x") == 2.5
    assert parse_value("Yes", {"type": "boolean"}, "--b") is True
    assert parse_value("0", {"type": "boolean"}, "--b") is False
    shorthand = {"type": "object", "properties": {"Number": {}}, "x-telegent-shorthand": "Number"}
    assert parse_value("+12016093801", shorthand, "--numbers") == "+12016093801"
    assert parse_value('{"Number": "+1", "ICCID": "8"}', shorthand, "--numbers") == {
        "Number": "+1",
        "ICCID": "8",
    }
    with pytest.raises(argparse.ArgumentTypeError, match="invalid integer value: 'x'"):
        parse_value("x", {"type": "integer"}, "--n")
    with pytest.raises(argparse.ArgumentTypeError, match="not a JSON object"):
        parse_value("{oops", {"type": "object"}, "--o")


# --------------------------------------------------------------------------- output


@dataclass
class _Old:
    number: str
    port_out_pin: str | None
    _raw: dict[str, str] | None = None
    _SECRETS: ClassVar[frozenset[str]] = frozenset({"port_out_pin"})


class _New:
    def to_dict(self) -> dict[str, object]:
        return {"number": "+1", "token": "***"}


def test_records_become_plain_data_with_secrets_masked() -> None:
    assert as_plain(_Old("+12016093801", "1234")) == {
        "number": "+12016093801",
        "port_out_pin": "***",
    }
    assert as_plain(_Old("+12016093801", None))["port_out_pin"] is None
    assert as_plain(_Old("+12016093801", "1234"), reveal=True)["port_out_pin"] == "1234"
    assert as_plain([_New()]) == [{"number": "+1", "token": "***"}]


def _rendered(plain: object, fmt: str, fields: tuple[str, ...] | None = None) -> str:
    out = io.StringIO()
    render(plain, fmt, fields, out)
    return out.getvalue()


def test_render_formats() -> None:
    page = {"total": 2, "rows": [{"n": "+1", "s": "Active"}, {"n": "+2", "s": None}]}
    assert json.loads(_rendered(page, "json")) == page
    # --fields picks the rows' fields in JSON too (one meaning: test_fields.py)
    assert json.loads(_rendered(page, "json", ("n",))) == [{"n": "+1"}, {"n": "+2"}]
    assert _rendered(page, "jsonl").splitlines() == [
        '{"n": "+1", "s": "Active"}',
        '{"n": "+2", "s": null}',
    ]
    assert _rendered(page, "csv", ("s", "n")) == "s,n\nActive,+1\n,+2\n"
    table = _rendered(page, "table").splitlines()
    assert table[0].split() == ["field", "value"] and table[1].split() == ["total", "2"]
    assert table[3].split() == ["n", "s"] and table[4].split() == ["+1", "Active"]
    with pytest.raises(UsageError, match="unknown field"):
        _rendered(page, "jsonl", ("colour",))


def test_server_text_is_made_safe_for_spreadsheets_and_terminals() -> None:
    """Before: '=HYPERLINK(...)' reached CSV cells as is, ESC sequences the terminal."""
    rows = [
        {"OrderId": '=HYPERLINK("http://evil","x")', "Number": "=cmd|' /C calc'!A0"},
        {"OrderId": "@SUM(A1)", "Number": "+1+1"},
        {"OrderId": "\x1b[2J\x1b]0;owned\x07JNUOID-1", "Number": "+12016093801"},
        {"OrderId": "-2+3", "Number": "\tx"},
    ]
    cells = list(csv.reader(io.StringIO(_rendered(rows, "csv"))))[1:]
    assert cells == [
        ['\'=HYPERLINK("http://evil","x")', "'=cmd|' /C calc'!A0"],
        ["'@SUM(A1)", "'+1+1"],
        ["\x1b[2J\x1b]0;owned\x07JNUOID-1", "+12016093801"],
        ["'-2+3", "'\tx"],
    ]
    table = _rendered(rows, "table")
    assert "\x1b" not in table and "\x07" not in table
    assert "[2J]0;ownedJNUOID-1" in table


# --------------------------------------------------------------------------- bulk files


def test_input_files_header_columns_comments_and_iccids(tmp_path: Path) -> None:
    with_header = tmp_path / "a.csv"
    with_header.write_text(
        "name,Number,ICCID\n# a comment\n"
        "ann,+12016093801,8901240397190556232\n\nbob,+12016093802,\n"
    )
    assert read_targets([], str(with_header), iccids=False) == [
        Target("+12016093801", "8901240397190556232"),
        Target("+12016093802", None),
    ]
    plain = tmp_path / "b.txt"
    plain.write_text("+12016093801,a note\n+12016093802\n")
    assert read_targets(["+12016093803"], str(plain), iccids=False) == [
        Target("+12016093803"),
        Target("+12016093801"),
        Target("+12016093802"),
    ]
    assert read_targets([], str(plain), iccids=True)[0] == Target("+12016093801", "a note")
    assert read_targets(["+1=89"], None, iccids=True) == [Target("+1", "89")]
    empty_cell = tmp_path / "c.csv"
    empty_cell.write_text("number,iccid\n,8901\n")
    with pytest.raises(UsageError, match="line 2: no number"):
        read_targets([], str(empty_cell), iccids=True)


def test_input_size_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_bulk_io, "MAX_NUMBERS", 3)
    many = tmp_path / "many.txt"
    many.write_text("\n".join(f"+1201609380{i}" for i in range(5)))
    with pytest.raises(UsageError, match="more than 3 numbers"):
        read_targets([], str(many), iccids=False)


def test_previous_output_jsonl_with_a_cut_line_and_csv(tmp_path: Path) -> None:
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text(
        '{"number": "+1", "status": "failed"}\n{"number": "+2", "status": "done"}\n'
        '{"number": "+1", "status": "done"}\n{"number": "+3", "sta'
    )
    assert read_journal(str(jsonl)).statuses == {"+1": "done", "+2": "done"}
    as_csv = tmp_path / "out.csv"
    as_csv.write_text("number,status,order_id\n+4,unknown,\n+5,done,JNUOID-1\n+6,pend")
    previous = read_journal(str(as_csv))
    assert previous.statuses == {"+4": "unknown", "+5": "done"}  # the cut row is ignored
    assert (previous.fmt, previous.columns) == ("csv", ("number", "status", "order_id"))


def test_a_resume_file_without_status_is_refused(tmp_path: Path) -> None:
    """Before: a file written with --fields number,order_id resumed as '0 skipped'."""
    no_status = tmp_path / "out.csv"
    no_status.write_text("number,order_id\n+12016093801,JNUOID-1\n")
    with pytest.raises(UsageError, match="no status column"):
        read_journal(str(no_status))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"number,status\n+1,done \xe9\n")
    with pytest.raises(UsageError, match="not UTF-8"):
        read_journal(str(latin1))


def test_journal_rows_are_whole_durable_appends(tmp_path: Path) -> None:
    path = tmp_path / "j.csv"
    path.write_bytes(b"number,status,order_id\n+1,pending,\n+2,pend")  # a cut row
    journal = Journal(str(path), "csv", ("number", "status", "order_id"), header=True)
    journal.record([{"number": "+2", "status": "pending"}, {"number": "=cmd|x", "status": "x"}])
    journal.close()
    assert path.read_text().splitlines()[2:] == ["+2,pend", "+2,pending,", "'=cmd|x,x,"]
    assert read_journal(str(path)).statuses == {"+1": "pending", "+2": "pending", "=cmd|x": "x"}


def test_outcome_writer_fields() -> None:
    out = io.StringIO()
    OutcomeWriter(out, "csv", ("number", "status")).write([{"number": "+1", "status": "done"}])
    assert out.getvalue() == "number,status\n+1,done\n"
    formula = io.StringIO()
    OutcomeWriter(formula, "csv", ("number", "order_id")).write(
        [{"number": "+1+1", "order_id": '=HYPERLINK("http://x")'}, {"number": "+12016093801"}]
    )
    assert formula.getvalue().splitlines()[1:] == [
        '\'+1+1,"\'=HYPERLINK(""http://x"")"',
        "+12016093801,",  # a number stays a number
    ]
    with pytest.raises(UsageError, match="unknown field"):
        OutcomeWriter(io.StringIO(), "jsonl", ("colour",))


# --------------------------------------------------------------------------- mock flags


def test_fault_specs() -> None:
    assert parse_fault("status=503,times=2,path=/v1.0/numbers/status") == {
        "kind": FaultKind.STATUS,
        "times": 2,
        "status": 503,
        "path": "/v1.0/numbers/status",
    }
    assert parse_fault("latency=1.5,times=always") == {
        "kind": FaultKind.LATENCY,
        "times": None,
        "seconds": 1.5,
    }
    assert parse_fault("drop,after,method=POST")["after_processing"] is True
    for bad, message in [
        ("explode", "unknown fault kind"),
        ("drop=3", "takes no value"),
        ("status=abc", "not a number"),
        ("status,colour=red", "unknown fault option"),
    ]:
        with pytest.raises(argparse.ArgumentTypeError, match=message):
            parse_fault(bad)
    assert parse_failure("+12016093801") == ("+12016093801", "8A-ACCOUNT_NUM_REQ_OR_INCORRECT")
    assert parse_failure("+1=6P-LOCK") == ("+1", "6P-LOCK")


def test_mock_refuses_an_impossible_fault(capsys: pytest.CaptureFixture[str]) -> None:
    assert mock_main(["--port", "0", "--fault", "latency"]) == 2
    assert "LATENCY fault needs seconds" in capsys.readouterr().err
    assert mock_main(["--port", "0", "--fault", "status=200"]) == 2


# --------------------------------------------------------------------------- dispatch


def test_a_command_name_cannot_be_taken_twice() -> None:
    top = argparse.ArgumentParser().add_subparsers()
    tree = _Tree(top)
    tree.resource("numbers", "numbers")
    tree.leaf("numbers", "park", "park", options=lambda p: None)
    with pytest.raises(RuntimeError, match="two commands named 'telegent numbers park'"):
        tree.leaf("numbers", "park", "again", options=lambda p: None)


def test_spec_dispatch_table(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setitem(_spec.SPEC_TOOLS, "later", ("telegent.spec._not_written:main", "soon"))
    assert _spec.run_spec(["later"]) == 2
    assert "'later' is not available" in capsys.readouterr().err
    monkeypatch.setitem(_spec.SPEC_TOOLS, "echo", ("json.tool:main", "not a spec tool"))
    assert "echo" in _spec.usage()
    calls: list[list[str]] = []
    monkeypatch.setattr("json.tool.main", lambda argv=None: calls.append(argv) or 0)
    assert _spec.run_spec(["echo", "--x", "y"]) == 0
    assert calls == [["--x", "y"]]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--debug", "version"], "--debug: for API commands only"),
        (["--format", "csv", "version"], "--format: for API commands only"),
        (["--dry-run", "mock"], "--dry-run: for API commands only"),
        (["--no-progress", "orders", "get", "--order-id", "JNUOID-1"], "--no-progress: only"),
        (["--reveal", "numbers", "park", "+12016093801"], "--reveal: bulk outcomes"),
    ],
)
def test_an_accepted_option_never_goes_unused(argv, message, capsys) -> None:
    from telegent.cli import main

    assert main(argv) == 2
    assert message in capsys.readouterr().err


# --------------------------------------------------------------------------- rate limit


class _Bar:
    def __init__(self) -> None:
        self.statuses: list[str] = []

    def set_status(self, text: str) -> None:
        self.statuses.append(text)


def test_the_default_rate_limit_is_the_standard_tier_and_can_be_changed() -> None:
    from telegent.cli._session import settings_from

    assert settings_from(argparse.Namespace()).rate_limit == 50  # API_NOTES: 50 a minute
    assert settings_from(argparse.Namespace(rate_limit=0)).rate_limit is None
    assert settings_from(argparse.Namespace(rate_limit=10)).rate_limit == 10


def test_rate_limit_waits_are_named_and_a_stop_gives_up_the_unsent_change() -> None:
    """Before: the bar froze with no word during 15 s and 37 s waits."""
    import asyncio
    from types import SimpleNamespace

    from telegent._base_client import _CALL
    from telegent.cli._bulk_send import NotSent, _StopAwareLimiter

    ticks = iter([0.0, 59.7, 100.0, 120.0])
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario() -> None:
        run = SimpleNamespace(bar=_Bar(), stop_event=asyncio.Event())
        limiter = _StopAwareLimiter(run, 1, lambda: next(ticks))  # type: ignore[arg-type]
        assert await limiter.acquire_async(sleep) == 0.0
        assert round(await limiter.acquire_async(sleep), 1) == 0.3  # really waited
        assert run.bar.statuses == ["rate limited: 1 s", "sending"]
        run.stop_event.set()
        await limiter.acquire_async(sleep)  # a poll after the change: it still waits
        assert slept == [20.0]
        token = _CALL.set(SimpleNamespace(idempotent=False, path="/v1.0/numbers/status"))  # type: ignore[arg-type]
        try:
            with pytest.raises(NotSent):
                await limiter.acquire_async(sleep)
        finally:
            _CALL.reset(token)

    asyncio.run(scenario())


# --------------------------------------------------------------------------- the operator's words


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["nubmers", "list"], "did you mean numbers?"),
        (["numbers", "lst"], "did you mean list?"),
        (["numbers", "park", "+12016093801", "--batch-sise", "3"], "did you mean --batch-size?"),
        (["numbers", "list", "--limt", "3"], "did you mean --limit"),
    ],
)
def test_a_mistyped_command_or_flag_gets_a_suggestion(argv, hint, capsys) -> None:
    """Before: argparse's bare 'invalid choice' / 'unrecognized arguments'."""
    from telegent.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert hint in capsys.readouterr().err


def test_help_builds_only_the_commands_it_shows() -> None:
    """Before: every run built all 171 commands and imported every registry module."""
    import subprocess
    import sys

    code = (
        "import sys, contextlib, io\n"
        "from telegent.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(sys.argv[1:])\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules\n"
        "             if m.startswith('telegent._generated.operations.')))\n"
    )
    top = subprocess.run(
        [sys.executable, "-c", code, "--help"], capture_output=True, text=True, check=True
    )
    assert top.stdout.strip() == "[]"
    listing = subprocess.run(
        [sys.executable, "-c", code, "numbers", "list", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert listing.stdout.strip() == "['numbers']"


def test_arrays_of_phone_numbers_take_bare_numbers(capsys) -> None:
    """Before: `--to +1...` was 'not a JSON object' and send(["+1..."]) a TypeError."""
    import httpx

    from telegent import Telegent
    from telegent.cli import main

    assert main(["--dry-run", "message", "send", "--to", "+12013552077", "+12013552078",
                 "--from", "+18018018011", "--body", "hi"]) == 0  # fmt: skip
    sent = json.loads(capsys.readouterr().out)["request"]["json"]
    assert sent["To"] == [{"Number": "+12013552077"}, {"Number": "+12013552078"}]
    bodies: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"MessageId": "MID-1"})

    with Telegent(token="static-token", transport=httpx.MockTransport(answer)) as client:
        client.message.send(["+12013552077"], "+18018018011", "hi")
        client.numbers.get_data_usage(["+12013552077"])
    assert bodies[0] == {"To": [{"Number": "+12013552077"}], "From": "+18018018011", "Body": "hi"}
    assert bodies[1] == {"PhoneNumbers": [{"Number": "+12013552077"}]}


def test_listing_waits_are_named_on_the_bar() -> None:
    from telegent.cli._progress import report_waits
    from telegent.cli._session import Settings, make_client

    ticks = iter([0.0, 30.0])
    client = make_client(Settings(token="t", rate_limit=1))
    client._state.clock = lambda: next(ticks)
    bar = _Bar()
    report_waits(client, bar)  # type: ignore[arg-type]
    slept: list[float] = []
    limiter = client._state.limiter
    limiter.acquire(slept.append)
    limiter.acquire(slept.append)
    client.close()
    assert sum(slept) == 30.0 and max(slept) <= 1.0  # in ticks: the bar counts down
    assert bar.statuses == [f"rate limited: {n} s" for n in range(30, 0, -1)] + ["fetching"]


def test_a_bulk_wait_counts_down_to_the_next_request_and_says_how_many_wait() -> None:
    """Before: three batches queued behind a limit of 1 a minute showed 'rate limited:
    180 s' (the last one's wait) for the whole first minute, never changing."""
    import asyncio
    from types import SimpleNamespace

    from telegent.cli._bulk_send import _StopAwareLimiter

    async def never(_: float) -> None:
        raise AssertionError("no stop: nothing sleeps outside the countdown")

    async def scenario() -> list[str]:
        run = SimpleNamespace(bar=_Bar(), stop_event=asyncio.Event())
        times = iter([0.0, 58.5])
        limiter = _StopAwareLimiter(run, 1, lambda: next(times))  # type: ignore[arg-type]
        await limiter.acquire_async(never)
        limiter._left[0] = 61.5  # another batch already waits behind this one
        await limiter.acquire_async(never)  # 1.5 s: shown as 2 s, then 1 s
        statuses: list[str] = run.bar.statuses
        return statuses

    statuses = asyncio.run(scenario())
    assert statuses == [
        "rate limited: 2 s (1 more waiting)",
        "rate limited: 1 s (1 more waiting)",
        "rate limited: 62 s",  # this one is done: the other one is shown
    ]
