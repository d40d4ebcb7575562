"""One safe way in for every spec and overlay input: bounded size, time, depth and expansion.

Every tool that reads an OpenAPI description or an overlay (the overlay engine, the drift
check, ``telegent spec apply``, ``scripts/regenerate.py``) reads it through
:func:`load_document`, so hostile input is refused the same way everywhere, with a typed
error (a :class:`SpecInputError`, itself a ``ValueError``) whose message is one line that
names the input and the problem.

API::

    load_document(source, *, label=None, formats="json", max_bytes=DEFAULT_MAX_BYTES,
                  timeout=DEFAULT_TIMEOUT, max_depth=DEFAULT_MAX_DEPTH,
                  yaml_aliases="bounded", max_nodes=DEFAULT_MAX_NODES,
                  external_refs="refuse", require_object=True,
                  http_client=None) -> LoadedDocument
    parse_document(body, *, label, formats=..., max_depth=..., yaml_aliases=...,
                   max_nodes=...) -> Any          # bytes/str already in memory
    read_source(source, *, label, max_bytes, timeout, http_client) -> RawInput
    check_depth(value, *, label, max_depth)       # iterative, never recurses
    iter_refs(document) -> Iterator[tuple[pointer, ref]]          # every reference
    find_external_refs(document) -> Iterator[tuple[pointer, ref]]
    refuse_external_refs(document, *, label)      # raises ExternalRefError

``source`` is a file path (``str`` or path-like), an ``http(s)://`` URL (``str``), the
document's bytes, or an already parsed mapping (copied, as plain JSON data).

The policy, input by input:

* **Size**: at most ``max_bytes`` (default 20 MiB) are read from a file or URL; the read
  stops at ``max_bytes + 1`` bytes, so ``/dev/zero`` or an endless body fails at once with
  :class:`InputTooLargeError` instead of filling memory.
* **Time** (URLs): ``timeout`` bounds the whole fetch, not each read: the body is streamed
  and the deadline is checked after every chunk, so a server that drips a byte a second is
  cut off. Every single network step is also bounded by ``timeout``, so a fetch ends within
  twice ``timeout`` at worst (a step started just before the deadline). Only ``http`` and
  ``https`` URLs are read; at most 5 redirects are followed, never to another scheme.
* **Syntax**: JSON is parsed with duplicate-key detection (:class:`DuplicateKeyError`).
  YAML (only where ``formats`` allows it) is parsed with a safe loader that builds plain
  JSON data: keys are strings, dates stay strings, duplicate keys are refused, and any
  tag outside the YAML core schema's JSON types (``!!python/object``, ``!!binary``,
  ``!!set``, any local ``!tag``...) is refused with :class:`YAMLTagError` before anything
  is constructed.
* **YAML aliases**: ``yaml_aliases="bounded"`` (the default) allows anchors and aliases,
  which real overlays use to share a fragment (the project's own overlay does, with
  ``&lenient_bool``/``*lenient_bool``), but counts the nodes of the document *as
  expanded* on the composed node graph (linear time, before any Python object is built):
  more than ``max_nodes`` (default 1,000,000) expanded nodes, or an alias that contains
  itself, is refused with :class:`YAMLAliasError`. The 560-byte "billion laughs" document
  expands to ~10^9 nodes and is refused in milliseconds. ``yaml_aliases="refuse"`` refuses
  any alias at all, for callers that want no sharing in untrusted input.
* **Depth**: containers nested deeper than ``max_depth`` (default 200; real OpenAPI
  descriptions stay under 40) raise :class:`NestingTooDeepError`, for JSON, YAML (before
  composing, and again after alias expansion) and parsed mappings; no check recurses, so a
  100,000-deep document never reaches a ``RecursionError``.
* **References**: with ``external_refs="refuse"`` (the default) any ``$ref`` whose value
  does not start with ``#`` (``file://``, ``http://``, a relative file) raises
  :class:`ExternalRefError` naming the reference and its JSON pointer, before any
  validator or resolver can see the document. ``$ref`` inside literal data (``example``,
  ``examples.*.value``, ``default``, ``enum``, ``const``, ``x-*`` extensions) is data and
  is not a reference.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import yaml

from ._defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    import httpx  # imported when a URL is read: `telegent spec` starts without it

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_NODES",
    "DEFAULT_TIMEOUT",
    "DuplicateKeyError",
    "ExternalRefError",
    "InputReadError",
    "InputSyntaxError",
    "InputTimeoutError",
    "InputTooLargeError",
    "LoadedDocument",
    "NestingTooDeepError",
    "NonJSONNumberError",
    "NotAnObjectError",
    "RawInput",
    "SpecInputError",
    "UnsupportedSourceError",
    "YAMLAliasError",
    "YAMLTagError",
    "check_depth",
    "dumps_json",
    "escape_pointer",
    "find_non_json_number",
    "iter_refs",
    "find_external_refs",
    "load_document",
    "non_json_number",
    "parse_document",
    "read_source",
    "refuse_external_refs",
]

DEFAULT_MAX_DEPTH = 200
"""Deepest container nesting accepted (the root object is depth 1)."""
DEFAULT_MAX_NODES = 1_000_000
"""Most nodes a YAML document may hold once its aliases are expanded."""
MAX_REDIRECTS = 5

Formats = Literal["json", "yaml", "json-or-yaml"]
AliasPolicy = Literal["bounded", "refuse"]
RefPolicy = Literal["refuse", "allow"]
Source = str | os.PathLike[str] | bytes | Mapping[str, Any]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


# ------------------------------------------------------------------------------ errors


class SpecInputError(ValueError):
    """A spec or overlay input was refused. The message is one line naming the input.

    Attributes:
        label: how the input is named in the message (e.g. ``"overlay x.yaml"``).
    """

    def __init__(self, label: str, problem: str) -> None:
        super().__init__(_one_line(f"{label}: {problem}", 400))
        self.label = label


class UnsupportedSourceError(SpecInputError):
    """A URL scheme other than http/https (``file://``, ``ftp://``...)."""


class InputReadError(SpecInputError):
    """The file cannot be read, or the URL answered an error or could not be reached."""


class InputTooLargeError(SpecInputError):
    """More than ``max_bytes`` bytes."""


class InputTimeoutError(SpecInputError):
    """A URL fetch did not finish within its overall timeout."""


class InputSyntaxError(SpecInputError):
    """Not UTF-8, not JSON, not YAML, or not a single document."""


class NotAnObjectError(SpecInputError):
    """The top level is not a JSON object / YAML mapping."""


class DuplicateKeyError(SpecInputError):
    """A JSON object or YAML mapping names the same key twice."""


class NestingTooDeepError(SpecInputError):
    """Containers nested deeper than ``max_depth``."""


class YAMLAliasError(SpecInputError):
    """YAML aliases refused: any alias (policy "refuse"), too large an expansion, a cycle."""


class NonJSONNumberError(InputSyntaxError):
    """A number JSON cannot hold: NaN, an infinity (``.inf``, ``1e999``)."""


class YAMLTagError(SpecInputError):
    """A YAML tag outside the JSON-compatible core schema."""


class ExternalRefError(SpecInputError):
    """A ``$ref`` that does not start with ``#``.

    Attributes:
        ref: the reference as written.
        pointer: the JSON pointer of the object holding it (``""`` for the root).
    """

    def __init__(self, label: str, ref: str, pointer: str) -> None:
        super().__init__(
            label,
            f"external $ref {ref!r} at {pointer or '/'}; external references are refused, "
            "never fetched or read",
        )
        self.ref = ref
        self.pointer = pointer


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class RawInput:
    """The bytes of an input as read, and where they came from."""

    body: bytes
    source: str
    content_type: str = ""


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A parsed, checked document."""

    document: Any
    """Plain JSON data (a ``dict`` unless ``require_object=False``)."""
    source: str
    """The path or URL; ``"<bytes>"`` or ``"<document>"`` for in-memory input."""
    sha256: str
    """sha256 of the bytes as read; for a parsed mapping, of its canonical JSON."""
    content_type: str = ""
    """The ``Content-Type`` a URL answered with, else ``""``."""
    body: bytes = b""
    """The bytes as read (empty for a parsed mapping): for locating a problem later."""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def escape_pointer(token: str) -> str:
    """Escape one JSON Pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


# ----------------------------------------------------------------------------- reading


def _read_file(path: str, *, label: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:  # bounded: read_bytes() has no cap
            body = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputReadError(label, "no such file") from None
    except IsADirectoryError:
        raise InputReadError(label, "is a directory, not a file") from None
    except OSError as exc:
        raise InputReadError(label, f"cannot read it: {exc.strerror or exc}") from None
    if len(body) > max_bytes:
        raise InputTooLargeError(label, f"over the {max_bytes}-byte cap")
    return body


def _stream_body(response: httpx.Response, *, label: str, max_bytes: int, deadline: float) -> bytes:
    import httpx  # noqa: PLC0415

    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputTooLargeError(
            label, f"the answer is {int(declared)} bytes, over the {max_bytes}-byte cap"
        )
    body = bytearray()
    for chunk in response.iter_bytes():  # no chunk_size: it would buffer past the deadline
        body += chunk
        if len(body) > max_bytes:
            raise InputTooLargeError(label, f"the answer is over the {max_bytes}-byte cap")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("overall deadline passed")
    return bytes(body)


def _fetch(
    url: str, *, label: str, max_bytes: int, timeout: float, client: httpx.Client | None
) -> RawInput:
    import httpx  # noqa: PLC0415

    deadline = time.monotonic() + timeout
    own = client is None
    http = client or httpx.Client(
        timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS
    )
    try:
        with http.stream("GET", url, headers={"Accept": "application/json"}) as response:
            if not response.is_success:
                reason = f" {response.reason_phrase}" if response.reason_phrase else ""
                raise InputReadError(label, f"GET answered HTTP {response.status_code}{reason}")
            body = _stream_body(response, label=label, max_bytes=max_bytes, deadline=deadline)
            content_type = response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise InputTimeoutError(label, f"not fully read within {timeout:g} s") from None
    except httpx.InvalidURL as exc:
        raise UnsupportedSourceError(label, f"invalid URL: {_one_line(str(exc))}") from None
    except httpx.HTTPError as exc:
        detail = _one_line(str(exc)) or type(exc).__name__
        raise InputReadError(label, f"cannot fetch it: {detail}") from None
    finally:
        if own:
            http.close()
    return RawInput(body=body, source=url, content_type=content_type)


def read_source(
    source: str | os.PathLike[str],
    *,
    label: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    http_client: httpx.Client | None = None,
) -> RawInput:
    """Read a file path or an http(s) URL, at most *max_bytes*, a URL within *timeout*.

    Raises:
        UnsupportedSourceError, InputReadError, InputTooLargeError, InputTimeoutError.
    """
    where = os.fspath(source)
    if _URL.match(where):
        scheme = where.split(":", 1)[0].lower()
        if scheme not in ("http", "https"):
            raise UnsupportedSourceError(
                label, f"unsupported URL scheme {scheme!r} (use http(s) or a file path)"
            )
        return _fetch(where, label=label, max_bytes=max_bytes, timeout=timeout, client=http_client)
    return RawInput(body=_read_file(where, label=label, max_bytes=max_bytes), source=where)


# -------------------------------------------------------------------------------- JSON


class _Duplicate(Exception):
    # Raised inside json.loads; _parse_json turns it into a DuplicateKeyError with a place.
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs_hook(label: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)  # in C; a duplicate shows as a shorter dict
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise _Duplicate(key)
                seen.add(key)
        return result

    return hook


def _duplicate_at(text: str, key: str, max_depth: int) -> str:
    """`` (line L, column C)`` of the first repeated *key* in a JSON text, or ``""``.

    Only on the error path: JSON is read as YAML events (iterative, so any depth is safe),
    tracking each object's keys.
    """
    stack: list[list[Any] | None] = []  # per open container: [keys, next is a key] or None
    try:
        for event in yaml.parse(text, Loader=_SafeBase):
            top = stack[-1] if stack else None
            if isinstance(event, yaml.ScalarEvent):
                if top is not None and top[1] and event.value in top[0] and event.value == key:
                    return _at(event)
                if top is not None:
                    if top[1]:
                        top[0].add(event.value)
                    top[1] = not top[1]
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= max_depth:
                    return ""
                is_map = isinstance(event, yaml.MappingStartEvent)
                stack.append([set(), True] if is_map else None)
            elif isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                if stack and stack[-1] is not None:
                    stack[-1][1] = True  # the value ended
    except yaml.YAMLError:
        pass
    return ""


def _json_hint(text: str, exc: json.JSONDecodeError) -> str:
    head = text[:200].lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<?xml", "<")):
        return "not JSON: it looks like HTML/XML"
    if head.startswith(("openapi:", "swagger:", "overlay:", "---", "%yaml")):
        return "not JSON: it looks like YAML, and only JSON is accepted here"
    if not head:
        return "not JSON: it is empty"
    return f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"


def _json_float(label: str, text: str) -> Any:
    def parse(number: str) -> float:
        value = float(number)
        if not math.isfinite(value):  # 1e999: a JSON number Python reads as infinity
            raise NonJSONNumberError(label, _non_finite(number) + _json_at(number, text))
        return value

    return parse


def _json_at(number: str, text: str) -> str:
    """`` (line L, column C)`` of the first *number* token in *text*, or ``""``."""
    found = re.search(rf"(?<![0-9.eE+-]){re.escape(number)}(?![0-9])", text) if text else None
    if found is None:
        return ""
    line = text.count("\n", 0, found.start()) + 1
    return f" (line {line}, column {found.start() - text.rfind(chr(10), 0, found.start())})"


def _refuse_constant(label: str, text: str) -> Any:
    def parse(name: str) -> float:
        raise NonJSONNumberError(
            label,
            f"{name} is not JSON (JSON has no NaN or Infinity); write a finite number, "
            f"or the value as a string{_json_at(name, text)}",
        )

    return parse


def _parse_json(text: str, *, label: str, max_depth: int) -> Any:
    try:
        data = json.loads(
            text,
            object_pairs_hook=_pairs_hook(label),
            parse_float=_json_float(label, text),
            parse_constant=_refuse_constant(label, text),
        )
    except json.JSONDecodeError as exc:
        raise InputSyntaxError(label, _json_hint(text, exc)) from None
    except _Duplicate as exc:
        at = _duplicate_at(text, exc.key, max_depth)
        raise DuplicateKeyError(label, f"duplicate key {exc.key!r} in a JSON object{at}") from None
    except ValueError as exc:
        if isinstance(exc, SpecInputError):
            raise
        # int() over sys.get_int_max_str_digits(): a number of thousands of digits.
        long = re.search(f"[0-9]{{{sys.get_int_max_str_digits() + 1},}}", text)
        if long is None:
            raise InputSyntaxError(label, f"not valid JSON: {_one_line(str(exc))}") from None
        number = long.group()
        raise InputSyntaxError(label, _bad_integer(number) + _json_at(number, text)) from None
    except RecursionError:
        # The C scanner recurses per level; far past max_depth anyway.
        raise NestingTooDeepError(label, f"nested deeper than {max_depth} levels") from None
    check_depth(data, label=label, max_depth=max_depth)
    return data


def check_depth(value: Any, *, label: str, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
    """Refuse containers nested deeper than *max_depth* (the root container is depth 1).

    Iterative, so it holds for any depth; shared sub-objects are walked once per parent.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Mapping):
            children: Any = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        if depth > max_depth:
            raise NestingTooDeepError(label, f"nested deeper than {max_depth} levels")
        stack.extend(
            (child, depth + 1) for child in children if isinstance(child, Mapping | list | tuple)
        )


# -------------------------------------------------------------------------------- YAML

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    {None, "!"}
    | {_CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "merge")}
)


# libyaml's parser and composer when PyYAML has them (about 10x faster on a large spec);
# construction stays in Python either way, with the constructors below.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JSONYAMLLoader(_SafeBase):  # type: ignore[valid-type, misc]
    """SafeLoader that builds JSON data with the YAML 1.2 core schema: string keys, no
    duplicate keys, and plain scalars resolved as YAML 1.2 does (which Overlay 1.1
    recommends), not as PyYAML's YAML 1.1: ``yes``/``no``/``on``/``off`` stay strings,
    ``012`` is 12, ``1:20`` and ``2024-05-01`` stay strings."""

    label = "YAML"


# The YAML 1.2 core schema's resolution of plain scalars (YAML 1.2.2, section 10.3.2), in
# place of PyYAML's 1.1 table; `<<` merge keys are kept for the overlays that use them.
_DIGITS = "-+0123456789"
_JSONYAMLLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", list(_DIGITS)),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        [*_DIGITS, "."],
    ),
    ("merge", r"<<", ["<"]),
):
    _JSONYAMLLoader.add_implicit_resolver(_CORE + _tag, re.compile(f"^(?:{_pattern})$"), _first)


def _construct_mapping(loader: _JSONYAMLLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)  # resolves `<<` merge keys
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise InputSyntaxError(loader.label, f"a non-scalar mapping key{_at(key_node)}")
        key = loader.construct_object(key_node, deep=True)
        # JSON keys are strings: an unquoted `200:` (a response code) stays "200".
        key = key if isinstance(key, str) else key_node.value
        if key in result:
            raise DuplicateKeyError(loader.label, f"duplicate key {key!r}{_at(key_node)}")
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _construct_text(loader: _JSONYAMLLoader, node: yaml.ScalarNode) -> str:
    # An explicit `!!timestamp` stays a string, as it would be in JSON.
    return str(loader.construct_scalar(node))


def _construct_bool(loader: _JSONYAMLLoader, node: yaml.ScalarNode) -> bool:
    text = str(loader.construct_scalar(node))
    if text.lower() not in ("true", "false"):
        raise InputSyntaxError(loader.label, f"!!bool {text!r} is not true or false{_at(node)}")
    return text.lower() == "true"


def _construct_int(loader: _JSONYAMLLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    body, base = text.lstrip("-+"), 10
    if body[:2] in ("0o", "0x"):
        body, base = body[2:], 8 if body[1] == "o" else 16
    try:
        value = int(body, base)
    except ValueError:
        raise InputSyntaxError(loader.label, _bad_integer(text) + _at(node)) from None
    return -value if text.startswith("-") else value


def _construct_float(loader: _JSONYAMLLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node))
    try:
        value = float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf"))
    except ValueError:
        value = math.nan if text.lower() == ".nan" else _not_a_float(loader, node, text)
    if not math.isfinite(value):
        raise NonJSONNumberError(loader.label, _non_finite(text) + _at(node))
    return value


def _not_a_float(loader: _JSONYAMLLoader, node: yaml.ScalarNode, text: str) -> float:
    raise InputSyntaxError(loader.label, f"!!float {text!r} is not a number{_at(node)}")


_JSONYAMLLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_JSONYAMLLoader.add_constructor(_CORE + "timestamp", _construct_text)
_JSONYAMLLoader.add_constructor(_CORE + "bool", _construct_bool)
_JSONYAMLLoader.add_constructor(_CORE + "int", _construct_int)
_JSONYAMLLoader.add_constructor(_CORE + "float", _construct_float)


def _bad_integer(text: str) -> str:
    digits = len(text.lstrip("-+"))
    if digits > sys.get_int_max_str_digits() > 0:
        return (
            f"an integer of {digits} digits, over the {sys.get_int_max_str_digits()} this "
            "tool reads; write so long a number as a string"
        )
    return f"{text[:40]!r} is not an integer"


def _non_finite(text: str) -> str:
    kind = "NaN" if text.lower().endswith("nan") else "infinite"
    return (
        f"the number {text[:40]!r} is {kind}, which JSON cannot hold; write a finite "
        "number, or the value as a string"
    )


def _at(item: Any) -> str:
    mark = getattr(item, "start_mark", None)
    return f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""


def _check_events(text: str, *, label: str, max_depth: int, aliases: AliasPolicy) -> None:
    """Tags, plain depth and (policy "refuse") aliases, from the event stream: no recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_SafeBase):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > max_depth:
                raise NestingTooDeepError(
                    label, f"nested deeper than {max_depth} levels{_at(event)}"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent) and aliases == "refuse":
            raise YAMLAliasError(label, f"YAML alias *{event.anchor} refused{_at(event)}")
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.NodeEvent) and tag not in _ALLOWED_TAGS:
            raise YAMLTagError(label, f"YAML tag {tag!r} refused (only JSON types){_at(event)}")


def _node_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: yaml.Node, *, label: str, max_nodes: int, max_depth: int) -> None:
    """Count nodes and depth of the document as expanded, memoised per shared node.

    An iterative depth-first walk of the node graph: each node is sized once, after its
    children (post-order), so the cost is linear in the graph however large the expansion.
    """
    done: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded nodes, depth)
    open_: set[int] = set()  # collections on the current path: seeing one again is a cycle
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, children = stack.pop()
        key = id(node)
        if children is not None:  # post-order: every child is sized
            open_.discard(key)
            nodes, depth = 1, 0
            for child in children:
                size, deep = done[id(child)]
                nodes += size
                depth = max(depth, deep)
            if nodes > max_nodes:
                raise YAMLAliasError(
                    label, f"YAML aliases expand to more than {max_nodes} nodes{_at(node)}"
                )
            if depth + 1 > max_depth:
                raise NestingTooDeepError(
                    label, f"nested deeper than {max_depth} levels once aliases are expanded"
                )
            done[key] = (nodes, depth + 1)
        elif key in done:
            continue
        elif isinstance(node, yaml.ScalarNode):
            done[key] = (1, 0)
        elif key in open_:
            raise YAMLAliasError(label, f"a YAML alias contains itself{_at(node)}")
        else:
            open_.add(key)
            kids = _node_children(node)
            stack.append((node, kids))
            stack.extend((kid, None) for kid in kids)


