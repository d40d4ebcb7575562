"""Reading an overlay document, through the shared safe loader."""

from __future__ import annotations

import os
from typing import Any

from .._safeload import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    AliasPolicy,
    RefPolicy,
    SpecInputError,
    load_document,
)
from ._errors import OverlayError
from ._locate import LoadedOverlay

__all__ = ["load_overlay"]


def load_overlay(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    yaml_aliases: AliasPolicy = "bounded",
    external_refs: RefPolicy = "refuse",
) -> dict[str, Any]:
    """Read an overlay document from a YAML or JSON file (or an http(s) URL).

    The format is chosen by content (a document whose first character is ``{`` is parsed
    as JSON, anything else as YAML), not by file extension. The read goes through
    :func:`telegent.spec._safeload.load_document`: at most *max_bytes*, YAML with the safe
    JSON-only loader (no custom tags, a budget on alias expansion, or no aliases at all
    with ``yaml_aliases="refuse"``), no duplicate keys, bounded nesting, and no external
    ``$ref`` in update values unless ``external_refs="allow"`` (``telegent spec apply``:
    applying copies a ``$ref`` as data, it never resolves one). The document is only
    parsed here: :func:`validate_overlay` (which :func:`apply_overlay` also runs) checks it
    against the Overlay schema of its version.

    Returns:
        the overlay as a ``dict`` (a :class:`LoadedOverlay`, which also keeps the file's
        text so that :func:`apply_overlay` can name ``file:line:column`` in its errors).

    Raises:
        OverlayError: the file cannot be read or is refused; the message is one line that
            names the file, and ``__cause__`` is the typed
            :class:`~telegent.spec._safeload.SpecInputError`.
    """
    where = os.fspath(path)
    try:
        loaded = load_document(
            where,
            label=f"overlay file {where!r}",
            formats="json-or-yaml",
            max_bytes=max_bytes,
            timeout=timeout,
            yaml_aliases=yaml_aliases,
            external_refs=external_refs,
        )
    except SpecInputError as exc:
        raise OverlayError(str(exc)) from exc
    # Kept with its text, so that errors found later can say file:line:column.
    return LoadedOverlay(loaded.document, source=where, text=loaded.body.decode("utf-8"))
