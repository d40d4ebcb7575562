"""``telegent <resource> <method>``: one command per generated operation, no per-command code.

Flags come from the operation's parameters (:mod:`._flags`); ``--data`` gives the body as
JSON (inline, ``@file.json`` or ``-`` for stdin; wire or Python field names), flags win
over it. The call goes through the SDK -- ``client.<resource>.<method>(**kwargs)`` -- so
checks, auth, retries and errors are the SDK's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import Any

from ._flags import add_param, flag, missing, wrap
from ._ops import OperationLike, ParamLike
from ._output import UsageError, as_plain, at_least_one, render
from ._session import DryRunStop, Settings, make_client, print_dry_run
from ._shape import Shape, check_fields, shape_of
from ._words import in_operator_words

__all__ = ["command_name", "configure", "load_data", "run_operation"]

_MAX_DATA = 50 * 1024 * 1024  # a body file larger than this is a mistake, not a request


def command_name(name: str) -> str:
    """``list_page`` -> ``list-page``."""
    return name.strip("_").replace("_", "-")


def configure(parser: argparse.ArgumentParser, *, op: OperationLike) -> None:
    """Add ``op``'s flags (and ``--data`` when it has a body) to its command's parser."""
    group = parser.add_argument_group("parameters (from the API spec)")
    for param in op.params:
        add_param(group, param)
    if any(p.location == "body" for p in op.params):
        group.add_argument(
            "--data",
            metavar="JSON|@FILE|-",
            default=argparse.SUPPRESS,
            help="the request body as JSON: inline, @file.json, or - to read stdin; "
            "field names as on the wire or as the flags' names; flags override it",
        )
    pager = _pager(op)
    if pager is not None:
        paging = parser.add_argument_group("paging (the SDK's pager: every page in turn)")
        paging.add_argument(
            "--all",
            action="store_true",
            default=argparse.SUPPRESS,
            help=f"every page, one record a row ({sdk_call(op).rsplit('.', 1)[0]}."
            f"{pager['method']}); --jsonl streams them",
        )
        paging.add_argument(
            "--limit",
            type=at_least_one,
            metavar="N",
            default=argparse.SUPPRESS,
            help="stop after N records (pages as needed; implies --all)",
        )
    parser.set_defaults(handler=lambda args, settings: run_operation(op, args, settings))


def _pager(op: OperationLike) -> Mapping[str, str] | None:
    """The pager the spec declares for ``op`` (``x-telegent-paginate``), if any."""
    declared = getattr(op, "extensions", {}).get("x-telegent-paginate")
    return declared if isinstance(declared, Mapping) else None


def load_data(text: str) -> Any:
    """The JSON given to ``--data``."""
    source = "--data"
    if text == "-":
        raw = sys.stdin.read(_MAX_DATA + 1)
        source = "stdin"
    elif text.startswith("@"):
        path = text[1:]
        try:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read(_MAX_DATA + 1)
        except OSError as exc:
            raise UsageError(f"--data: cannot read {path!r}: {exc.strerror}") from None
        source = path
    else:
        raw = text
    if len(raw) > _MAX_DATA:
        raise UsageError(f"--data: {source} is larger than {_MAX_DATA // (1024 * 1024)} MB")
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise UsageError(f"--data: {source} is not valid JSON ({exc})") from None


def _from_data(op: OperationLike, data: Any) -> dict[str, Any]:
    whole = [p for p in op.params if p.location == "body" and not p.wire]
    if whole:
        return {whole[0].name: data}
    if not isinstance(data, Mapping):
        raise UsageError(f"--data must be a JSON object, got {type(data).__name__}")
    by_key: dict[str, ParamLike] = {}
    for p in op.params:
        by_key[p.name] = p
        if p.wire:
            by_key.setdefault(p.wire, p)
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        param = by_key.get(str(key))
        if param is None:
            known = ", ".join(p.wire or p.name for p in op.params)
            raise UsageError(f"--data: unknown field {key!r}; known: {known}")
        kwargs[param.name] = value
    return kwargs


def collect_arguments(op: OperationLike, args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for the SDK method: ``--data`` first, then the flags."""
    data = getattr(args, "data", None)
    kwargs = _from_data(op, load_data(data)) if data is not None else {}
    for param in op.params:
        if hasattr(args, param.name):
            kwargs[param.name] = getattr(args, param.name)
    absent = [
        p
        for p in op.params
        if p.required and p.name not in kwargs and p.schema.get("x-telegent-default") is None
    ]
    if absent:
        raise missing(absent)
    return kwargs


