"""Benchmark 6: the whole regeneration pipeline against the bare generator.

Candidate: ``scripts/regenerate.py`` on a scratch copy of the repository's inputs: parse
the pinned spec, validate it, apply the overlay (strict), validate the patched spec,
generate into a staging folder (the generator's ruff hooks included), swap it in.

Baseline: ``openapi-python-client generate`` on the *patched* spec the pipeline wrote,
with the same ``generator-config.yaml`` (same ruff post-hooks), ``--meta none``, into a
scratch folder: the least a project that generates from a fixed spec must run.

Two measurements, both judged by the goal ``pipeline`` (bench/_goals.py):

* **fresh process** -- ``python scripts/regenerate.py --root SCRATCH`` against the
  generator's own CLI: what a developer waits for, imports included. Interleaved rounds;
  the figure is the minimum over rounds, because other processes' load only ever adds
  time to a spawned run (medians and their ratio are in the details, with an
  ``-X importtime`` list of what the pipeline imports beyond the generator);
* **in process, warm** -- ``regenerate(Layout(SCRATCH))`` against the generator's
  Python API after a warm-up run of each: the per-run work with imports paid.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._core import ROOT, Result, Row, Settings, added_imports, child_env, importtime, interleaved
from ._pipeline import bare_generate, load_regenerate, run_pipeline, scratch_tree


def _cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def run(settings: Settings) -> Result:
    env = child_env()
    os.environ["PATH"] = env["PATH"]  # the generator's ruff hooks: same ruff for both sides
    regen = load_regenerate()
    res = Result(6, "regeneration pipeline vs bare generator")
    with tempfile.TemporaryDirectory(prefix="bench6-") as tmp:
        root = scratch_tree(Path(tmp) / "repo")
        summary = run_pipeline(regen, root)  # also leaves the patched spec in generated/
        patched = Path(tmp) / "patched.json"
        shutil.copy(root / "generated" / "openapi.json", patched)
        config = root / "generator-config.yaml"
        out_dir = Path(tmp) / "bare" / "telegent_mpaas_client"

        # Fresh processes.
        python = sys.executable
        bin_dir = Path(python).parent
        pipeline_cmd = [python, str(ROOT / "scripts" / "regenerate.py"), "--root", str(root)]
        bare_cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(patched),
            "--config",
            str(config),
            "--meta",
            "none",
            "--overwrite",
            "--output-path",
            str(out_dir),
        ]
        rounds = settings.reps(3, 2)
        _cli(pipeline_cmd, env)
        _cli(bare_cmd, env)
        cold: dict[str, list[float]] = {"pipeline": [], "bare": []}
        for r in range(rounds):
            order = ["pipeline", "bare"] if r % 2 == 0 else ["bare", "pipeline"]
            for name in order:
                cold[name].append(_cli(pipeline_cmd if name == "pipeline" else bare_cmd, env))
        # Other processes' load only ever adds time to a spawned run: the minimum is the
        # cost of the work itself. (The medians are in the details.)
        cold_min = {k: min(v) for k, v in cold.items()}
        cold_med = {k: statistics.median(v) for k, v in cold.items()}
        imports = added_imports(importtime(pipeline_cmd[1:], env), importtime(bare_cmd, env))

        # In process, warm: the pipeline ran in this process above; the generator's API once
        # now (a whole regeneration each: a warm-up round of both would cost seconds).
        bare_generate(patched, config, out_dir)
        warm = interleaved(
            {
                "pipeline": lambda: run_pipeline(regen, root),
                "bare": lambda: bare_generate(patched, config, out_dir),
            },
            rounds=settings.reps(3, 2),
            warmup=0,
        )
        same = sorted(p.name for p in out_dir.rglob("*.py")) == sorted(
            p.name for p in (root / "src" / "telegent" / "_generated").rglob("*.py")
        )

    res.rows.append(
        Row(
            "pipeline, fresh process (min of rounds)",
            cold_min["pipeline"],
            cold_min["bare"],
            "s",
            "regenerate.py",
            "generator CLI",
            "pipeline",
        )
    )
    res.rows.append(
        Row(
            "pipeline, in process (warm)",
            warm["pipeline"]["median"],
            warm["bare"]["median"],
            "s",
            "regenerate()",
            "generate()",
            "pipeline",
        )
    )
    res.details = {
        "fresh_process_s": {k: [round(x, 4) for x in v] for k, v in cold.items()},
        "fresh_process_median_s": {k: round(v, 4) for k, v in cold_med.items()},
        "fresh_process_median_ratio": round(cold_med["pipeline"] / cold_med["bare"], 3),
        "imports_pipeline_adds_beyond_generator_cli": imports,
        "in_process_s": warm,
        "pipeline_summary": summary,
        "baseline_writes_same_modules": same,
    }
    return res
