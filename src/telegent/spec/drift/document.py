"""The document model the comparison walks: JSON pointers, ``$ref`` resolution, operations.

Pure functions over parsed OpenAPI documents (plain dicts); loading and checking them is
:mod:`.load`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = [
    "METHODS",
    "DriftCheckError",
    "Op",
    "OpKey",
    "Side",
    "escape_pointer",
    "operation_key",
    "operations",
    "op_sort_key",
    "resolve_pointer",
    "unescape_pointer",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"\{[^}/]*\}")
_MISSING = object()

OpKey = tuple[str, str]
"""(method, path with every ``{param}`` written ``{}``): how operations are matched."""


class DriftCheckError(Exception):
    """The drift check could not run (exit code 2). The message is one line."""


def escape_pointer(token: str) -> str:
    """Escape one JSON Pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer(token: str) -> str:
    """Undo :func:`escape_pointer`."""
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, ref: str) -> Any:
    """Resolve an internal ``#/...`` reference (percent-decoded, RFC 6901 tokens).

    Raises:
        KeyError: the reference does not resolve (the message is the reference).
    """
    fragment = unquote(ref[1:]) if ref.startswith("#") else ref
    node = document
    if fragment == "":
        return node
    if not fragment.startswith("/"):
        raise KeyError(ref)
    for raw in fragment[1:].split("/"):
        token = unescape_pointer(raw)
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            node = _MISSING
        if node is _MISSING:
            raise KeyError(ref)
    return node


def operation_key(method: str, path: str) -> OpKey:
    """The key that matches an operation across the two documents."""
    return method.lower(), _PATH_PARAM.sub("{}", path)


class Side:
    """One document plus $ref resolution that remembers where it went."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.doc = document

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str, tuple[str, ...]]:
        """Follow a chain of ``$ref``; return the node, its pointer, and the ref holders."""
        holders: list[str] = []
        seen: set[str] = set()
        while isinstance(node, dict):
            ref = node.get("$ref")
            if not isinstance(ref, str):
                break
            # Loaded documents were checked already; this guards patched ones.
            if not ref.startswith("#"):
                raise DriftCheckError(f"external $ref {ref!r} at {pointer}")
            if ref in seen:
                raise DriftCheckError(f"$ref {ref!r} at {pointer} only refers to itself")
            seen.add(ref)
            holders.append(pointer)
            try:
                node = resolve_pointer(self.doc, ref)
            except KeyError:
                raise DriftCheckError(f"dangling $ref {ref!r} at {pointer}") from None
            pointer = unquote(ref[1:])
        return node, pointer, tuple(holders)


@dataclass(slots=True)
class Op:
    """One operation of a document, with where it sits."""

    method: str
    path: str
    node: dict[str, Any]
    pointer: str
    item: dict[str, Any]
    item_pointer: str

    @property
    def display(self) -> str:
        """``"POST /v1.0/numbers/status"``."""
        return f"{self.method.upper()} {self.path}"


def operations(side: Side) -> dict[OpKey, Op]:
    """Every operation of *side*'s document, by :func:`operation_key`."""
    ops: dict[OpKey, Op] = {}
    paths = side.doc.get("paths")
    if not isinstance(paths, dict):
        return ops
    for path, raw_item in paths.items():
        item, item_pointer, _ = side.resolve(raw_item, f"/paths/{escape_pointer(path)}")
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                # First one wins if two paths differ only in parameter names.
                ops.setdefault(
                    operation_key(method, path),
                    Op(method, path, node, f"{item_pointer}/{method}", item, item_pointer),
                )
    return ops


def op_sort_key(key: OpKey) -> tuple[str, int]:
    """Document-independent order: by path, then HTTP method in the spec's order."""
    return key[1], METHODS.index(key[0]) if key[0] in METHODS else len(METHODS)
