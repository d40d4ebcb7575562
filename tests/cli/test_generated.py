"""A command for every generated operation, and --help at every level."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from telegent.cli import main
from telegent.cli._flags import flag
from telegent.cli._generic import command_name
from telegent.cli._ops import operations

from .conftest import Mock, inventory, run_cli

ROOT = Path(__file__).resolve().parents[2]


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main([*args, "--help"])
    assert exc.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_every_operation_has_a_command_with_every_parameter(op, capsys) -> None:
    where = ["internal"] if op.internal else []  # as the SDK: client.internal.<resource>
    text = _help(capsys, *where, command_name(op.resource), command_name(op.method))
    assert f"{'client.internal' if op.internal else 'client'}.{op.resource}.{op.method}" in text
    assert f"{op.http_method} {op.path}" in text
    for param in op.params:
        assert flag(param) in text, f"{flag(param)} missing from {op.id}"
    required = [p for p in op.params if p.required and "x-telegent-default" not in p.schema]
    assert text.count("(required)") >= len(required)


@pytest.mark.slow  # the help of all 143 commands
def test_every_operation_of_api_md_is_a_command(capsys) -> None:
    api_md = ROOT / "generated" / "api.md"
    if not api_md.exists():
        pytest.skip("generated/api.md is written by the code generator, not in this tree yet")
    # Operation lines only: "- `GET /path` → `client.r.m(...)`" (pager lines are indented).
    text = api_md.read_text(encoding="utf-8")
    calls = set(re.findall(r"^- `[A-Z]+ [^`]+` → `client\.(internal\.)?(\w+)\.(\w+)\(", text, re.M))
    assert calls
    for internal, resource, method in sorted(calls):
        where = ["internal"] if internal else []
        assert f"client.{internal}{resource}.{method}" in _help(
            capsys, *where, command_name(resource), command_name(method)
        )


def test_help_at_every_level(capsys) -> None:
    top = _help(capsys)
    for word in ("numbers", "orders", "mock", "spec", "version", "completion"):
        assert word in top
    for resource in {op.resource for op in operations() if not op.internal}:
        assert "<command>" in _help(capsys, command_name(resource))
    internal = _help(capsys, "internal")
    for resource in {op.resource for op in operations() if op.internal}:
        assert command_name(resource) in internal
        # Before: the resource's help said client.<resource>, where these do not exist.
        assert f"client.internal.{resource}:" in " ".join(internal.split())
        assert f"client.{resource}:" not in " ".join(internal.split())
        assert "<command>" in _help(capsys, "internal", command_name(resource))


def test_internal_operations_are_under_internal_as_in_the_sdk(capsys) -> None:
    """Before: under `telegent subscriptions`, saying client.subscriptions.create (which
    raises AttributeError: the SDK has it under client.internal)."""
    text = _help(capsys, "internal", "subscriptions", "create")
    assert "client.internal.subscriptions.create(" in text
    with pytest.raises(SystemExit):
        main(["subscriptions", "create", "--help"])
    assert "invalid choice: 'create'" in capsys.readouterr().err
    for command in (
        ["numbers", "list"],
        ["numbers", "park"],
        ["numbers", "bulk-change-status"],
        ["orders", "wait"],
        ["version"],
        ["completion"],
    ):
        assert "usage: telegent " + " ".join(command) in _help(capsys, *command)


@pytest.mark.slow  # subprocesses
def test_help_of_pass_through_commands_runs_as_subprocesses() -> None:
    for args, expected in (
        (["--help"], "numbers"),
        (["spec", "--help"], "drift"),
        (["mock", "--help"], "--fault"),
        (["spec", "drift", "--help"], "--against"),
    ):
        result = run_cli(None, *args)
        assert result.returncode == 0, result.stderr
        assert expected in result.stdout


def test_a_resource_without_a_command_is_a_usage_error(capsys) -> None:
    assert main(["numbers"]) == 2
    assert "a command is required" in capsys.readouterr().err


def test_generated_commands_call_the_sdk(mock: Mock) -> None:
    page = run_cli(mock, "numbers", "list-page", "--page-size", "2", "--page-number", "3")
    assert page.returncode == 0, page.stderr
    body = json.loads(page.stdout)
    assert body["page_number"] == 3 and len(body["phone_numbers"]) == 2
    assert body["phone_numbers"][0]["number"] == inventory()[4]
    assert body["phone_numbers"][0]["port_out_pin"] == "***"  # secrets stay masked
    revealed = run_cli(
        mock, "numbers", "list", "--limit", "1", "--fields", "port_out_pin", "--reveal"
    )
    assert revealed.returncode == 0, revealed.stderr
    assert json.loads(revealed.stdout)["port_out_pin"] not in ("***", None)

    number = inventory()[0]
    order = run_cli(
        mock,
        "numbers",
        "change-status",
        "--change-type",
        "Park",
        "--numbers",
        number,
    )
    assert order.returncode == 0, order.stderr
    picked = json.loads(order.stdout)
    assert picked["change_type"] == "park"
    # --fields picks the rows' fields (an order's numbers) in JSON as in CSV.
    rows = run_cli(
        mock,
        "numbers",
        "change-status",
        "--change-type",
        "Park",
        "--numbers",
        inventory()[1],
        "--fields",
        "number",
    )
    assert rows.returncode == 0, rows.stderr
    assert json.loads(rows.stdout) == [{"number": inventory()[1]}]

    got = run_cli(mock, "orders", "get", "--order-id", picked["order_id"], "--format", "table")
    assert got.returncode == 0, got.stderr
    assert re.search(rf"order_id\s+{picked['order_id']}", got.stdout)
    assert re.search(rf"{re.escape(number)}", got.stdout)


def test_data_from_file_and_stdin_with_flags_winning(mock: Mock, tmp_path: Path) -> None:
    number = inventory()[1]
    body = tmp_path / "update.json"
    body.write_text(json.dumps({"Number": number, "VoiceEnabled": True, "cnam_first_name": "Ann"}))
    from_file = run_cli(mock, "numbers", "update", "--data", f"@{body}", "--no-voice-enabled")
    assert from_file.returncode == 0, from_file.stderr
    result = json.loads(from_file.stdout)
    assert result["voice_enabled"] is False and result["cnam_first_name"] == "Ann"

    from_stdin = run_cli(
        mock,
        "numbers",
        "update",
        "--data",
        "-",
        input=json.dumps({"number": number, "message_type": "A2P"}),
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert json.loads(from_stdin.stdout)["message_type"] == "a2p"

    unknown = run_cli(mock, "numbers", "update", "--data", '{"Numbr": "+12013552077"}')
    assert unknown.returncode == 2 and "unknown field 'Numbr'" in unknown.stderr
    broken = run_cli(mock, "numbers", "update", "--data", "{not json")
    assert broken.returncode == 2 and "not valid JSON" in broken.stderr
