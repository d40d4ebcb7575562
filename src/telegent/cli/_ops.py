"""Where the CLI gets its operations from: the generated registry, read as data.

The command builder depends only on the shape below (``OperationLike``/``ParamLike``),
which :mod:`telegent._registry` provides, so tests (or another registry) can hand it
operations built by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["OperationLike", "ParamLike", "operations", "operations_in", "resource_modules"]


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


def operations() -> tuple[OperationLike, ...]:
    """Every operation of the generated client, in document order."""
    from telegent._registry import operations as generated  # noqa: PLC0415 - on first use

    return generated()


def resource_modules() -> list[str]:
    """The registry's resource modules, in document order (its index only: cheap)."""
    from telegent._registry import _index  # noqa: PLC0415 - on first use

    return list(dict.fromkeys(_index().values()))


def operations_in(module: str) -> tuple[OperationLike, ...]:
    """The operations of one resource module (only that module is imported)."""
    from telegent._registry import _module  # noqa: PLC0415 - on first use

    return tuple(_module(module).values())
