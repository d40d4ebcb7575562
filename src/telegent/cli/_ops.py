"""Where the CLI gets its operations from: the generated registry, read as data.

The command builder depends only on the shape below (``OperationLike``/``ParamLike``),
which :mod:`telegent._registry` provides.
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


_SOURCES = ("telegent._registry",)


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
