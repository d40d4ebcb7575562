"""Every public class, method and property of the client layer has a docstring."""

from __future__ import annotations

import inspect
from functools import cached_property
from typing import Any

import telegent
from telegent.resources.numbers import AsyncNumbers, Numbers
from telegent.resources.orders import AsyncOrders, Orders

EXTRA = [Numbers, AsyncNumbers, Orders, AsyncOrders]


def _public_members(cls: type[Any]) -> list[tuple[str, Any]]:
    out = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        target = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
        if inspect.isfunction(target) or isinstance(target, (property, cached_property)):
            out.append((name, target))
    return out


def test_public_api_is_documented() -> None:
    missing = []
    checked = 0
    objects = [getattr(telegent, n) for n in telegent.__all__ if n != "__version__"] + EXTRA
    for obj in objects:
        if not (obj.__doc__ or "").strip():
            missing.append(obj.__qualname__)
        if inspect.isclass(obj):
            for cls in obj.__mro__:
                if cls.__module__.startswith("telegent") and not issubclass(cls, BaseException):
                    for name, member in _public_members(cls):
                        checked += 1
                        if not (member.__doc__ or "").strip():
                            missing.append(f"{cls.__qualname__}.{name}")
    assert sorted(set(missing)) == []
    assert checked > 60  # the walk really covered the API
