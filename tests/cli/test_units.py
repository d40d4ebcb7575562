"""The CLI's pieces in process: flag values, outputs, input files, mock flags, dispatch."""

from __future__ import annotations

import argparse
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from telegent.cli import _bulk_io, _spec
from telegent.cli._bulk_io import OutcomeWriter, Target, read_previous, read_targets
from telegent.cli._flags import parse_value
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
    assert json.loads(_rendered(page, "json", ("total",))) == {"total": 2}
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
    assert read_previous(str(jsonl)) == {"+1": "done", "+2": "done"}
    as_csv = tmp_path / "out.csv"
    as_csv.write_text("number,status,order_id\n+4,unknown,\n+5,done,JNUOID-1\n")
    assert read_previous(str(as_csv)) == {"+4": "unknown", "+5": "done"}


def test_outcome_writer_fields() -> None:
    out = io.StringIO()
    OutcomeWriter(out, "csv", ("number", "status")).write([{"number": "+1", "status": "done"}])
    assert out.getvalue() == "number,status\n+1,done\n"
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
