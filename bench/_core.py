"""Shared pieces: results, interleaved timing, machine facts, the Markdown table.

Every figure the suite reports is a ratio between a candidate and a baseline measured in
the same process run, so that a noisy shared machine moves both sides together. Timings
interleave the candidate and its baselines round by round (rotating who goes first) and
report the median of the rounds.
"""

from __future__ import annotations

import gc
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from ._goals import GOALS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Row:
    """One line of the table: a candidate figure, its baseline, their ratio, the goal.

    ``goal`` names an entry of :data:`bench._goals.GOALS` (None: reported, not judged).
    ``reason`` set: the candidate could not be measured (a peer that fails to generate or
    import); the row says why instead of a figure.
    """

    label: str
    measured: float
    baseline: float
    unit: str
    measured_name: str
    baseline_name: str
    goal: str | None = None
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.goal is not None and self.goal not in GOALS:
            raise KeyError(f"unknown goal {self.goal!r}; known: {sorted(GOALS)}")

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")

    @property
    def status(self) -> str:
        return row_status(self.as_dict(with_status=False))

    def as_dict(self, *, with_status: bool = True) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = None if self.reason else round(self.ratio, 4)
        if with_status:
            out["status"] = self.status
            out["goal_text"] = GOALS[self.goal].text if self.goal else None
        return out

    @classmethod
    def cannot_run(cls, label: str, unit: str, name: str, baseline_name: str, reason: str) -> Row:
        return cls(label, 0.0, 0.0, unit, name, baseline_name, None, first_line(reason))


def first_line(text: str) -> str:
    """The first non-empty line of an error, kept short (a table cell)."""
    line = next((s.strip() for s in text.splitlines() if s.strip()), "(no message)")
    return line if len(line) <= 160 else line[:157] + "..."


def row_status(row: Mapping[str, Any]) -> str:
    """pass / MISS / report / cannot run, judged by the goal as declared *now* in _goals."""
    if row.get("reason"):
        return "cannot run"
    goal = row.get("goal")
    if goal is None:
        return "report"
    measured, baseline = float(row["measured"]), float(row["baseline"])
    ratio = measured / baseline if baseline else float("inf")
    return "pass" if GOALS[goal].met(measured, ratio) else "MISS"


@dataclass
class Result:
    """What one benchmark hands back to the runner."""

    id: int
    title: str
    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "rows": [r.as_dict() for r in self.rows],
            "details": self.details,
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
            "error": self.error,
        }


@dataclass(frozen=True)
class Settings:
    """Knobs shared by every benchmark (``--quick`` shrinks the repetitions; ``peers_dir``:
    where the runner generated the peer clients, see :mod:`bench._peers`)."""

    quick: bool = False
    peers_dir: str | None = None

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full


# --------------------------------------------------------------------------- timing


def time_ns(fn: Callable[[], object], inner: int) -> float:
    """Seconds per call of ``fn``, averaged over ``inner`` back-to-back calls."""
    start = time.perf_counter_ns()
    for _ in range(inner):
        fn()
    return (time.perf_counter_ns() - start) / inner / 1e9


def interleaved(
    candidates: Mapping[str, Callable[[], object]],
    *,
    rounds: int,
    inner: int = 1,
    warmup: int = 1,
) -> dict[str, dict[str, float]]:
    """Time each callable ``rounds`` times, alternating between them every round.

    Returns, per name, the median and the minimum of the per-call times (seconds) and
    the number of rounds. The order inside a round rotates so that no candidate is
    always first after a ``gc.collect()`` (or always last, when the machine warms up).
    """
    names = list(candidates)
    for name in names:
        for _ in range(warmup):
            time_ns(candidates[name], inner)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            gc.collect()
            samples[name].append(time_ns(candidates[name], inner))
    return {
        n: {
            "median": statistics.median(s),
            "min": min(s),
            "rounds": len(s),
            "inner": inner,
        }
        for n, s in samples.items()
    }


# --------------------------------------------------------------------------- environment


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError):
        pass
    return None


def machine() -> dict[str, Any]:
    """Facts a reader needs to judge the numbers (the ratios are what compare across runs)."""
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        affinity = os.cpu_count()
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "cpu_model": cpu_model(),
        "memory_gb": memory_total_gb(),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
    }


def packages() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in (
        "telegent-mpaas",
        "httpx",
        "pydantic",
        "msgspec",
        "openapi-python-client",
        "openapi-python-generator",
        "argcomplete",
        "ruff",
    ):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_revision() -> dict[str, Any]:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "dirty": None}
    return {"commit": head, "dirty": bool(dirty)}


def child_env() -> dict[str, str]:
    """Environment for child Pythons: this venv's bin first (ruff for the generator's hooks)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def importtime(args: list[str], env: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    """Run ``python -X importtime ARGS``; module -> (self us, cumulative us)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        cwd=ROOT,
        env=dict(env),
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, tuple[int, int]] = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if m:
            out[m.group(4)] = (int(m.group(1)), int(m.group(2)))
    return out


def added_imports(
    mine: Mapping[str, tuple[int, int]], base: Mapping[str, tuple[int, int]], top: int = 12
) -> dict[str, Any]:
    """What ``mine`` imports beyond ``base``: count, summed self time, the heaviest."""
    added = {name: t for name, t in mine.items() if name not in base}
    heaviest = sorted(added.items(), key=lambda kv: -kv[1][0])[:top]
    by_package: dict[str, int] = {}
    for name, (self_us, _) in added.items():
        top_name = name.split(".")[0]
        by_package[top_name] = by_package.get(top_name, 0) + self_us
    return {
        "modules_added": len(added),
        "self_us_added": sum(t[0] for t in added.values()),
        "self_us_by_package": dict(sorted(by_package.items(), key=lambda kv: -kv[1])[:top]),
        "heaviest_added_self_us": {name: t[0] for name, t in heaviest},
    }


# --------------------------------------------------------------------------- reporting


def fmt_value(value: float, unit: str) -> str:
    if unit == "s":
        if value >= 1:
            return f"{value:.2f} s"
        if value >= 1e-3:
            return f"{value * 1e3:.1f} ms"
        return f"{value * 1e6:.1f} µs"
    if unit == "B":
        if value >= 1024 * 1024:
            return f"{value / 1024 / 1024:.2f} MiB"
        return f"{value / 1024:.1f} KiB"
    return f"{value:.3g} {unit}"
