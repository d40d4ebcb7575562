"""The Markdown the README publishes, rendered from one run's JSON (bench/results/latest.json).

``python -m bench --table`` prints it; ``python -m bench --render`` writes it into README.md
(between the markers below) and the goals table into bench/README.md; a full run does both.
tests/test_bench_harness.py checks that the committed READMEs equal what this renders from
the committed JSON, so a published figure always has the run behind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._core import ROOT, fmt_value, row_status
from ._goals import GOALS

README = ROOT / "README.md"
BENCH_README = ROOT / "bench" / "README.md"
TABLE_START = "<!-- bench-table:start: rendered by `python -m bench --render`; do not edit -->"
TABLE_END = "<!-- bench-table:end -->"
GOALS_START = "<!-- bench-goals:start: from bench/_goals.py, by `python -m bench --render` -->"
GOALS_END = "<!-- bench-goals:end -->"

_RESULT = {"pass": "pass", "MISS": "**MISS**", "report": "—", "cannot run": "cannot run"}


def _ratio(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x"


def table(benchmarks: list[Mapping[str, Any]]) -> str:
    """One Markdown line per row; a benchmark that crashed gets one error line."""
    lines = [
        "| # | what | measured | baseline (same run) | ratio | goal | result |",
        "|---|------|----------|---------------------|-------|------|--------|",
    ]
    for bench in benchmarks:
        if bench.get("error"):
            error = f"error: {bench['error']}"
            lines.append(f"| {bench['id']} | {bench['title']} | {error} | | | | ERROR |")
            continue
        for row in bench["rows"]:
            status = row_status(row)
            goal = GOALS[row["goal"]].text if row.get("goal") else "report"
            if status == "cannot run":
                measured = f"{row['measured_name']}: cannot run ({row['reason']})"
                cells = [str(bench["id"]), row["label"], measured, "", "—", goal, _RESULT[status]]
            else:
                m, b = float(row["measured"]), float(row["baseline"])
                cells = [
                    str(bench["id"]),
                    row["label"],
                    f"{row['measured_name']} {fmt_value(m, row['unit'])}",
                    f"{row['baseline_name']} {fmt_value(b, row['unit'])}",
                    _ratio(m / b if b else float("inf")),
                    goal,
                    _RESULT[status],
                ]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def machine_line(info: Mapping[str, Any]) -> str:
    m = info["machine"]
    pk = info["packages"]
    versions = ", ".join(f"{name} {pk[name]}" for name in sorted(pk) if pk[name])
    return (
        f"{m['cpu_model']}, {m['cpus_usable']} CPUs usable, {m['memory_gb']} GB RAM; "
        f"{m['platform']}; {m['implementation']} {m['python']}; {versions}"
    )


def run_line(info: Mapping[str, Any]) -> str:
    git = info.get("git") or {}
    commit = git.get("commit") or "unknown"
    if git.get("dirty"):
        commit += " plus uncommitted changes"
    load = (info["machine"].get("load_avg_at_start") or [None])[0]
    kind = "quick (smoke) run" if info.get("quick") else "full run"
    return (
        f"A {kind} of `{info['command']}`, {info['duration_s']:.0f} s, started "
        f"{info['started_utc']} at commit {commit}; load average {load} at start "
        f"(a shared machine: ratios compare across runs, absolute times do not)."
    )


def render(info: Mapping[str, Any]) -> str:
    """The README's benchmark block: the run, the machine, the table, the benchmarks' notes."""
    parts = [run_line(info), "", f"Machine: {machine_line(info)}.", "", table(info["benchmarks"])]
    notes = [f"- #{b['id']}: {n}" for b in info["benchmarks"] for n in b.get("notes", [])]
    # What a peer's generator reported while it built (it carried on): the rows quote it.
    for peer in (info.get("peers") or {}).get("built", []):
        if peer.get("notes"):
            said = "; ".join(f"`{n.strip()}`" for n in dict.fromkeys(peer["notes"]))
            notes.append(f"- peer {peer['generator']} reported while generating: {said}")
    if notes:
        parts += ["", *notes]
    return "\n".join(parts)


def render_goals() -> str:
    lines = ["| goal | judges |", "|------|--------|"]
    lines += [f"| {g.text} | {g.what} (`{key}`) |" for key, g in GOALS.items()]
    return "\n".join(lines)


def splice(text: str, start: str, end: str, body: str) -> str:
    """``text`` with what lies between the ``start`` and ``end`` marker lines replaced."""
    try:
        head, rest = text.split(start + "\n", 1)
        _, tail = rest.split(end, 1)
    except ValueError:
        raise ValueError(f"markers not found: {start!r} ... {end!r}") from None
    return f"{head}{start}\n{body}\n{end}{tail}"


def rendered_files(info: Mapping[str, Any]) -> dict[Path, str]:
    """README.md and bench/README.md as they must read for this run."""
    return {
        README: splice(README.read_text(), TABLE_START, TABLE_END, render(info)),
        BENCH_README: splice(BENCH_README.read_text(), GOALS_START, GOALS_END, render_goals()),
    }


def write(info: Mapping[str, Any]) -> list[Path]:
    """Write both READMEs; the files that changed."""
    changed = []
    for path, text in rendered_files(info).items():
        if path.read_text() != text:
            path.write_text(text)
            changed.append(path)
    return changed
