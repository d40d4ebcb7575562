"""Limits the fake enforces on what it receives, before it parses anything."""

from __future__ import annotations

import re

from ._handlers import error_response
from ._types import FakeRequest, FakeResponse

__all__ = ["MAX_BODY_DEPTH", "nested_too_deep", "refuse_deep_body"]

#: Arrays and objects a request body may nest (the API's bodies nest 3 levels).
MAX_BODY_DEPTH = 64

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')  # brackets inside strings do not count
_PAIR = re.compile(rb"[\[{][\]}]")  # an innermost pair (its kinds need not match)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPENING = frozenset(b"[{")


def nested_too_deep(body: bytes, limit: int = MAX_BODY_DEPTH) -> bool:
    """True when ``body`` opens more than ``limit`` arrays/objects inside each other.

    A scan, not a parse: a 100,000-deep body would make ``json.loads`` raise
    ``RecursionError``. Linear in the body's size; most bodies are settled by a count.
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b'""', body).translate(None, _NOT_BRACKETS)
    # Brackets that all close nest as deep as the number of passes that take out every
    # innermost pair: a few passes at C speed (a 100-number body nests 3 deep). Brackets
    # that do not all close, or nest too deep: counted one by one.
    rest = brackets
    for _ in range(limit):
        if not rest:
            return False
        shorter = _PAIR.sub(b"", rest)
        if shorter == rest:
            break
        rest = shorter
    else:
        if not rest:
            return False
    depth = 0
    for bracket in brackets:
        if bracket in _OPENING:
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def refuse_deep_body(request: FakeRequest) -> FakeResponse | None:
    """The 400 for a body nested beyond :data:`MAX_BODY_DEPTH`, else ``None``."""
    if not nested_too_deep(request.body):
        return None
    return error_response(
        400, f"The request body nests arrays/objects deeper than {MAX_BODY_DEPTH} levels."
    )
