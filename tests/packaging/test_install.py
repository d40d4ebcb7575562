"""Installed with plain pip into fresh virtualenvs, far from this checkout: the default install
is lean and works; the spec tools need the extra and say so; with it, the drift check runs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.release._github import action_env, load, run_step

from .conftest import ROOT, SPEC_ONLY, Venv, run

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

INSTALL = "pip install 'telegent-mpaas[spec]'"
SPEC_MODULES = ("yaml", "jsonschema", "jsonpath", "referencing", "rpds")

CLIENT_CALL = f"""
import json, sys
import telegent
from telegent.testing import FakeTelegent, serve_in_thread

fake = FakeTelegent(numbers=5, seed=3, rate_limit=None)
with serve_in_thread(fake) as base_url:
    client = telegent.Telegent(
        account_key="DID-fake", account_secret="fake-secret", base_url=base_url
    )
    numbers = [n.number for n in client.numbers.list(limit=3)]
    order = client.numbers.park([numbers[0]])
    client.close()
print(json.dumps({{
    "file": telegent.__file__,
    "numbers": numbers,
    "parked": fake.get_number(numbers[0]).status,
    "order": order.order_id,
    "user_agent": fake.requests[-1].headers.get("user-agent"),
    "spec_version": telegent.__spec_version__,
    "spec_sha256": telegent.__spec_sha256__,
    "spec_modules": [m for m in {SPEC_MODULES!r} if m in sys.modules],
}}))
"""


def test_default_install_has_none_of_the_spec_packages(lean_venv: Venv) -> None:
    installed = lean_venv.installed()
    assert "telegent-mpaas" in installed
    assert "httpx" in installed
    # Only what runs: the generated modules need nothing beyond httpx.
    assert not {"attrs", "python-dateutil"} & installed
    assert not installed & set(SPEC_ONLY), sorted(installed & set(SPEC_ONLY))


def test_default_install_calls_the_api_over_a_socket(lean_venv: Venv, tmp_path: Path) -> None:
    # Run from an empty folder so nothing from this checkout can leak onto sys.path.
    done = run(lean_venv.python, "-I", "-c", CLIENT_CALL, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "site-packages" in out["file"]
    assert len(out["numbers"]) == 3 and out["parked"] == "Parked"
    assert out["order"]
    body = (ROOT / "openapi.json").read_bytes()
    spec_version = json.loads(body)["info"]["version"]
    assert out["spec_version"] == spec_version
    assert out["spec_sha256"] == hashlib.sha256(body).hexdigest()
    assert out["user_agent"].startswith("telegent-mpaas/")
    assert f"(spec {spec_version}; python " in out["user_agent"]
    assert out["spec_modules"] == []


def test_spec_tools_without_the_extra_exit_2_naming_the_install_command(
    lean_venv: Venv, tmp_path: Path
) -> None:
    done = run(
        lean_venv.bin / "telegent",
        "spec",
        "drift",
        "--against",
        ROOT / "openapi.json",
        cwd=tmp_path,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert INSTALL in done.stderr
    assert "Traceback" not in done.stderr
    code = (
        "import telegent.spec as s\n"
        "try:\n    s.check_drift\n"
        "except ImportError as e:\n    print(type(e).__name__, e)"
    )
    raised = run(lean_venv.python, "-I", "-c", code, cwd=tmp_path)
    assert raised.stdout.startswith("MissingExtraError "), raised.stdout + raised.stderr
    assert INSTALL in raised.stdout


def test_version_info_without_the_extra(lean_venv: Venv, tmp_path: Path) -> None:
    code = (
        "import json; from telegent._version import version_info; print(json.dumps(version_info()))"
    )
    done = run(lean_venv.python, "-I", "-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    body = (ROOT / "openapi.json").read_bytes()
    assert info["name"] == "telegent-mpaas"
    assert info["spec"]["version"] == json.loads(body)["info"]["version"]
    assert info["spec"]["sha256"] == hashlib.sha256(body).hexdigest()


def test_sdist_install_with_the_extra_runs_the_drift_check(spec_venv: Venv, tmp_path: Path) -> None:
    telegent = spec_venv.bin / "telegent"
    same = run(telegent, "spec", "drift", "--against", ROOT / "openapi.json", cwd=tmp_path)
    assert same.returncode == 0, same.stdout + same.stderr
    # The installed package's shipped pinned side is current (used, not recomputed).
    code = (
        "from telegent.spec import overlay_paths; from telegent.spec.drift import pinned; "
        "assert pinned.load_shipped(overlay_paths()) is not None"
    )
    shipped = run(spec_venv.python, "-I", "-c", code, cwd=tmp_path)
    assert shipped.returncode == 0, shipped.stderr
    moved = json.loads((ROOT / "openapi.json").read_text())
    del moved["paths"]["/v1.0/numbers/order"]
    (tmp_path / "published.json").write_text(json.dumps(moved))
    drift = run(
        telegent,
        "spec",
        "drift",
        "--against",
        tmp_path / "published.json",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert drift.returncode == 1, drift.stdout + drift.stderr
    report = json.loads(drift.stdout)
    assert report["summary"]["ERR"] >= 1
    assert (
        report["pinned"]["sha256"]
        == hashlib.sha256((ROOT / "openapi.json").read_bytes()).hexdigest()
    )


def test_package_data_is_read_from_site_packages(spec_venv: Venv, tmp_path: Path) -> None:
    code = (
        "import json, telegent.spec as s;"
        "print(json.dumps({'spec': str(s.pinned_spec_path()),"
        " 'overlays': [p.name for p in s.overlay_paths()],"
        " 'overlay': s.overlay_path().read_text()[:20]}))"
    )
    done = run(spec_venv.python, "-I", "-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "site-packages" in out["spec"]
    # The hand-written overlay applies first, then the others by name.
    names = sorted(p.name for p in (ROOT / "overlay").glob("*.overlay.yaml"))
    assert out["overlays"] == sorted(names, key=lambda n: (n != "telegent.overlay.yaml", n))
    assert out["overlay"].startswith("overlay: 1.0.0")


def _action(venv: Venv, work: Path, **given: str) -> tuple[int, str, dict[str, str]]:
    action = load(ROOT / "action.yml")
    (step,) = action["runs"]["steps"]
    ran = run_step(
        step["run"],
        cwd=work,
        work=work / "runner",
        env=action_env(action, step, given),
        path_prefix=[venv.bin],
    )
    return ran.code, ran.summary, ran.outputs


def test_action_installs_the_extra_of_the_installed_version_and_checks(
    spec_venv: Venv, tmp_path: Path
) -> None:
    # install=true with no version: the installed version's `[spec]` (already there: pip no-op).
    code, summary, outputs = _action(spec_venv, tmp_path, against=str(ROOT / "openapi.json"))
    assert (code, outputs) == (0, {"exit-code": "0"}), summary
    assert summary.startswith("### Spec drift: no drift")


def test_action_without_the_extra_reports_the_install_command(
    lean_venv: Venv, tmp_path: Path
) -> None:
    code, summary, outputs = _action(
        lean_venv, tmp_path, install="false", against=str(ROOT / "openapi.json")
    )
    assert (code, outputs) == (2, {"exit-code": "2"})
    assert summary.startswith("### Spec drift: the check could not run")
    assert INSTALL in summary