def _parse_yaml(
    text: str, *, label: str, max_depth: int, aliases: AliasPolicy, max_nodes: int
) -> Any:
    try:
        _check_events(text, label=label, max_depth=max_depth, aliases=aliases)
        loader = _JSONYAMLLoader(text)
        loader.label = label
        try:
            root = loader.get_single_node()
            if root is None:
                return None
            _check_expansion(root, label=label, max_nodes=max_nodes, max_depth=max_depth)
            return loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise InputSyntaxError(label, f"not valid YAML: {_one_line(str(exc))}") from None


# ------------------------------------------------------------------------------ parse


def parse_document(
    body: bytes | str,
    *,
    label: str,
    formats: Formats = "json",
    max_depth: int = DEFAULT_MAX_DEPTH,
    yaml_aliases: AliasPolicy = "bounded",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Any:
    """Parse bytes or text already in memory (no size cap here: see :func:`load_document`).

    With ``formats="json-or-yaml"`` the format is chosen by content: a document whose first
    non-blank character is ``{`` is JSON, anything else YAML (YAML is a superset of JSON,
    but JSON's own parser is faster and reports errors better).

    Raises:
        InputSyntaxError, DuplicateKeyError, NestingTooDeepError, YAMLAliasError,
        YAMLTagError.
    """
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputSyntaxError(
                label, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
            ) from None
    else:
        text = body
    text = text.removeprefix("\ufeff")
    as_json = formats == "json" or (formats == "json-or-yaml" and text.lstrip().startswith("{"))
    if as_json:
        return _parse_json(text, label=label, max_depth=max_depth)
    return _parse_yaml(
        text, label=label, max_depth=max_depth, aliases=yaml_aliases, max_nodes=max_nodes
    )


# ----------------------------------------------------------------------------- writing


def non_json_number(value: Any) -> str | None:
    """Why a number cannot be written as JSON (NaN, infinite, too long), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a JSON number (JSON has no NaN or Infinity)"
    if isinstance(value, int) and not isinstance(value, bool):
        limit = sys.get_int_max_str_digits()
        # bit_length first: a cheap filter before the exact (big) comparison.
        if limit and abs(value).bit_length() > 3 * limit and abs(value) >= 10**limit:
            return f"an integer of more than {limit} digits cannot be written"
    return None


def find_non_json_number(document: Any) -> tuple[str, str] | None:
    """``(JSON pointer, problem)`` of the first number JSON cannot hold, or None.

    Iterative; the writers call it only once ``json.dumps`` has refused the document.
    """
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, Mapping):
            stack.extend((v, f"{pointer}/{escape_pointer(str(k))}") for k, v in node.items())
        elif isinstance(node, list | tuple):
            stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(node))
        else:
            problem = non_json_number(node)
            if problem is not None:
                return pointer or "/", problem
    return None


def dumps_json(document: Any, *, label: str, indent: int | None = 2) -> str:
    """*document* as JSON text (keys in their order, non-ASCII kept, a final newline).

    Never writes what is not JSON: ``NaN`` and ``Infinity`` (which ``json.dumps`` writes by
    default) and integers too long to convert raise :class:`NonJSONNumberError` naming the
    JSON pointer of the value.
    """
    try:
        return json.dumps(document, indent=indent, ensure_ascii=False, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:  # TypeError: a set, a date... in memory
        found = find_non_json_number(document)
        if found is None:
            detail = _one_line(str(exc))
            raise InputSyntaxError(label, f"cannot be written as JSON: {detail}") from None
        pointer, problem = found
        raise NonJSONNumberError(
            label,
            f"cannot be written as JSON: the value at {pointer}: {problem}; nothing was written",
        ) from None


# ------------------------------------------------------------------------- references

# THE table of where a "$ref" is a reference (every reader of specs walks with iter_refs):
# keys whose values are data (examples, defaults), not OpenAPI structure, so a "$ref"
# inside them is a literal. ("examples" as a map of Example Objects is walked: only each
# one's "value" is data; as a list, JSON Schema's examples, it is all data.)
_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# Keys whose values map user-chosen names to objects: every member is structure, and a
# member named "$ref" (a property called "$ref") is a name, not a reference.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "headers",
        "securitySchemes",
        "requestBodies",
        "links",
        "callbacks",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "pathItems",
    }
)


def _ref_children(node: dict[str, Any], pointer: str, kind: str) -> Iterator[tuple[Any, str, str]]:
    for key, value in node.items():
        if not isinstance(value, dict | list):
            continue
        child = f"{pointer}/{escape_pointer(key)}"
        if kind == "names":
            yield value, child, "node"
        elif (kind == "example" and key == "value") or key in _LITERAL_KEYS or key.startswith("x-"):
            continue
        elif key == "examples" and isinstance(value, dict):
            for name, item in value.items():  # a map of Example Objects (or $refs to them)
                yield item, f"{child}/{escape_pointer(name)}", "example"
        elif key in _NAME_MAPS and isinstance(value, dict):
            yield value, child, "names"
        else:
            yield value, child, "node"


def iter_refs(document: Any) -> Iterator[tuple[str, str]]:
    """Yield ``(pointer, ref)`` for every ``$ref`` that is a reference (not data).

    Iterative (any depth), in document order; ``pointer`` is the JSON pointer of the object
    that holds the ``$ref`` (``""`` for the root).
    """
    stack: list[tuple[Any, str, str]] = [(document, "", "node")]
    while stack:
        node, pointer, kind = stack.pop()
        if isinstance(node, list):
            stack.extend(
                reversed([(item, f"{pointer}/{i}", "node") for i, item in enumerate(node)])
            )
            continue
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref") if kind != "names" else None
        if isinstance(ref, str):
            yield pointer, ref
        stack.extend(reversed(list(_ref_children(node, pointer, kind))))


def find_external_refs(document: Any) -> Iterator[tuple[str, str]]:
    """Yield ``(pointer, ref)`` for every reference that does not start with ``#``."""
    return ((pointer, ref) for pointer, ref in iter_refs(document) if not ref.startswith("#"))


def refuse_external_refs(document: Any, *, label: str) -> None:
    """Raise :class:`ExternalRefError` for the first external ``$ref`` in *document*."""
    for pointer, ref in find_external_refs(document):
        raise ExternalRefError(label, ref, pointer)


# ------------------------------------------------------------------------- entry point


def _copy_mapping(source: Mapping[str, Any], *, label: str, max_depth: int) -> tuple[Any, str]:
    check_depth(source, label=label, max_depth=max_depth)
    try:
        # A private, JSON-only copy in the source's member order (it matters: the first
        # media type is the one the client decodes), and the sha256 of the canonical text.
        text = json.dumps(source, ensure_ascii=False, allow_nan=False)
        canonical = json.dumps(
            source, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        found = find_non_json_number(source)
        problem = f"{found[0]}: {found[1]}" if found else _one_line(str(exc))
        raise InputSyntaxError(label, f"not JSON data: {problem}") from None
    return json.loads(text), hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_document(
    source: Source,
    *,
    label: str | None = None,
    formats: Formats = "json",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_depth: int = DEFAULT_MAX_DEPTH,
    yaml_aliases: AliasPolicy = "bounded",
    max_nodes: int = DEFAULT_MAX_NODES,
    external_refs: RefPolicy = "refuse",
    require_object: bool = True,
    http_client: httpx.Client | None = None,
) -> LoadedDocument:
    """Read, parse and check one spec or overlay input (see the module docs for the policy).

    Args:
        source: a file path, an http(s) URL, the document's bytes, or a parsed mapping.
        label: names the input in messages (default: the path or URL, or ``"document"``).
        formats: ``"json"`` (specs), ``"yaml"``, or ``"json-or-yaml"`` (overlays).
        max_bytes: the size cap, for files, URLs and bytes alike.
        timeout: seconds for a whole URL fetch.
        max_depth: deepest container nesting accepted.
        yaml_aliases: ``"bounded"`` (expansion counted against *max_nodes*) or ``"refuse"``.
        max_nodes: most nodes a YAML document may expand to.
        external_refs: ``"refuse"`` (default) or ``"allow"`` (overlays carry no refs of
            their own: their ``update`` values are checked once applied).
        require_object: the top level must be a JSON object / YAML mapping.
        http_client: an httpx client to fetch with (tests); its own timeout then applies
            per step, and *timeout* to the whole fetch.

    Raises:
        SpecInputError: one of its subclasses; the message is one line.
    """
    if isinstance(source, Mapping):
        name = label or "document"
        document, sha = _copy_mapping(source, label=name, max_depth=max_depth)
        raw = RawInput(body=b"", source="<document>")
    else:
        name = label or ("document" if isinstance(source, bytes) else os.fspath(source))
        raw = _raw_input(
            source, label=name, max_bytes=max_bytes, timeout=timeout, http_client=http_client
        )
        sha = hashlib.sha256(raw.body).hexdigest()
        document = parse_document(
            raw.body,
            label=name,
            formats=formats,
            max_depth=max_depth,
            yaml_aliases=yaml_aliases,
            max_nodes=max_nodes,
        )
    if require_object and not isinstance(document, dict):
        found = "an empty document" if document is None else _json_type(document)
        raise NotAnObjectError(name, f"the top level must be an object (a mapping), found {found}")
    if external_refs == "refuse":
        refuse_external_refs(document, label=name)
    return LoadedDocument(
        document=document,
        source=raw.source,
        sha256=sha,
        content_type=raw.content_type,
        body=raw.body,
    )


def _raw_input(
    source: str | os.PathLike[str] | bytes,
    *,
    label: str,
    max_bytes: int,
    timeout: float,
    http_client: httpx.Client | None,
) -> RawInput:
    if not isinstance(source, bytes):
        return read_source(
            source, label=label, max_bytes=max_bytes, timeout=timeout, http_client=http_client
        )
    if len(source) > max_bytes:
        raise InputTooLargeError(label, f"{len(source)} bytes, over the {max_bytes}-byte cap")
    return RawInput(body=source, source="<bytes>")


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return f"a {type(value).__name__}"