def sdk_call(op: OperationLike) -> str:
    """``client.<resource>.<method>`` (``client.internal.<resource>...`` for the vendor's
    internal operations), as the SDK has it."""
    where = "client.internal" if op.internal else "client"
    return f"{where}.{op.resource}.{op.method}"


def sdk_method(client: Any, op: OperationLike) -> Any:
    """The bound SDK method of ``op``."""
    try:
        owner = client.internal if op.internal else client
        return getattr(getattr(owner, op.resource), op.method)
    except AttributeError:
        raise RuntimeError(f"this version of the SDK has no {sdk_call(op)} for {op.id}") from None


def run_operation(op: OperationLike, args: argparse.Namespace, settings: Settings) -> int:
    """Call the operation through the SDK and print its result."""
    kwargs = collect_arguments(op, args)
    shape = shape_of(op.returns)
    check_fields(shape, settings.fields)  # before anything is sent
    if hasattr(args, "all") or hasattr(args, "limit"):
        return _run_pages(op, kwargs, getattr(args, "limit", None), settings, shape)
    with make_client(settings, capture=settings.dry_run) as client:
        method = sdk_method(client, op)
        try:
            result = method(**kwargs)
        except DryRunStop as stop:
            return print_dry_run(stop)
        except (ValueError, TypeError) as exc:
            # The SDK refused the input before sending anything: its message, exit 2.
            names = {p.name: flag(p) for p in op.params}
            raise UsageError(in_operator_words(str(exc), names)) from None
    render(as_plain(result, reveal=settings.reveal), settings.fmt, settings.fields, shape=shape)
    return 0


def _run_pages(
    op: OperationLike,
    kwargs: dict[str, Any],
    limit: int | None,
    settings: Settings,
    shape: Shape | None,
) -> int:
    """Every record of every page (up to ``limit``), through the SDK's declared pager."""
    from ._listing import stream_rows  # noqa: PLC0415

    pager = _pager(op)
    assert pager is not None
    page = next((p for p in op.params if p.wire == pager["page"]), None)
    if page is not None and page.name in kwargs:
        raise UsageError(f"{flag(page)}: --all and --limit start at the first page; drop one")
    with make_client(settings, capture=settings.dry_run) as client:
        owner = getattr(client.internal if op.internal else client, op.resource)
        try:
            records = getattr(owner, pager["method"])(**kwargs, limit=limit)
            rows = (as_plain(r, reveal=settings.reveal) for r in records)
            if settings.fmt in ("jsonl", "csv"):
                stream_rows(rows, settings.fmt, settings.fields, shape.fields if shape else ())
            else:
                # The records of every page: a list of rows, each the page's row record.
                rows_shape = Shape(shape.row, None, shape.fields) if shape else None
                render(list(rows), settings.fmt, settings.fields, shape=rows_shape)
        except DryRunStop as stop:
            return print_dry_run(stop, "the first page's request; nothing sent")
        except (ValueError, TypeError) as exc:
            names = {p.name: flag(p) for p in op.params}
            raise UsageError(in_operator_words(str(exc), names)) from None
    return 0


def describe(op: OperationLike) -> str:
    """The command's help text: summary, description, the call and the HTTP request."""
    head = op.summary or op.id
    body = wrap(op.description) if op.description and op.description != op.summary else ""
    call = f"SDK: {sdk_call(op)}(...)    HTTP: {op.http_method} {op.path}"
    return "\n\n".join(part for part in (head, body, call) if part)
