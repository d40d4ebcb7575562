"""The ``telegent`` command line (``python -m telegent``): a command for every API
operation, generated from the operation registry, plus bulk status changes, order
waiting, the mock server and the spec tools."""

from __future__ import annotations

from ._main import build_parser, main

__all__ = ["build_parser", "main"]
