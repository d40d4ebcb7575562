"""One proxy policy for ``Telegent``, ``AsyncTelegent`` and every CLI command.

- The connection pool a client builds itself honours the environment like curl and
  httpx (``trust_env``): ``HTTP_PROXY`` for http:// URLs, ``HTTPS_PROXY`` for https://,
  ``ALL_PROXY`` for either, upper or lower case, and ``NO_PROXY`` (``*``, host names,
  ``.domain`` suffixes, IP addresses, ``host:port``). Sync and async read it alike:
  httpx turns environment proxies off for any client given a transport, and the sync
  client always passes one (its deadline-clipping transport), so the mounts are built
  here for both.
- A ``transport=`` or ``http_client=`` of yours decides for itself (httpx ignores the
  environment for a given transport; your client does what you built it to do).
- Whichever pool is used, a plain-http base URL (allowed only to a loopback host) may go
  through a proxy only when that proxy is on loopback too: a proxy elsewhere would
  receive the account secret and the bearer token in clear. ``InsecureProxyError``
  names the proxy, when the client (or a ``with_options`` copy) is built. An https
  base URL through a proxy is a ``CONNECT`` tunnel: the proxy sees the host, not the
  request.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import TypeVar

import httpx

from ._errors import InsecureProxyError

__all__ = ["check_proxy_hop", "environment_proxies", "proxy_mounts", "proxy_of"]

T = TypeVar("T")

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and the loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def environment_proxies() -> dict[str, str | None]:
    """httpx mount patterns -> proxy URL (``None``: connect directly), from the environment."""
    import urllib.request  # noqa: PLC0415 - only when a client builds its own pool

    env = urllib.request.getproxies_environment()  # lower-case keys: http, https, all, no
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = env.get(scheme, "").strip()
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for entry in env.get("no", "").split(","):
        host = entry.strip()
        if host == "*":
            return {}
        if host:
            mounts[_bypass_pattern(host)] = None
    return mounts


def _bypass_pattern(host: str) -> str:
    # The patterns httpx itself builds from NO_PROXY: an address or localhost exactly;
    # a name with its subdomains ("*example.com"), a ".domain" its subdomains only.
    if "://" in host:
        return host
    if host.lower() == "localhost" or _is_address(host.strip("[]")):
        return f"all://[{host.strip('[]')}]" if ":" in host.strip("[]") else f"all://{host}"
    return f"all://*{host}"


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def proxy_mounts(make: Callable[[str], T]) -> dict[str, T | None]:
    """The environment's proxies as httpx ``mounts=``: ``make(proxy_url)`` per proxy."""
    return {
        pattern: (make(url) if url is not None else None)
        for pattern, url in environment_proxies().items()
    }


def proxy_of(http: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> httpx.URL | None:
    """The proxy ``http`` would send a request for ``url`` through (``None``: direct).

    Asks the pool itself (httpcore's proxy pools keep their proxy URL), so a client of
    yours is judged by what it would really do.
    """
    transport = http._transport_for_url(url)  # the mount httpx itself would pick
    pool = getattr(transport, "_pool", None)
    proxy = getattr(pool, "_proxy_url", None)
    if proxy is None:
        return None
    scheme = _text(getattr(proxy, "scheme", b"http"))
    host = _text(getattr(proxy, "host", b""))
    port = getattr(proxy, "port", None)
    shown = f"[{host}]" if ":" in host else host
    return httpx.URL(f"{scheme}://{shown}" + (f":{port}" if port else ""))


def _text(value: object) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)


def check_proxy_hop(http: httpx.Client | httpx.AsyncClient, base_url: httpx.URL) -> None:
    """``InsecureProxyError`` when plain-http requests to ``base_url`` would reach a
    proxy that is not on loopback (the proxy hop falls under the loopback rule too)."""
    if base_url.scheme != "http":
        return
    proxy = proxy_of(http, base_url)
    if proxy is None or is_loopback(proxy.host):
        return
    shown = str(proxy).rstrip("/")
    raise InsecureProxyError(
        f"base_url {str(base_url).rstrip('/')!r} is plain http:// and would go through the "
        f"proxy {shown} (from the environment or your http client), which is not on "
        "loopback: the account secret and bearer tokens would reach it unencrypted. Use an "
        f"https:// base_url, a proxy on loopback, or NO_PROXY={base_url.host}.",
        proxy=shown,
    )
