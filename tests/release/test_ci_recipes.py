"""The CI recipes: the workflow and action files are valid, and their commands work when run
here as a runner would run them (local spec server, temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pre_commit.clientlib import load_manifest

from ._github import StepRun, action_env, load, run_step
from ._support import (
    NEW_PATH,
    PUBLISHED_URL,
    ROOT,
    SpecServer,
    added_operation,
    breaking,
    changed,
    copy_tree,
    new_order_status,
    spec_bytes,
    spec_server,
)

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTION = ROOT / "action.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
VENV_BIN = Path(sys.executable).parent  # where `telegent` and `python` of this env live


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    with spec_server() as running:
        yield running


# ----------------------------------------------------------------------------- validity


@pytest.mark.parametrize(
    ("files", "schema"),
    [(WORKFLOWS, "vendor.github-workflows"), ([ACTION], "vendor.github-actions")],
    ids=["workflows", "action"],
)
def test_files_are_valid_for_github(files: list[Path], schema: str) -> None:
    assert files, "no files to check"
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_ci_workflow_runs_the_ci_script() -> None:
    ci = load(ROOT / ".github" / "workflows" / "ci.yml")
    runs = [s.get("run") for job in ci["jobs"].values() for s in job["steps"]]
    assert "bash .ci/run" in runs


# ------------------------------------------------------------------- spec-update workflow


def _spec_update_step() -> tuple[dict[str, Any], dict[str, Any]]:
    workflow = load(ROOT / ".github" / "workflows" / "spec-update.yml")
    steps = workflow["jobs"]["spec-update"]["steps"]
    return workflow, next(s for s in steps if s.get("id") == "update")


def test_spec_update_defaults_to_the_published_spec_and_uses_only_outputs_it_writes() -> None:
    workflow, step = _spec_update_step()
    assert step["env"]["SPEC_URL"].rstrip("} ").endswith(f"'{PUBLISHED_URL}'")
    text = (ROOT / "scripts" / "spec_update.py").read_text()
    assert f'DEFAULT_URL = "{PUBLISHED_URL}"' in text
    regenerate = (ROOT / "scripts" / "regenerate.py").read_text()
    assert f'DEFAULT_URL = "{PUBLISHED_URL}"' in regenerate
    used = set(re.findall(r"steps\.update\.outputs\.([\w-]+)", str(workflow)))
    assert used == {"changed", "spec-version", "title", "body-path"}
    # The PR commits the files the update changes.
    pr = next(
        s
        for s in workflow["jobs"]["spec-update"]["steps"]
        if "create-pull-request" in str(s.get("uses"))
    )
    assert set(pr["with"]["add-paths"].split()) == {
        "openapi.json",
        "generated/**",
        "src/telegent/_generated/**",
        "CHANGELOG.md",
    }


def _run_spec_update(tree: Path, url: str) -> StepRun:
    _, step = _spec_update_step()
    return run_step(
        step["run"],
        cwd=tree,
        work=tree.parent / "runner",
        env={"SPEC_URL": url},
        path_prefix=[VENV_BIN],  # what the workflow's install step puts on GITHUB_PATH
    )


def test_spec_update_step_opens_a_pr_body_for_a_changed_spec(
    tmp_path: Path, server: SpecServer
) -> None:
    tree = copy_tree(tmp_path / "repo")
    url = server.serve("/update/openapi.json", spec_bytes(changed(added_operation)))
    run = _run_spec_update(tree, url)
    assert run.code == 0, run.stderr
    out = run.outputs
    assert out["changed"] == "true"
    assert out["spec-version"] == "1.0.9" and out["bump"] == "minor"
    assert re.fullmatch(r"\d+\.\d+\.0", out["version"])
    assert out["title"] == f"Vendor spec 1.0.8 → 1.0.9 (propose {out['version']}, minor)"
    body = Path(out["body-path"]).read_text()
    assert body.startswith(f"Proposed next version: **{out['version']}** (minor bump)")
    assert "#### SDK methods added" in body and "### Spec drift:" in body
    # The new operation is named by rule, shown for review, never named from its path.
    added = f"`client.numbers.get_number_lookup` (`GET {NEW_PATH}`)"
    assert added in body and "New methods named by rule: review" in body
    assert body in run.summary
    changelog = (tree / "CHANGELOG.md").read_text()
    assert f"Proposed next version: **{out['version']}**" in changelog
    # The workflow's next step, run on the updated tree: it is consistent.
    check = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--check"],
        check=False,
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_spec_update_step_does_nothing_for_the_same_spec(
    tmp_path: Path, server: SpecServer
) -> None:
    tree = copy_tree(tmp_path / "repo")
    url = server.serve("/same/openapi.json", (tree / "openapi.json").read_bytes())
    run = _run_spec_update(tree, url)
    assert run.code == 0, run.stderr
    assert run.outputs == {"changed": "false", "spec-version": "1.0.8"}
    assert "nothing to do" in run.summary
    assert not (tree.parent / "runner" / "spec-update-body.md").exists()


def test_spec_update_step_fails_with_the_drift_report_when_regeneration_fails(
    tmp_path: Path, server: SpecServer
) -> None:
    tree = copy_tree(tmp_path / "repo")
    doc = changed()
    del doc["paths"]["/v1.0/numbers/order"]
    url = server.serve("/broken/openapi.json", spec_bytes(doc))
    before = (tree / "CHANGELOG.md").read_bytes()
    run = _run_spec_update(tree, url)
    assert run.code == 2
    assert run.outputs == {"changed": "false"}
    assert "Spec update failed" in run.summary
    assert "overlay-target-vanished" in run.summary and "api-path-removed" in run.summary
    assert (tree / "CHANGELOG.md").read_bytes() == before


# ------------------------------------------------------------------- downstream action


def run_action(work: Path, path_prefix: list[Path], **given: str) -> StepRun:
    action = load(ACTION)
    (step,) = action["runs"]["steps"]
    assert step["shell"] == "bash"
    return run_step(
        step["run"],
        cwd=work,
        work=work / "runner",
        env=action_env(action, step, {k.replace("_", "-"): v for k, v in given.items()}),
        path_prefix=path_prefix,
    )


def test_action_passes_when_nothing_breaks(tmp_path: Path) -> None:
    run = run_action(tmp_path, [VENV_BIN], install="false", against=str(ROOT / "openapi.json"))
    assert run.code == 0, run.stderr
    assert run.outputs == {"exit-code": "0"}
    assert run.summary.startswith("### Spec drift: no drift")


def test_action_fails_on_err_and_writes_the_report(tmp_path: Path, server: SpecServer) -> None:
    url = server.serve("/err/openapi.json", spec_bytes(changed(breaking)))
    run = run_action(tmp_path, [VENV_BIN], install="false", against=url)
    assert run.code == 1
    assert run.outputs == {"exit-code": "1"}
    assert "| ERR |" in run.summary and "`new-required-request-parameter`" in run.summary
    assert "::error title=telegent spec drift::" in run.stdout


def test_action_fail_on_level_is_honoured(tmp_path: Path, server: SpecServer) -> None:
    url = server.serve("/warn/openapi.json", spec_bytes(changed(new_order_status)))
    lenient = run_action(tmp_path / "a", [VENV_BIN], install="false", against=url)
    strict = run_action(tmp_path / "b", [VENV_BIN], install="false", against=url, fail_on="WARN")
    assert (lenient.code, strict.code) == (0, 1)
    assert "| WARN |" in lenient.summary and "`relied-on-value-changed`" in lenient.summary


def test_action_reports_a_check_that_cannot_run_in_the_summary(
    tmp_path: Path, server: SpecServer
) -> None:
    url = server.base + "/missing/openapi.json"  # 404
    run = run_action(tmp_path, [VENV_BIN], install="false", against=url)
    assert run.code == 2
    assert run.outputs == {"exit-code": "2"}
    assert run.summary.startswith("### Spec drift: the check could not run")
    assert "404" in run.summary


# ------------------------------------------------------------------------ pre-commit


def test_pre_commit_hooks_are_valid_and_install_the_spec_extra() -> None:
    hooks = {h["id"]: h for h in load_manifest(str(HOOKS))}
    assert set(hooks) == {"telegent-spec-drift", "telegent-spec-drift-system"}
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["spec"]
    assert sorted(hooks["telegent-spec-drift"]["additional_dependencies"]) == sorted(extra)
    for hook in hooks.values():
        assert hook["pass_filenames"] is False and hook["always_run"] is True


@pytest.mark.parametrize(("mutate", "code"), [(None, 0), (breaking, 1)])
def test_pre_commit_entry_runs_the_check(tmp_path: Path, mutate: Any, code: int) -> None:
    (hook, *_) = load_manifest(str(HOOKS))
    spec = tmp_path / "published.json"
    spec.write_bytes(
        spec_bytes(changed(mutate)) if mutate else (ROOT / "openapi.json").read_bytes()
    )
    command = shlex.split(hook["entry"]) + hook["args"] + ["--against", str(spec)]
    command[0] = str(VENV_BIN / command[0])
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == code, done.stdout + done.stderr
