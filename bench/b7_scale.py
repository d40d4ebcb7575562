"""Benchmark 7: how the pipeline and the drift check grow with the size of the spec.

The pinned spec has 4 operations; the vendor's full spec about 143. ``bench.synthetic``
grows the pinned spec to 150 operations (clones of the four under new paths, spread over
the 16 tags, error responses in three media types as in the full spec). Both sides run in
this process after a warm-up, interleaved:

* pipeline: ``regenerate(Layout(...))`` on a scratch tree holding the synthetic spec,
  against the same on a scratch tree holding the pinned spec;
* drift: the drift check comparing the synthetic spec with :func:`bench.synthetic.mutated`
  (vendor-style changes to about one operation in ten), against the same on the pinned
  spec and its mutated copy.

No goal: the table reports the ratio, and the details the cost per operation
(``(t_150 - t_4) / (150 - 4)``) and whether growth is linear in the operation count.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ._core import ROOT, Result, Row, Settings, child_env, interleaved
from ._pipeline import load_regenerate, run_pipeline, scratch_tree
from .synthetic import count_operations, mutated, synthetic_spec

OPERATIONS = 150


def drift_callable(old: dict[str, Any], new: dict[str, Any]) -> Any:
    """A zero-argument callable running the project's drift check on two in-memory specs."""
    from telegent.spec import drift as _drift

    def go() -> object:
        return _drift.check_drift(new, pinned=old)

    return go


def run(settings: Settings) -> Result:
    os.environ["PATH"] = child_env()["PATH"]
    regen = load_regenerate()
    pinned = json.loads((ROOT / "openapi.json").read_text())
    big = synthetic_spec(pinned, OPERATIONS)
    n_small, n_big = count_operations(pinned), count_operations(big)
    res = Result(7, f"cost growth: {n_big}-operation synthetic spec vs pinned ({n_small})")
    with tempfile.TemporaryDirectory(prefix="bench7-") as tmp:
        small_root = scratch_tree(Path(tmp) / "pinned")
        big_root = scratch_tree(Path(tmp) / "synthetic", big)
        big_summary = run_pipeline(regen, big_root)
        timing = interleaved(
            {
                "big": lambda: run_pipeline(regen, big_root),
                "small": lambda: run_pipeline(regen, small_root),
            },
            rounds=settings.reps(3, 1),
            warmup=0,  # the first run above warmed the big side; the small side is cheap
        )
    t_big, t_small = timing["big"]["median"], timing["small"]["median"]
    res.rows.append(
        Row(
            f"pipeline, {n_big} vs {n_small} operations",
            t_big,
            t_small,
            "s",
            f"{n_big} ops",
            f"{n_small} ops",
            None,
        )
    )
    per_op = (t_big - t_small) / (n_big - n_small)
    res.details["pipeline"] = {
        "timing": timing,
        "operations": {"synthetic": n_big, "pinned": n_small},
        "spec_bytes": {
            "synthetic": len(json.dumps(big, indent=2)),
            "pinned": len(json.dumps(pinned, indent=2)),
        },
        "seconds_per_added_operation": round(per_op, 5),
        "fixed_cost_estimate_s": round(t_small - per_op * n_small, 4),
        "synthetic_summary": big_summary,
    }

    try:
        big_check = drift_callable(big, mutated(big))
        small_check = drift_callable(pinned, mutated(pinned))
    except ImportError as exc:
        res.notes.append(f"drift check not measured: {exc}")
        return res
    drift = interleaved(
        {"big": big_check, "small": small_check}, rounds=settings.reps(15, 5), warmup=1
    )
    res.rows.append(
        Row(
            f"drift check, {n_big} vs {n_small} operations",
            drift["big"]["median"],
            drift["small"]["median"],
            "s",
            f"{n_big} ops",
            f"{n_small} ops",
            None,
        )
    )
    d_big, d_small = drift["big"]["median"], drift["small"]["median"]
    res.details["drift"] = {
        "timing": drift,
        "seconds_per_added_operation": round((d_big - d_small) / (n_big - n_small), 5),
        "changes_reported": {
            "synthetic": len(big_check().changes),
            "pinned": len(small_check().changes),
        },
    }
    return res
