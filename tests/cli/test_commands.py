"""numbers list, orders wait, errors and exit statuses, dry runs, --debug, version, spec."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from telegent import Telegent

from .conftest import CREDENTIALS, Mock, clean_env, inventory, lines, run_cli, start_mock

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow


def test_numbers_list_limit_3_jsonl(mock: Mock) -> None:
    result = run_cli(mock, "numbers", "list", "--limit", "3", "--jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in lines(result.stdout)]
    assert [r["number"] for r in rows] == inventory()[:3]
    assert [path for _, path, _ in mock.requests()] == [
        "/v1.0/oauth2/tokens",
        "/v1.0/numbers/inventory",  # --limit 3 asks for a page of 3, once
    ]


def test_numbers_list_pages_through_and_filters() -> None:
    server = start_mock("--numbers", "25")
    try:
        result = run_cli(
            server,
            "numbers",
            "list",
            "--page-size",
            "10",
            "--fields",
            "number,status",
            "--format",
            "csv",
        )
        seen = server.requests()
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    assert lines(result.stdout)[0] == "number,status"
    assert [row.split(",")[0] for row in lines(result.stdout)[1:]] == inventory(25)
    assert [p for _, p, _ in seen].count("/v1.0/numbers/inventory") == 3


def _park(mock: Mock, number: str) -> str:
    result = run_cli(mock, "numbers", "park", number)
    assert result.returncode == 0, result.stderr
    order_id: str = json.loads(result.stdout)["order_id"]
    return order_id


def test_orders_wait_complete_error_and_timeout() -> None:
    good, bad = inventory()[:2]
    server = start_mock(
        "--polls-to-complete", "2", "--fail-number", f"{bad}=8A-ACCOUNT_NUM_REQ_OR_INCORRECT"
    )
    try:
        complete = run_cli(server, "orders", "wait", _park(server, good), "--poll-interval", "0.05")
        assert complete.returncode == 0, complete.stderr
        assert json.loads(complete.stdout)["order_status"] == "Complete"

        failed = run_cli(server, "orders", "wait", _park(server, bad), "--poll-interval", "0.05")
        assert failed.returncode == 1
        assert json.loads(failed.stdout)["order_status"] == "Error"
        assert "8A" in failed.stderr and "ACCOUNT_NUM_REQ_OR_INCORRECT" in failed.stderr
    finally:
        server.stop()

    pending = start_mock("--polls-to-complete", "100000")
    try:
        order_id = _park(pending, good)
        timed_out = run_cli(
            pending, "orders", "wait", order_id, "--deadline", "0.3", "--poll-interval", "0.05"
        )
    finally:
        pending.stop()
    assert timed_out.returncode == 3
    assert json.loads(timed_out.stdout)["order_status"] == "Pending"
    assert order_id in timed_out.stderr


def _sdk_message(call) -> str:
    client = Telegent(token="t", transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises((ValueError, TypeError)) as exc:
        call(client)
    return str(exc.value)


@pytest.mark.parametrize(
    ("args", "call"),
    [
        (
            ["numbers", "update", "--number", "2016093801", "--voice-enabled"],
            lambda c: c.numbers.update("2016093801", voice_enabled=True),
        ),
        (
            ["numbers", "update", "--number", "+18018018011", "--product-type", "Voice-Only"],
            lambda c: c.numbers.update("+18018018011", product_type="Voice-Only"),
        ),
        (
            ["numbers", "change-status", "--change-type", "delete", "--numbers", "+12016093801"],
            lambda c: c.numbers.change_status("delete", ["+12016093801"]),
        ),
        (
            ["numbers", "activate", "+12016093801", "--effective-date", "2026-12-01"],
            lambda c: c.numbers.activate(["+12016093801"], effective_date="2026-12-01"),
        ),
        (["orders", "wait", "not an id"], lambda c: c.orders.wait("not an id")),
    ],
    ids=["e164", "enum", "change-type", "date", "order-id"],
)
def test_bad_input_exits_2_with_the_sdks_message_and_sends_nothing(mock: Mock, args, call) -> None:
    result = run_cli(mock, *args)
    assert result.returncode == 2
    # The SDK's message, naming the flag the operator typed, not the Python argument.
    said = _sdk_message(call)
    python_name = said.split(" ", 1)[0]
    flag = next((a for a in args if a == "--" + python_name.replace("_", "-")), None)
    expected = said.replace(python_name, flag or python_name.upper(), 1)
    assert expected in result.stderr, result.stderr
    assert not result.stderr.startswith(f"telegent: error: {python_name} ")
    assert result.stdout == ""
    assert mock.requests() == []


def test_shell_level_bad_input_exits_2(mock: Mock) -> None:
    typed = run_cli(mock, "numbers", "list-page", "--page-size", "ten")
    assert typed.returncode == 2 and "invalid integer value: 'ten'" in typed.stderr
    missing = run_cli(mock, "orders", "get")
    assert missing.returncode == 2 and "--order-id" in missing.stderr
    fields = run_cli(mock, "numbers", "list", "--limit", "1", "--fields", "number,colour")
    assert fields.returncode == 2 and "unknown field(s) colour" in fields.stderr
    creds = run_cli(
        mock,
        "orders",
        "get",
        "--order-id",
        "JNUOID-1",
        env={"TELEGENT_ACCOUNT_KEY": "", "TELEGENT_ACCOUNT_SECRET": ""},
    )
    assert creds.returncode == 2 and "TELEGENT_ACCOUNT_KEY" in creds.stderr
    # Every one refused before a request: the fields too (known from the records).
    assert mock.requests() == []


def test_api_errors_exit_1_with_status_and_message(mock: Mock) -> None:
    result = run_cli(mock, "orders", "get", "--order-id", "JNUOID-00000000-0000-0000-0000-0000")
    assert result.returncode == 1
    assert "NotFoundError (HTTP 404)" in result.stderr and "Order not found" in result.stderr
    refused = run_cli(
        mock, "numbers", "list", "--limit", "1", env={"TELEGENT_ACCOUNT_SECRET": "wrong-secret"}
    )
    assert refused.returncode == 1 and "(HTTP 401)" in refused.stderr
    assert "wrong-secret" not in refused.stderr


def test_injected_faults_reach_the_cli_as_api_errors() -> None:
    server = start_mock(
        "--fault",
        "status=503,times=1,path=/v1.0/numbers/inventory",
        "--fault",
        "drop,path=/v1.0/numbers/order",
    )
    try:
        failing = run_cli(server, "numbers", "list-page", "--max-retries", "0")
        retried = run_cli(server, "numbers", "list-page", "--page-size", "1")
        dropped = run_cli(server, "orders", "get", "--order-id", "JNUOID-1", "--max-retries", "0")
    finally:
        server.stop()
    assert failing.returncode == 1 and "(HTTP 503)" in failing.stderr
    assert retried.returncode == 0, retried.stderr
    assert dropped.returncode == 1 and "APIConnectionError" in dropped.stderr


def test_dry_run_prints_the_request_masks_secrets_and_sends_nothing(mock: Mock) -> None:
    number = inventory()[0]
    result = run_cli(
        mock,
        "numbers",
        "change-status",
        "--change-type",
        "swap",
        "--numbers",
        number,
        "--area-code",
        "201",
        "--dry-run",
        "--token",
        "SECRET-TOKEN-123",
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)["request"]
    assert shown["method"] == "POST" and shown["url"] == mock.base_url + "/v1.0/numbers/status"
    assert shown["json"]["PhoneNumbers"] == [{"Number": number}]
    assert shown["json"]["AreaCode"] == "201"
    assert shown["headers"]["authorization"] == "Bearer ***"
    assert "SECRET-TOKEN-123" not in result.stdout + result.stderr

    listing = run_cli(mock, "--dry-run", "numbers", "list", "--limit", "5")
    assert listing.returncode == 0, listing.stderr
    assert "TotalNumbersRequested=5" in json.loads(listing.stdout)["request"]["url"]
    wait = run_cli(mock, "orders", "wait", "JNUOID-1", "--dry-run")
    assert wait.returncode == 0 and "OrderId=JNUOID-1" in wait.stdout
    assert mock.requests() == []


def test_debug_logs_through_the_redacting_logger(mock: Mock) -> None:
    result = run_cli(mock, "--debug", "numbers", "list-page", "--page-size", "1")
    assert result.returncode == 0, result.stderr
    assert "/v1.0/numbers/inventory" in result.stderr
    assert "/v1.0/oauth2/tokens" in result.stderr
    assert CREDENTIALS["TELEGENT_ACCOUNT_SECRET"] not in result.stderr
    quiet = run_cli(mock, "numbers", "list-page", "--page-size", "1")
    assert "/v1.0/numbers/inventory" not in quiet.stderr


def test_version_json_and_plain() -> None:
    from telegent import __version__
    from telegent.spec import pinned_spec_sha256, pinned_spec_version

    result = run_cli(None, "version", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["version"] == __version__
    assert data["spec_version"] == pinned_spec_version()
    assert data["spec_sha256"] == pinned_spec_sha256()
    plain = run_cli(None, "version")
    assert plain.stdout.startswith(f"telegent-mpaas {__version__} (spec ")


def test_python_dash_m_telegent_and_the_console_script_agree() -> None:
    module = run_cli(None, "--version")
    script = subprocess.run(
        [sys.executable, "-c", "from telegent.cli import main; main()", "--version"],
        capture_output=True,
        text=True,
        env=clean_env(),
        check=False,
    )
    assert module.returncode == 0 and module.stdout
    assert module.stdout == script.stdout


@pytest.mark.parametrize("missing", ["yaml", "jsonschema", "jsonpath"])
def test_spec_tool_without_the_extra_names_the_install_command(missing: str) -> None:
    code = (
        f"import sys; sys.modules[{missing!r}] = None\n"
        "from telegent.cli import main\n"
        "sys.exit(main(['spec', 'drift', '--help']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean_env(), check=False
    )
    if missing == "jsonschema" and result.returncode == 0:
        pytest.skip("telegent spec drift does not import jsonschema at start-up")
    assert result.returncode == 2
    assert "pip install 'telegent-mpaas[spec]'" in result.stderr


def test_spec_unknown_or_unavailable_tool_exits_2() -> None:
    unknown = run_cli(None, "spec", "bogus")
    assert unknown.returncode == 2 and "unknown tool 'bogus'" in unknown.stderr


def test_completion_script_or_install_hint() -> None:
    result = run_cli(None, "completion", "bash")
    try:
        import argcomplete  # noqa: F401
    except ImportError:
        assert result.returncode == 2
        assert "pip install 'telegent-mpaas[cli]'" in result.stderr
    else:
        assert result.returncode == 0
        assert "telegent" in result.stdout and "complete" in result.stdout
