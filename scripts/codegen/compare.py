"""What a spec update changes in the SDK's signatures, in the user's words.

Both patched specs go through the same :class:`~codegen.ir.Builder` (openapi-python-client's
parser, then the surface model) the templates render, so a line here is exactly what the
generated code changes: ``client.webhooks.list gains body=
(a GET with a body)``, ``client.numbers.get gains phone_number=``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .ir import Builder, OperationIR

__all__ = ["sdk_calls", "signature_changes"]


def _call(op: OperationIR) -> str:
    return f"client.{'internal.' if op.internal else ''}{op.resource}.{op.method}"


def _methods(spec: Mapping[str, Any]) -> dict[str, OperationIR]:
    return {_call(op): op for op in Builder(spec).build().operations}


def sdk_calls(spec: Mapping[str, Any]) -> dict[str, str]:
    """``GET /v1.0/numbers`` -> ``client.numbers.get``, for every operation of ``spec``."""
    return {f"{op.http_method} {op.path}": _call(op) for op in Builder(spec).build().operations}


def signature_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """One line per SDK method added or removed, and per argument gained or lost."""
    before, after = _methods(old), _methods(new)
    lines = [f"{name} removed" for name in sorted(before.keys() - after.keys())]
    for name in sorted(after.keys() - before.keys()):
        op = after[name]
        lines.append(
            f"{name}({', '.join(p.name for p in op.params)}) added ({op.http_method} {op.path})"
        )
    for name in sorted(before.keys() & after.keys()):
        old_params = {p.name: p for p in before[name].params}
        new_params = {p.name: p for p in after[name].params}
        op = after[name]
        for arg in sorted(new_params.keys() - old_params.keys()):
            p = new_params[arg]
            note = (
                " (a GET with a body)" if p.location == "body" and op.http_method == "GET" else ""
            )
            need = "required" if p.required else "optional"
            lines.append(f"{name} gains {arg}= ({need}){note}")
        lines += [f"{name} loses {arg}=" for arg in sorted(old_params.keys() - new_params.keys())]
        for arg in sorted(old_params.keys() & new_params.keys()):
            if new_params[arg].required and not old_params[arg].required:
                lines.append(f"{name}: {arg}= becomes required")
        if before[name].returns != op.returns:
            lines.append(f"{name} returns {op.returns} (was {before[name].returns})")
    return lines
