"""The operator's words and ways: flags and environment variables in messages, profiles.

Before: messages said "pass account_key=", "page_size must be ...", "check with
client.orders.get(...)", and "order X failed: order X failed: ..."; credentials came only
from flags or the environment (no login, profile or config file).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from telegent.cli._words import in_operator_words

from .conftest import Mock, clean_env, inventory


def _cli(
    *args: str, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "telegent", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=120,
        check=False,
    )


def test_sdk_messages_name_flags_variables_and_commands() -> None:
    said = in_operator_words(
        "no credentials: pass account_key= and account_secret= (or token=), or set "
        "TELEGENT_ACCOUNT_KEY and TELEGENT_ACCOUNT_SECRET (or TELEGENT_TOKEN)"
    )
    assert "account_key=" not in said and "token=" not in said
    assert "telegent login" in said and "TELEGENT_TOKEN / --token" in said
    assert in_operator_words("page_size must be >= 1, got 0", {"page_size": "--page-size"}) == (
        "--page-size must be >= 1, got 0"
    )
    assert in_operator_words("the rate limit is 50", {"limit": "--limit"}) == "the rate limit is 50"
    assert in_operator_words("check client.orders.get('JNUOID-1')") == (
        "check telegent orders get --order-id JNUOID-1"
    )
    assert in_operator_words("order JNUOID-1 failed: order JNUOID-1 failed: 8A-X") == (
        "order JNUOID-1 failed: 8A-X"
    )


def test_errors_name_the_flag_or_variable(tmp_path: Path) -> None:
    env = {"TELEGENT_CONFIG_DIR": str(tmp_path)}
    none = _cli("orders", "get", "--order-id", "JNUOID-1", env=env)
    assert none.returncode == 2
    assert "TELEGENT_ACCOUNT_KEY" in none.stderr and "account_key=" not in none.stderr
    page = _cli("--dry-run", "numbers", "list-page", "--page-size", "0", env=env)
    assert page.returncode == 2 and "--page-size must be" in page.stderr
    date = _cli("--dry-run", "numbers", "park", "+12016093801", "--effective-date", "13/01/2025",
                env=env)  # fmt: skip
    assert date.returncode == 2 and "--effective-date '13/01/2025'" in date.stderr


def test_login_saves_a_profile_only_its_owner_can_read(mock: Mock, tmp_path: Path) -> None:
    env = {"TELEGENT_CONFIG_DIR": str(tmp_path)}
    login = _cli(
        "login", "--account-key", "DID-fake", "--secret-stdin", "--base-url", mock.base_url,
        env=env, stdin="fake-secret\n",
    )  # fmt: skip
    assert login.returncode == 0, login.stderr
    config = tmp_path / "config.ini"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert "fake-secret" not in login.stderr + login.stdout
    number = inventory()[0]
    got = _cli("numbers", "list", "--limit", "1", env=env)  # no TELEGENT_* credentials
    assert got.returncode == 0, got.stderr
    assert number in got.stdout

    other = _cli("--profile", "staging", "numbers", "get", "--number", number, env=env)
    assert other.returncode == 2 and "telegent login --profile staging" in other.stderr
    # The environment overrides the default profile (a wrong key is refused by the mock).
    env_wins = _cli("numbers", "get", "--number", number,
                    env={**env, "TELEGENT_TOKEN": "not-a-token"})  # fmt: skip
    assert env_wins.returncode == 1

    os.chmod(config, 0o644)
    shared = _cli("numbers", "get", "--number", number, env=env)
    assert shared.returncode == 2 and "chmod 600" in shared.stderr


def test_enum_flags_complete_their_values() -> None:
    """Before: completion offered file names for --change-type and the like."""
    from telegent.cli import build_parser

    parser = build_parser(["numbers", "change-status"])
    numbers = parser._subparsers._group_actions[0].choices["numbers"]  # type: ignore[union-attr]
    leaf = numbers._subparsers._group_actions[0].choices["change-status"]
    action = next(a for a in leaf._actions if "--change-type" in a.option_strings)
    completer = action.completer  # type: ignore[attr-defined]
    assert completer(prefix="") == ["activate", "cancel", "swap", "swap-sim", "replace", "park"]
    assert completer(prefix="sw") == ["swap", "swap-sim"]


def test_a_table_fits_the_terminal(monkeypatch) -> None:
    """Before: a 400-character-wide table whatever the window."""
    import io

    from telegent.cli._output import render

    monkeypatch.setenv("COLUMNS", "80")
    rows = [{"id": f"JNUOID-{i}", "note": "x" * 300, "status": "Complete"} for i in range(3)]
    out = io.StringIO()
    render(rows, "table", None, out)
    shown = out.getvalue().splitlines()
    assert max(len(line) for line in shown) <= 80
    assert shown[1].startswith("JNUOID-0") and "…" in shown[1] and "Complete" in shown[1]


def test_a_table_with_more_columns_than_the_window_holds_still_fits(monkeypatch, capsys) -> None:
    """Before: a number's 20 columns at 8 characters each made 224-character lines in an
    80-character window."""
    import io

    from telegent.cli._output import render

    monkeypatch.setenv("COLUMNS", "80")
    names = [f"column_{i:02}" for i in range(20)]
    rows = [dict.fromkeys(names, f"value-{r}") for r in range(3)]
    out = io.StringIO()
    render(rows, "table", None, out)
    shown = out.getvalue().splitlines()
    assert max(len(line) for line in shown) <= 80
    assert shown[0].startswith("column_00")  # the leading columns, in order
    kept = len(shown[0].split())
    assert 1 < kept < 20
    note = capsys.readouterr().err
    assert f"{20 - kept} more column(s)" in note and "--fields" in note
    assert ", ".join(names[kept:]) in note


def _complete(line: str) -> list[str]:
    """What ``telegent``'s shell completion offers for ``line`` (argcomplete's protocol:
    the candidates are written to fd 8)."""
    env = clean_env(_ARGCOMPLETE="1", COMP_LINE=line, COMP_POINT=str(len(line)))
    env["_ARGCOMPLETE_IFS"] = "\n"
    read, write = os.pipe()
    saved = (os.dup(8) if _is_open(8) else None, os.dup(9) if _is_open(9) else None)
    os.dup2(write, 8)
    os.dup2(write, 9)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "telegent"],
            env=env,
            pass_fds=(8, 9),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        os.close(write)
        for fd, old in zip((8, 9), saved, strict=True):
            if old is None:
                os.close(fd)
            else:
                os.dup2(old, fd)
                os.close(old)
    with os.fdopen(read, encoding="utf-8") as fh:
        out = fh.read()
    proc.wait(timeout=60)
    return out.split()


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def test_shell_completion_offers_commands_and_enum_values() -> None:
    pytest.importorskip("argcomplete")
    assert _complete("telegent numbers li") == ["list-page", "list"]
    assert _complete("telegent numbers change-status --change-type sw") == ["swap", "swap-sim"]
    assert _complete("telegent nu") == ["numbers"]
