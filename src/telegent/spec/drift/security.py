"""Security requirements and server URLs, judged by the credentials and base URL the client
uses: a bearer token on every call but the token exchange, and the first server URL it was
built with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .document import Op, Side, escape_pointer
from .findings import Core
from .rules import Level

__all__ = ["SecurityDiffer", "first_server"]

Scheme = tuple[Any, ...]


def schemes_of(side: Side) -> dict[str, Scheme]:
    """Security scheme name -> what identifies its meaning (type, scheme, where, name)."""
    components = side.doc.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    out: dict[str, Scheme] = {}
    if not isinstance(schemes, dict):
        return out
    for name, raw in schemes.items():
        node, _, _ = side.resolve(raw, f"/components/securitySchemes/{escape_pointer(name)}")
        if isinstance(node, dict):
            scheme = node.get("scheme")
            out[name] = (
                node.get("type"),
                scheme.lower() if isinstance(scheme, str) else None,
                node.get("in"),
                node.get("name"),
                node.get("openIdConnectUrl"),
            )
    return out


def requirement(side: Side, op: Op) -> tuple[list[frozenset[str]], str]:
    """The alternatives of scheme names an operation accepts, and where that is said."""
    if "security" in op.node:
        raw, at = op.node["security"], f"{op.pointer}/security"
    else:
        raw, at = side.doc.get("security"), "/security"
    if not isinstance(raw, list) or not raw:
        return [frozenset()], at  # nothing required
    alternatives = [frozenset(req) for req in raw if isinstance(req, dict)]
    return alternatives or [frozenset()], at


def describe(alternatives: list[frozenset[str]], schemes: Mapping[str, Scheme]) -> str:
    """``BearerAuth (http bearer) or no credentials``."""

    def one(name: str) -> str:
        if name not in schemes:
            return name
        kind, scheme, where, param, _ = schemes[name]
        if kind == "http":
            return f"{name} (http {scheme})"
        if kind == "apiKey":
            return f"{name} (apiKey in {where} {param})"
        return f"{name} ({kind})"

    texts = [" and ".join(sorted(one(n) for n in alt)) or "no credentials" for alt in alternatives]
    return " or ".join(sorted(texts))


def first_server(*containers: Mapping[str, Any]) -> str | None:
    """The first server URL of the first container that declares servers."""
    for container in containers:
        servers = container.get("servers")
        if isinstance(servers, list) and servers:
            first = servers[0]
            url = first.get("url") if isinstance(first, dict) else None
            return url if isinstance(url, str) else None
    return None


class SecurityDiffer(Core):
    """Security requirements and servers."""

    def _security(self, op: str, b: Op, r: Op) -> None:
        b_alts, b_at = requirement(self.base, b)
        r_alts, r_at = requirement(self.rev, r)
        b_schemes, r_schemes = schemes_of(self.base), schemes_of(self.rev)

        def sigs(name: str) -> tuple[Scheme, Scheme]:
            # Defined on both sides: compare definitions. Undefined on either side (the
            # vendor's BearerAuth is): all we can compare is the name.
            if name in b_schemes and name in r_schemes:
                return b_schemes[name], r_schemes[name]
            return ("name", name), ("name", name)

        b_sets = {frozenset(sigs(n)[0] for n in alt) for alt in b_alts}
        r_sets = {frozenset(sigs(n)[1] for n in alt) for alt in r_alts}
        if b_sets == r_sets:
            return
        names = {n for alt in (*b_alts, *r_alts) for n in alt}
        pointers = [
            b_at,
            r_at,
            *(f"/components/securitySchemes/{escape_pointer(n)}" for n in names),
        ]
        described = (
            f"published requires {describe(r_alts, r_schemes)}; the client sends "
            f"{describe(b_alts, b_schemes)}"
        )
        if any(ra <= ba for ra in r_sets for ba in b_sets):
            self.emit(
                "api-security-relaxed",
                Level.INFO,
                op,
                "security",
                f"{described} (still enough)",
                at=pointers,
            )
        else:
            self.emit("api-security-changed", Level.ERR, op, "security", described, at=pointers)

    def _servers_global(self) -> None:
        b_url, r_url = first_server(self.base.doc), first_server(self.rev.doc)
        if b_url != r_url:
            self.emit(
                "server-url-changed",
                Level.WARN,
                None,
                "servers[0].url",
                f"{b_url!r} -> {r_url!r}; the installed client keeps its built-in base URL",
                at=["/servers/0/url"],
                now="/servers/0/url",
            )

    def _servers_operation(self, op: str, b: Op, r: Op) -> None:
        if not any("servers" in c for c in (b.node, b.item, r.node, r.item)):
            return
        b_url = first_server(b.node, b.item, self.base.doc)
        r_url = first_server(r.node, r.item, self.rev.doc)
        if b_url != r_url:
            self.emit(
                "server-url-changed",
                Level.WARN,
                op,
                "servers[0].url",
                f"{b_url!r} -> {r_url!r}; the installed client keeps its built-in base URL",
                at=[f"{b.pointer}/servers/0/url", f"{b.item_pointer}/servers/0/url"],
            )
