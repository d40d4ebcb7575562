"""Command-line flags from an operation's parameters, and the values they carry.

A parameter ``page_size`` becomes ``--page-size``, typed from its JSON schema (integer,
number, boolean as ``--x/--no-x``, arrays as several values, objects as JSON), with
the spec's description as help and "(required)" marked. Values are converted only as
far as the shell needs (text to int, JSON to objects); checking them is the SDK's job,
so the messages are the SDK's.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable, Mapping
from typing import Any

from ._ops import ParamLike
from ._output import UsageError

__all__ = ["add_param", "flag", "help_text", "parse_value"]


def flag(param: ParamLike) -> str:
    """``--page-size`` for ``page_size``."""
    return "--" + param.name.strip("_").replace("_", "-")


def _scalar(schema: Mapping[str, Any], where: str) -> Callable[[str], Any]:
    typ = schema.get("type")

    def parse(text: str) -> Any:
        return parse_value(text, schema, where)

    parse.__name__ = str(typ or "value")  # argparse names the type in its messages
    return parse


def parse_value(text: str, schema: Mapping[str, Any], where: str) -> Any:
    """One command-line word as the value the SDK takes for ``schema``."""
    typ = schema.get("type")
    try:
        if typ == "integer":
            return int(text)
        if typ == "number":
            return float(text)
        if typ == "boolean":
            lowered = text.strip().lower()
            if lowered in {"true", "yes", "1"}:
                return True
            if lowered in {"false", "no", "0"}:
                return False
            raise ValueError(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid {typ} value: {text!r}") from None
    if typ == "object" or (typ is None and "properties" in schema):
        props = schema.get("properties") or {}
        shorthand = schema.get("x-telegent-shorthand")
        if not text.lstrip().startswith("{") and isinstance(shorthand, str) and shorthand in props:
            return text  # the SDK expands a shorthand (a bare number) itself
        try:
            return json.loads(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{where}: not a JSON object: {text!r}") from None
    return text


def help_text(param: ParamLike) -> str:
    """The spec's description, the allowed values and whether it is required."""
    schema = param.schema
    described = " ".join((param.description or str(schema.get("description", ""))).split())
    parts = [described + ("." if described and not described.endswith(".") else "")]
    items = schema.get("items") if schema.get("type") == "array" else None
    enum = schema.get("enum") or (items or {}).get("enum")
    if enum:
        parts.append("one of: " + ", ".join(str(e) for e in enum) + ".")
    if schema.get("x-telegent-format") == "us-date" and "MM/DD/YYYY" not in described:
        parts.append("MM/DD/YYYY.")
    if schema.get("x-telegent-default") == "today":
        parts.append("Default: today.")
    if items is not None:
        parts.append("Several values allowed.")
    if param.required and schema.get("x-telegent-default") is None:
        parts.append("(required)")
    return " ".join(p for p in parts if p).replace("%", "%%")


def add_param(parser: argparse.ArgumentParser | Any, param: ParamLike) -> None:
    """Add the flag for ``param`` (its value lands in ``args.<param.name>``)."""
    schema = param.schema
    common: dict[str, Any] = {
        "dest": param.name,
        "default": argparse.SUPPRESS,
        "help": help_text(param),
    }
    metavar = param.name.upper()
    if schema.get("type") == "boolean":
        parser.add_argument(flag(param), action=argparse.BooleanOptionalAction, **common)
        return
    items = (schema.get("items") or {}) if schema.get("type") == "array" else None
    if items is not None:
        action = parser.add_argument(
            flag(param), nargs="+", metavar=metavar, type=_scalar(items, flag(param)), **common
        )
    else:
        action = parser.add_argument(
            flag(param), metavar=metavar, type=_scalar(schema, flag(param)), **common
        )
    values = schema.get("enum") or (items or {}).get("enum")
    if values:
        # argcomplete asks an action's `completer`: the spec's values, not file names.
        setattr(action, "completer", EnumCompleter(tuple(str(v) for v in values)))  # noqa: B010


class EnumCompleter:
    """Shell completion of a flag's allowed values (argcomplete's completer protocol)."""

    __slots__ = ("values",)

    def __init__(self, values: tuple[str, ...]) -> None:
        self.values = values

    def __call__(self, prefix: str = "", **_context: Any) -> list[str]:
        return [v for v in self.values if v.lower().startswith(prefix.lower())]


def wrap(text: str, width: int = 78) -> str:
    """A description as help paragraphs."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    # Not %-escaped: argparse formats a description only when it holds "%(prog)".
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def missing(required: list[ParamLike]) -> UsageError:
    """The error for required parameters given neither as flags nor in ``--data``."""
    names = ", ".join(flag(p) for p in required)
    return UsageError(f"missing required option(s): {names} (or give them in --data)")
