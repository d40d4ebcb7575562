"""The spec drift check (``telegent spec drift``), one module per job:

- :mod:`.load`: reading the two specs (URL or file), with the structural and ``$ref`` checks;
- :mod:`.document`: the document model (pointers, ``$ref`` resolution, operations);
- :mod:`.operations`, :mod:`.requests`, :mod:`.responses`, :mod:`.schemas`,
  :mod:`.security`, :mod:`.examples`: the comparison, part by part;
- :mod:`.client`: which SDK methods and record fields a spot in the spec affects;
- :mod:`.rules`: the rule registry, levels and advice;
- :mod:`.overlay`: where overlay actions write, and their health on the published spec;
- :mod:`.check`: the three passes put together; :mod:`.report` and :mod:`.render`: the
  report and its renderings; :mod:`.lines`: file lines for annotations;
- :mod:`.cli`: the command (:func:`main`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .check import Scope, check_drift
    from .cli import main
    from .document import DriftCheckError
    from .load import DEFAULT_URL
    from .report import (
        Change,
        DriftReport,
        OverlayFinding,
        OverlayMove,
        OverlayRef,
        SpecInfo,
        report_schema,
    )
    from .rules import RULES, Advice, Level, Rule, rules_markdown

# Each name loads with its module, on first use: ``telegent spec drift --help`` needs only
# the command line (.cli), not the check (YAML, JSON Schema, JSONPath).
_LAZY = {
    "Scope": ".check",
    "check_drift": ".check",
    "main": ".cli",
    "DriftCheckError": ".document",
    "DEFAULT_URL": ".load",
    "Change": ".report",
    "DriftReport": ".report",
    "OverlayFinding": ".report",
    "OverlayMove": ".report",
    "OverlayRef": ".report",
    "SpecInfo": ".report",
    "report_schema": ".report",
    "RULES": ".rules",
    "Advice": ".rules",
    "Level": ".rules",
    "Rule": ".rules",
    "rules_markdown": ".rules",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_URL",
    "RULES",
    "Advice",
    "Change",
    "DriftCheckError",
    "DriftReport",
    "Level",
    "OverlayFinding",
    "OverlayMove",
    "OverlayRef",
    "Rule",
    "Scope",
    "SpecInfo",
    "check_drift",
    "main",
    "report_schema",
    "rules_markdown",
]
