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
