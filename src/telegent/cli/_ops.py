"""Where the CLI gets its operations from: the generated registry, read as data.

The command builder depends only on the shape below (``OperationLike``/``ParamLike``),
which :mod:`telegent._registry` provides; until that module is in this tree, a stand-in
(``_ops_fallback``) gives the same shape.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

__all__ = ["OperationLike", "ParamLike", "operations"]


class ParamLike(Protocol):
    """One keyword argument of a generated method (``telegent._registry.Param``)."""

    @property
    def name(self) -> str: ...
    @property
    def wire(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def schema(self) -> Mapping[str, Any]: ...
    @property
    def description(self) -> str: ...


class OperationLike(Protocol):
    """One generated operation (``telegent._registry.Operation``)."""

    @property
    def id(self) -> str: ...
    @property
    def resource(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def http_method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def params(self) -> tuple[ParamLike, ...]: ...
    @property
    def returns(self) -> str: ...
    @property
    def internal(self) -> bool: ...
    @property
    def idempotent(self) -> bool: ...


# The generated registry first; the stand-in only while the registry is not there.
_SOURCES = ("telegent._registry", "telegent.cli._ops_fallback")


def operations() -> tuple[OperationLike, ...]:
    """Every operation of the generated client, in document order."""
    for name in _SOURCES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        source = cast("Callable[[], tuple[OperationLike, ...]]", module.operations)
        return source()
    raise RuntimeError("no operation registry found")  # pragma: no cover - broken install
