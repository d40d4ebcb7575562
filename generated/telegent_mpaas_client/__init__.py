"""A client library for accessing mPaaS Core APIs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # Loaded on first use: the SDK's generated layer (`.sdk`) lives in this package, and
    # `import telegent` should not pay for the wire-level client (nor for attrs).
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
