"""How spec names become SDK names: one convention for the code generator, the drift
check and the CLI, so a finding can name the call (`client.orders.get`) a user makes.

- resource: the operation's ``x-telegent-resource``, else its first tag in snake_case
  (``Numbers`` -> ``numbers``);
- method: the operation's ``x-telegent-method``, else its ``operationId`` in snake_case;
- record: a schema's ``title``, else its component name;
- field: a property's ``x-telegent-name``, else its wire name in snake_case
  (``PortOutPin`` -> ``port_out_pin``, ``ICCID`` -> ``iccid``).

Pure functions over plain dicts: no dependency beyond the standard library.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "UnsafeNameError",
    "check_name",
    "iter_operations",
    "operation_method",
    "operation_resource",
    "record_name",
    "snake",
    "field_name",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def snake(name: str) -> str:
    """``changeNumberStatus`` -> ``change_number_status``; ``ICCID`` -> ``iccid``;
    ``OAuth2`` -> ``oauth2``; ``Sub-accounts`` -> ``sub_accounts``. A result that is a
    Python keyword or starts with a digit gets a trailing/leading underscore."""
    text = _NON_WORD.sub("_", name.replace("OAuth", "Oauth"))
    text = _ACRONYM.sub(r"\1_\2", text)
    text = _CAMEL.sub(r"\1_\2", text)
    text = text.strip("_").lower() or "_"
    text = re.sub(r"_+", "_", text)
    if text[0].isdigit():
        text = "_" + text
    if keyword.iskeyword(text) or keyword.issoftkeyword(text) or text in {"self", "cls"}:
        text += "_"
    return text


class UnsafeNameError(ValueError):
    """A name from the spec that cannot safely become Python: the message names where."""


_DUNDER = re.compile(r"^__.*__$")
_PATHLIKE = re.compile(r"[\w.%/\\-]+")


def unsafe_reason(name: object) -> str | None:
    """Why ``name`` may not appear in generated code as an identifier, or None if it may.

    Names in a spec are data: one becomes a module file, a class or a ``def``, so anything
    but a plain ASCII identifier could escape the tree or carry code.
    """
    if not isinstance(name, str):
        return f"a {type(name).__name__}, not a string"
    if not name:
        return "empty"
    if _PATHLIKE.fullmatch(name) and any(sep in name for sep in ("/", "\\", "..")):
        return "a path, not a name"
    if not (name.isascii() and name.isidentifier()):
        return "not a Python identifier"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "a Python keyword"
    if _DUNDER.match(name):
        return "a dunder name"
    if len(name) > 80:
        return "over 80 characters"
    return None


def check_name(name: object, *, what: str, where: str) -> str:
    """``name`` if it is safe to write as Python, else :class:`UnsafeNameError`."""
    reason = unsafe_reason(name)
    if reason is not None:
        shown = repr(name) if len(repr(name)) <= 60 else repr(name)[:57] + "..."
        raise UnsafeNameError(
            f"{where}: {what} {shown} is refused ({reason}); name it in "
            "overlay/published-names.overlay.yaml (scripts/draft_names.py)"
        )
    return str(name)


def operation_resource(operation: Mapping[str, Any]) -> str:
    """The ``client.<resource>`` an operation belongs to."""
    explicit = operation.get("x-telegent-resource")
    if isinstance(explicit, str) and explicit:
        return explicit
    tags = operation.get("tags") or ["default"]
    return snake(str(tags[0]))


def operation_method(operation: Mapping[str, Any], path: str, http_method: str) -> str:
    """The method name on its resource: ``x-telegent-method``, else the operationId in
    snake_case, else ``<http method>_<path words>``."""
    explicit = operation.get("x-telegent-method")
    if isinstance(explicit, str) and explicit:
        return explicit
    op_id = operation.get("operationId")
    if isinstance(op_id, str) and op_id:
        return snake(op_id)
    words = [w for w in path.split("/") if w and not w.startswith("v1") and "{" not in w]
    return snake("_".join([http_method, *words]))


def record_name(schema_key: str, schema: Mapping[str, Any]) -> str:
    """The record class a component schema becomes."""
    title = schema.get("title")
    return title if isinstance(title, str) and title.isidentifier() else schema_key


def field_name(wire: str, prop: Mapping[str, Any] | None = None) -> str:
    """The record attribute / keyword argument for a wire property."""
    if prop is not None:
        explicit = prop.get("x-telegent-name")
        if isinstance(explicit, str) and explicit:
            return explicit
    return snake(wire)


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """``(path, http_method, operation)`` in document order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                yield path, method, op
