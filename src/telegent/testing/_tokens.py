"""HS256 JWTs minted and checked by the fake, with stdlib hmac/base64 only."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["TokenClaims", "TokenMint"]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_VERIFIED_MAX = 1024

_HEADER = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())


@dataclass(frozen=True)
class TokenClaims:
    """What the fake reads back from a token it issued."""

    subject: str
    issued_at: int
    expires_at: int
    scope: str | None  # lower-cased request path the token is limited to, if any
    generation: int


class TokenMint:
    """Issues and verifies tokens; the signing key never leaves this object."""

    def __init__(self, seed: int, account_secret: str) -> None:
        self._key = hashlib.sha256(f"telegent-fake-jwt:{seed}:{account_secret}".encode()).digest()
        self._serial = 0
        #: Bumped by :meth:`revoke_all`; tokens of an older generation stop working.
        self.generation = 0
        # Tokens already verified: every request carries one, usually the same one, and
        # what verify reads from it never changes (the key is fixed; the generation and
        # the expiry are the caller's checks, made every time).
        self._verified: dict[str, TokenClaims] = {}

    def issue(self, subject: str, issued_at: float, lifetime: float, scope: str | None) -> str:
        """A signed token for ``subject`` valid for ``lifetime`` seconds from ``issued_at``."""
        self._serial += 1
        claims: dict[str, Any] = {
            "iss": "telegent-fake",
            "sub": subject,
            "iat": int(issued_at),
            "exp": int(issued_at + lifetime),
            "jti": f"fake-{self._serial}",
            "gen": self.generation,
        }
        if scope is not None:
            claims["scope"] = scope
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{_HEADER}.{payload}"
        return f"{signing_input}.{self._sign(signing_input)}"

    def _sign(self, signing_input: str) -> str:
        return _b64(hmac.new(self._key, signing_input.encode("ascii"), hashlib.sha256).digest())

    def verify(self, token: str) -> TokenClaims | None:
        """The claims of a token this mint signed, or None (expiry is the caller's check)."""
        claims = self._verified.get(token)
        if claims is None:
            claims = self._verify(token)
            if claims is not None:
                if len(self._verified) >= _VERIFIED_MAX:
                    self._verified.clear()
                self._verified[token] = claims
        return claims

    def _verify(self, token: str) -> TokenClaims | None:
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != _HEADER:
            return None
        signing_input = f"{parts[0]}.{parts[1]}"
        try:
            if not hmac.compare_digest(self._sign(signing_input), parts[2]):
                return None
            claims = json.loads(_unb64(parts[1]))
            return TokenClaims(
                subject=str(claims["sub"]),
                issued_at=int(claims["iat"]),
                expires_at=int(claims["exp"]),
                scope=claims.get("scope"),
                generation=int(claims["gen"]),
            )
        except (ValueError, KeyError, TypeError, UnicodeError):
            return None

    def revoke_all(self) -> None:
        """Invalidate every token issued so far."""
        self.generation += 1

    def __repr__(self) -> str:
        return "TokenMint(<key redacted>)"
