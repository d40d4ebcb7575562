"""Benchmark 7: how the pipeline and the drift check grow with the size of the spec.

``bench.synthetic`` grows the pinned spec to twice its operations, and to at least 150 (the
vendor's 143 pinned: 286; the four seed operations: 150), with clones of its own operations
under new paths, spread over its tags, error responses in three media types as the vendor
publishes them. Both sides run in this process after a warm-up, interleaved:

* pipeline: ``regenerate(Layout(...))`` on a scratch tree holding the synthetic spec,
  against the same on a scratch tree holding the pinned spec;
* drift: the drift check comparing the synthetic spec with :func:`bench.synthetic.mutated`
  (vendor-style changes to about one operation in ten), against the same on the pinned
  spec and its mutated copy.

No goal: the table reports the ratio (twice the operations: 2.0x is linear growth, less
means a fixed cost dominates), and the details the cost per added operation
(``(t_big - t_pinned) / (n_big - n_pinned)``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ._core import ROOT, Result, Row, Settings, child_env, interleaved
from ._pipeline import load_regenerate, run_pipeline, scratch_tree
from .synthetic import count_operations, mutated, synthetic_spec

MIN_OPERATIONS = 150


def target_operations(pinned_operations: int) -> int:
    """Twice the pinned spec's operations, at least ``MIN_OPERATIONS``."""
    return max(MIN_OPERATIONS, 2 * pinned_operations)


def drift_callable(old: dict[str, Any], new: dict[str, Any]) -> Any:
    """A zero-argument callable running the project's drift check on two in-memory specs."""
    from telegent.spec import drift as _drift

    def go() -> object:
        go.last = _drift.check_drift(new, pinned=old)  # type: ignore[attr-defined]
        return go.last  # type: ignore[attr-defined]

    return go


def run(settings: Settings) -> Result:
    os.environ["PATH"] = child_env()["PATH"]
    regen = load_regenerate()
    pinned = json.loads((ROOT / "openapi.json").read_text())
    big = synthetic_spec(pinned, target_operations(count_operations(pinned)))
    n_small, n_big = count_operations(pinned), count_operations(big)
    res = Result(7, f"cost growth: {n_big}-operation synthetic spec vs pinned ({n_small})")
    with tempfile.TemporaryDirectory(prefix="bench7-") as tmp:
        small_root = scratch_tree(Path(tmp) / "pinned")
        big_root = scratch_tree(Path(tmp) / "synthetic", big)
        big_summary = run_pipeline(regen, big_root)
        _surface_rows(res, big_root / "generated", n_big, settings)
        timing = interleaved(
            {
                "big": lambda: run_pipeline(regen, big_root),
                "small": lambda: run_pipeline(regen, small_root),
            },
            rounds=settings.reps(2, 1),
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
        {"big": big_check, "small": small_check}, rounds=settings.reps(3, 2), warmup=1
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
            # The last timed run's report (running the check again just to count costs seconds).
            "synthetic": len(big_check.last.changes),
            "pinned": len(small_check.last.changes),
        },
    }
    return res


# The generated client of the synthetic spec, in fresh processes: `import telegent` and the
# first call of one of its list operations (the resource module, its registry module and
# records load on first use), against `import httpx` and the same request made with httpx +
# json.loads. The operation is picked once beforehand (``_PICK``), so neither timed snippet
# loads the whole registry: the SDK one gets the method's name, the baseline the path.
_PICK = """
import json
from telegent._registry import operations
op = next(o for o in operations()
          if o.http_method == "GET" and not o.internal and o.returns.startswith("list[")
          and not any(p.required for p in o.params))
print(json.dumps([op.resource, op.method, op.path]))
"""
_FIRST_OP = """
import httpx
from telegent import Telegent
EMPTY = b"[]"  # a list operation: an empty array parses whatever its record needs
def answer(request):
    body = TOKEN if request.url.path.endswith("/tokens") else EMPTY
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})
TOKEN = b'{"token": "t", "successful": true, "tokenExpiry": "12/31/2099 11:59:59 PM"}'
client = Telegent(token="t", transport=httpx.MockTransport(answer))
getattr(getattr(client, RESOURCE), METHOD)()
"""
_FIRST_RAW = """
import httpx, json
EMPTY = b"[]"  # a list operation: an empty array parses whatever its record needs
def answer(request):
    return httpx.Response(200, content=EMPTY, headers={"content-type": "application/json"})
http = httpx.Client(base_url="https://api.telegent.com", transport=httpx.MockTransport(answer),
                    headers={"Authorization": "Bearer t"})
json.loads(http.get(PATH).content)
"""


def _first_call_snippets(env: dict[str, str]) -> tuple[str, str]:
    """The SDK and the httpx snippet, both calling the operation ``_PICK`` chose."""
    out = subprocess.run(
        [sys.executable, "-c", _PICK], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    resource, method, path = json.loads(out.stdout)
    sdk = f"RESOURCE, METHOD = {resource!r}, {method!r}\n" + _FIRST_OP
    raw = f"PATH = {path!r}\n" + _FIRST_RAW
    return sdk, raw


def _surface_rows(res: Result, generated: Path, n_big: int, settings: Settings) -> None:
    env = child_env()
    env["PYTHONPATH"] = str(generated) + os.pathsep + env.get("PYTHONPATH", "")
    first, raw = _first_call_snippets(env)
    snippets = {
        "pass": "pass",
        "httpx": "import httpx",
        "telegent": "import telegent",
        "first": first,
        "raw": raw,
    }
    for code in snippets.values():  # compile .pyc files, warm the page cache
        _spawn(code, env)
    samples: dict[str, list[float]] = {name: [] for name in snippets}
    names = list(snippets)
    for r in range(settings.reps(8, 4)):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(_spawn(snippets[name], env))
    med = {name: statistics.median(v) for name, v in samples.items()}
    res.rows.append(
        Row(
            f"`import telegent`, {n_big}-operation client (start-up subtracted)",
            med["telegent"] - med["pass"],
            med["httpx"] - med["pass"],
            "s",
            "telegent",
            "httpx",
            "import",
        )
    )
    res.rows.append(
        Row(
            f"import + client + first call of an operation, {n_big}-operation client",
            med["first"] - med["pass"],
            med["raw"] - med["pass"],
            "s",
            "SDK",
            "httpx+json",
            None,
        )
    )
    res.details["surface"] = {"median_s": {k: round(v, 5) for k, v in med.items()}}


def _spawn(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start
