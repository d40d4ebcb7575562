"""Getting the two specs the drift check compares: fetch or read, parse, check structure and $refs.

Everything that makes the check unable to run raises :class:`DriftCheckError` with a
one-line message that names the spec, its source and the problem; the CLI turns it into
exit code 2. Only JSON is accepted (the vendor publishes ``openapi.json``), only OpenAPI 3.x,
and only internal references: a ``$ref`` that does not start with ``#`` is refused, never
fetched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._defaults import DEFAULT_URL
from .._safeload import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    InputSyntaxError,
    InputTimeoutError,
    InputTooLargeError,
    SpecInputError,
    iter_refs,
    load_document,
    parse_document,
    read_source,
)
from .document import DriftCheckError, resolve_pointer

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_URL",
    "DriftCheckError",
    "LoadedSpec",
    "check_refs",
    "check_structure",
    "load_spec",
    "save_spec",
]


@dataclass(frozen=True, slots=True)
class LoadedSpec:
    """A parsed, checked OpenAPI document and where it came from."""

    document: dict[str, Any]
    version: str | None
    sha256: str
    """sha256 of the bytes as read; for an in-memory document, of its canonical JSON."""
    source: str
    body: bytes | None = None
    """The bytes as read (None for an in-memory document), for ``--save``."""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# ------------------------------------------------------------------------ reading


def _read(where: str, *, label: str, timeout: float, max_bytes: int) -> tuple[bytes, Any]:
    """Read and parse a spec file or URL through the package's one safe way in
    (:mod:`telegent.spec._safeload`): a size cap, an overall timeout, http(s) only, JSON
    without duplicate keys or excessive nesting."""
    try:
        found = read_source(where, label=label, max_bytes=max_bytes, timeout=timeout)
    except InputTimeoutError:
        raise DriftCheckError(f"{label}: no answer within {timeout:g} s (--timeout)") from None
    except InputTooLargeError as exc:
        raise DriftCheckError(f"{_one_line(str(exc))} (--max-bytes)") from None
    except SpecInputError as exc:
        raise DriftCheckError(_one_line(str(exc))) from None
    try:
        return found.body, parse_document(found.body, label=label, formats="json")
    except InputSyntaxError as exc:
        text = _one_line(str(exc))
        if found.content_type:
            text = text.replace(": not JSON", f": not JSON (content-type {found.content_type})", 1)
        raise DriftCheckError(text) from None
    except SpecInputError as exc:
        raise DriftCheckError(_one_line(str(exc))) from None


def check_structure(document: Any, *, label: str) -> dict[str, Any]:
    """The structural OpenAPI 3 check (``openapi: 3.x``, ``info`` and ``paths`` objects).

    A full validator (openapi-spec-validator) is a dev dependency only; this check is what
    the comparison needs and runs from the installed wheel.
    """
    if not isinstance(document, dict):
        kind = "an array" if isinstance(document, list) else type(document).__name__
        raise DriftCheckError(f"{label}: not an OpenAPI document (the top level is {kind})")
    if "swagger" in document:
        raise DriftCheckError(
            f"{label}: a Swagger/OpenAPI 2 document (swagger: {document['swagger']!r}); "
            "only OpenAPI 3.x is supported"
        )
    version = document.get("openapi")
    if not isinstance(version, str) or not re.fullmatch(r"3\.\d+(\.\d+)?(-.+)?", version):
        found = "missing" if version is None else repr(version)
        raise DriftCheckError(
            f"{label}: not an OpenAPI 3 document ('openapi' is {found}, expected '3.x.y')"
        )
    if not isinstance(document.get("info"), dict):
        raise DriftCheckError(f"{label}: not an OpenAPI 3 document (no 'info' object)")
    if not isinstance(document.get("paths"), dict):
        raise DriftCheckError(f"{label}: not an OpenAPI 3 document (no 'paths' object)")
    return document


def check_refs(document: dict[str, Any], *, label: str) -> None:
    """Refuse external references, dangling references and pure ``$ref`` loops.

    Which ``$ref`` members are references (and which are data, in examples, defaults,
    extensions) is decided by the safe loader's one walker, :func:`iter_refs`.

    Raises:
        DriftCheckError: naming the reference and the JSON pointer where it sits.
    """
    for pointer, ref in iter_refs(document):
        _check_ref(document, ref, pointer, label=label)


def _check_ref(document: dict[str, Any], ref: str, pointer: str, *, label: str) -> None:
    at = pointer or "/"
    if not ref.startswith("#"):
        raise DriftCheckError(
            f"{label}: external $ref {ref!r} at {at}; external references are never fetched"
        )
    seen = {ref}
    target: Any
    while True:
        try:
            target = resolve_pointer(document, ref)
        except KeyError:
            raise DriftCheckError(f"{label}: dangling $ref {ref!r} at {at}") from None
        nxt = target.get("$ref") if isinstance(target, dict) else None
        if not isinstance(nxt, str):
            return
        if not nxt.startswith("#"):
            return  # reported where it is written
        if nxt in seen:
            raise DriftCheckError(f"{label}: $ref {ref!r} at {at} only refers to itself")
        seen.add(nxt)
        ref = nxt


# ------------------------------------------------------------------------ entry point


SpecSource = str | os.PathLike[str] | Mapping[str, Any]


def load_spec(
    source: SpecSource,
    *,
    role: str,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadedSpec:
    """Read *source* (an http(s) URL, a file path, or an already parsed document) and check it.

    Args:
        source: where the spec is.
        role: ``"pinned"`` or ``"published"``, used in error messages.
        timeout: seconds for the whole HTTP exchange's connect/read/write steps.
        max_bytes: largest body accepted, from a URL or a file.

    Raises:
        DriftCheckError: unreachable URL, non-2xx answer, unreadable file, not JSON, not
            OpenAPI 3, an external or dangling ``$ref``.
    """
    if isinstance(source, Mapping):
        label = f"{role} spec"
        try:
            # The safe loader's private JSON copy (member order kept, NaN refused) and the
            # sha256 of its canonical form; references are checked below, in depth.
            loaded = load_document(source, label=label, external_refs="allow")
        except SpecInputError as exc:
            raise DriftCheckError(_one_line(str(exc))) from None
        document: Any = loaded.document
        sha = loaded.sha256
        where = "<document>"
        raw: bytes | None = None
    else:
        where = os.fspath(source)
        label = f"{role} spec {where}"
        raw, document = _read(where, label=label, timeout=timeout, max_bytes=max_bytes)
        sha = hashlib.sha256(raw).hexdigest()
    checked = check_structure(document, label=label)
    check_refs(checked, label=label)
    version = checked["info"].get("version")
    return LoadedSpec(
        document=checked,
        version=version if isinstance(version, str) else None,
        sha256=sha,
        source=where,
        body=raw,
    )


def save_spec(spec: LoadedSpec, path: str | os.PathLike[str]) -> None:
    """Write the spec as read (its exact bytes, so its sha256 stays) to *path*.

    Raises:
        DriftCheckError: the file cannot be written.
    """
    body = spec.body
    if body is None:
        body = json.dumps(spec.document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        Path(path).write_bytes(body)
    except OSError as exc:
        raise DriftCheckError(
            f"--save {os.fspath(path)}: cannot write it: {exc.strerror or exc}"
        ) from None
