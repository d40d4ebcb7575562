"""The drift check's rule registry: every rule id, its level and what it means for this client.

Rule ids follow oasdiff's kebab-case vocabulary where oasdiff has an equivalent, so a team
used to oasdiff reads them at a glance. A rule's *level* here is its usual level for this
SDK; several rules are judged per change (the ``levels`` column says when), because the
generated client reacts differently to, say, a new value of a forward-compatible string
and of a strict ``enum``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["RULES", "Advice", "Level", "Rule", "advice_for", "impact_for", "rules_markdown"]


class Level(enum.StrEnum):
    """Severity of a change, in oasdiff's terms."""

    ERR = "ERR"
    """Breaking: the installed client (or its regeneration) fails."""
    WARN = "WARN"
    """Potentially breaking: depends on how the server or the caller behaves."""
    INFO = "INFO"
    """Not breaking for this client; worth knowing."""

    @property
    def rank(self) -> int:
        """2 for ERR, 1 for WARN, 0 for INFO (higher is more severe)."""
        return _RANKS[self]

    @classmethod
    def parse(cls, value: str) -> Level:
        """``"err"``/``"ERR"``/``"error"`` -> ``Level.ERR`` etc.; ValueError names bad input."""
        text = value.strip().upper()
        text = {"ERROR": "ERR", "WARNING": "WARN", "NOTICE": "INFO"}.get(text, text)
        try:
            return cls(text)
        except ValueError:
            raise ValueError(f"unknown level {value!r}; expected ERR, WARN or INFO") from None


_RANKS = {Level.ERR: 2, Level.WARN: 1, Level.INFO: 0}


class Advice(enum.StrEnum):
    """What a team that pins this SDK should do about a change."""

    NOTHING = "nothing"
    """The installed SDK is not affected."""
    UPGRADE = "upgrade"
    """Nothing breaks; a release generated from the new spec is needed to use what it adds."""
    WAIT = "wait for a release"
    """The installed SDK breaks (or may) on the affected calls: wait for a release that
    follows the change, then upgrade; meanwhile guard or avoid those calls."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of change the drift check reports."""

    id: str
    level: Level
    """Usual level for this client (see ``levels`` when it depends on the change)."""
    group: str
    summary: str
    levels: str = ""
    """When the level differs from ``level``, and why (empty: always ``level``)."""
    patched_only: bool = False
    """Judged on the overlay-patched documents only (it is about the generated code)."""
    adds: bool = False
    """The change adds something callers could use after an upgrade (advice: upgrade)."""


def _rules(rules: Iterable[Rule]) -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in table:  # pragma: no cover - guards the literal below
            raise ValueError(f"duplicate rule id {rule.id!r}")
        table[rule.id] = rule
    return table


_E, _W, _I = Level.ERR, Level.WARN, Level.INFO

RULES: dict[str, Rule] = _rules(
    [
        # ------------------------------------------------------------------ operations
        Rule(
            "api-path-added",
            _I,
            "operations",
            "a new path (the client has no method for it)",
            adds=True,
        ),
        Rule("api-path-removed", _E, "operations", "a path the client calls is gone"),
        Rule(
            "api-operation-added",
            _I,
            "operations",
            "a new method on an existing path (no client method for it)",
            adds=True,
        ),
        Rule(
            "api-operation-removed",
            _E,
            "operations",
            "a method the client calls is gone from its path",
        ),
        Rule(
            "api-operation-id-changed",
            _E,
            "operations",
            "the (overlay-patched) operationId changed: regeneration renames the client "
            "function the wrappers import",
            patched_only=True,
        ),
        Rule("api-deprecated", _I, "operations", "an operation became deprecated"),
        Rule(
            "api-relied-extension-removed",
            _I,
            "operations",
            "a vendor extension the project reads (x-codeSamples, x-internal) is gone from an "
            "operation: no call breaks, but the project's tests or surface lose their source",
            patched_only=True,
        ),
        Rule(
            "api-operation-renamed",
            _E,
            "operations",
            "an operation the client calls moved: a removed and an added operation match "
            "(same operationId, same path but for letter case, or the same shape); the "
            "overlay targets to move are listed with it",
        ),
        # ------------------------------------------------------------------ parameters
        Rule(
            "new-required-request-parameter",
            _E,
            "parameters",
            "a new required parameter: the client never sends it",
        ),
        Rule(
            "new-optional-request-parameter",
            _I,
            "parameters",
            "a new optional parameter",
            adds=True,
        ),
        Rule(
            "request-parameter-removed",
            _W,
            "parameters",
            "a parameter the client sends is gone (the server may ignore or refuse it)",
        ),
        Rule(
            "request-parameter-became-required",
            _E,
            "parameters",
            "an optional parameter became required: calls that omit it fail",
        ),
        Rule("request-parameter-became-optional", _I, "parameters", "a parameter became optional"),
        Rule(
            "request-parameter-type-changed",
            _E,
            "parameters",
            "a parameter's type or format changed",
            "INFO when it widened (integer to number, int32 to int64): what the client sends "
            "is still valid",
        ),
        Rule(
            "request-parameter-enum-value-added",
            _I,
            "parameters",
            "a parameter accepts a new value (usable after regeneration)",
            adds=True,
        ),
        Rule(
            "request-parameter-enum-value-removed",
            _E,
            "parameters",
            "a value the client may send is no longer accepted",
        ),
        # ---------------------------------------------------------------- request body
        Rule(
            "new-required-request-body",
            _E,
            "request body",
            "an operation without a body now requires one",
        ),
        Rule(
            "new-optional-request-body",
            _I,
            "request body",
            "an operation accepts a body",
            adds=True,
        ),
        Rule(
            "request-body-removed",
            _W,
            "request body",
            "the body the client sends is no longer documented",
        ),
        Rule(
            "request-body-became-required",
            _E,
            "request body",
            "an optional request body became required",
        ),
        Rule(
            "request-body-media-type-removed",
            _E,
            "request body",
            "the media type the client sends (JSON) is no longer accepted",
            "INFO for a media type the client does not send",
        ),
        Rule(
            "new-required-request-property",
            _E,
            "request body",
            "a new required property: the client's model does not send it",
        ),
        Rule(
            "new-optional-request-property",
            _I,
            "request body",
            "a new optional property",
            adds=True,
        ),
        Rule(
            "request-property-removed",
            _W,
            "request body",
            "a property the client sends is gone from the schema",
            "ERR when the client always sends it (required) and the published schema forbids "
            "unknown properties",
        ),
        Rule(
            "request-property-type-changed",
            _E,
            "request body",
            "a property's type or format changed",
            "INFO when it widened (integer to number, int32 to int64)",
        ),
        Rule(
            "request-property-renamed",
            _W,
            "request body",
            "a property the client sends was renamed (a removed and an added property of the "
            "same shape, or differing in letter case only)",
            "ERR when the client always sends it and the published schema refuses unknown "
            "properties",
        ),
        Rule(
            "request-property-became-required",
            _E,
            "request body",
            "an optional property became required",
        ),
        Rule("request-property-became-optional", _I, "request body", "a property became optional"),
        Rule(
            "request-property-enum-value-added",
            _I,
            "request body",
            "a property accepts a new value (usable after regeneration)",
            adds=True,
        ),
        Rule(
            "request-property-enum-value-removed",
            _E,
            "request body",
            "a value the client may send is no longer accepted",
        ),
        # ------------------------------------------------------------------- responses
        Rule(
            "response-success-status-removed",
            _E,
            "responses",
            "a 2xx status the client parses is gone",
        ),
        Rule(
            "response-non-success-status-removed",
            _I,
            "responses",
            "an error status is no longer documented (errors are raised from the status "
            "code either way)",
        ),
        Rule(
            "response-media-type-removed",
            _E,
            "responses",
            "the media type the client parses (JSON of a 2xx response) is gone",
            "INFO for a media type the client does not parse, or for an error response",
        ),
        Rule(
            "response-property-added",
            _I,
            "responses",
            "a new response property (kept in additional_properties; typed after regeneration)",
            adds=True,
        ),
        Rule(
            "response-property-removed",
            _E,
            "responses",
            "a response property the client maps is gone",
            "WARN for an optional property of a vendor-typed schema, or one the client does "
            "not type (seen only in the examples); ERR covers every property of an "
            "overlay-typed response (the client reads them all) and every required one",
        ),
        Rule(
            "response-property-renamed",
            _E,
            "responses",
            "a response property the client maps was renamed (a removed and an added property "
            "of the same shape, or differing in letter case only)",
            "WARN when removing it would be WARN (optional, vendor-typed or untyped)",
        ),
        Rule(
            "response-media-type-order-changed",
            _W,
            "responses",
            "another media type (e.g. text/plain) now comes before JSON on a response: the "
            "generated client decodes the first one listed",
            "ERR on a 2xx response the client parses",
        ),
        Rule(
            "relied-on-value-changed",
            _W,
            "relied-on values",
            "a value the SDK's own logic depends on (declared with x-telegent-relied-on in the "
            "overlay, e.g. the order statuses that end orders.wait) has a new sibling, or "
            "an example shows an unknown one",
            "ERR when a relied-on value is removed or renamed",
        ),
        Rule(
            "response-property-type-changed",
            _E,
            "responses",
            "a response property's type or format changed",
            "INFO when it narrowed (number to integer) or the client's typing already accepts "
            "the new type; WARN for a property the client does not type",
        ),
        Rule(
            "response-property-became-nullable",
            _E,
            "responses",
            "a response property can now be null",
            "WARN for an untyped property, or a plain scalar of a vendor-typed schema "
            "(passed through as is); INFO when the client's typing already allows null",
        ),
        Rule(
            "response-property-became-optional",
            _E,
            "responses",
            "a required response property became optional: the generated parser requires it",
        ),
        Rule(
            "response-property-enum-value-added",
            _I,
            "responses",
            "a response property has a new value: the overlay types server-controlled strings "
            "as plain strings (x-known-values), so the client accepts it",
            "ERR when the client's schema has a strict enum (the generated check raises)",
        ),
        Rule(
            "response-property-enum-value-removed",
            _I,
            "responses",
            "a response property no longer takes a value",
        ),
        # ------------------------------------------------------- security and servers
        Rule(
            "api-security-changed",
            _E,
            "security",
            "the operation's security requirement is no longer met by the credentials the "
            "client sends (bearer token, or none for the token call)",
        ),
        Rule(
            "api-security-relaxed",
            _I,
            "security",
            "the security requirement changed but the client's credentials still satisfy it",
        ),
        Rule(
            "server-url-changed",
            _W,
            "servers",
            "the first server URL changed: the installed client keeps its built-in base URL",
        ),
        Rule(
            "spec-changed-same-version",
            _W,
            "document",
            "the published spec has the pinned spec's info.version but different content "
            "(sha256): the vendor changed it without a version bump",
        ),
        # --------------------------------------------------------------------- overlay
        Rule(
            "overlay-result-invalid",
            _E,
            "regeneration",
            "the published spec with the overlay applied has a broken $ref (typically "
            "left by a vanished action): regeneration would fail; the patched comparison "
            "is skipped",
        ),
        Rule(
            "overlay-target-vanished",
            _E,
            "overlay",
            "an overlay action's target selects nothing in the published spec: "
            "regeneration would fail",
        ),
        Rule(
            "overlay-action-failed",
            _E,
            "overlay",
            "an overlay action cannot be applied to the published spec: regeneration would fail",
        ),
        Rule(
            "overlay-action-redundant",
            _I,
            "overlay",
            "an overlay action no longer changes anything: upstream closed the gap",
        ),
        Rule(
            "overlay-action-superseded",
            _I,
            "overlay",
            "the published spec now defines something an overlay action adds; the action "
            "only overrides it",
        ),
    ]
)


def rules_markdown() -> str:
    """The rule registry as a Markdown table (for the README and ``--list-rules``)."""
    lines = [
        "| Rule | Level | Meaning for this client | Level differs when |",
        "|---|---|---|---|",
    ]
    for rule in RULES.values():
        meaning = rule.summary
        if rule.patched_only:
            meaning += " (judged on the overlay-patched specs)"
        cells = [f"`{rule.id}`", rule.level.value, meaning, rule.levels]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += [
        "",
        "A change seen only in the raw specs, where the overlay overrides the vendor, is at most "
        "WARN (the generated client does not change), and INFO when the published spec now "
        "says what the overlay says there.",
    ]
    return "\n".join(lines) + "\n"


# What breaks for a caller, by rule group, when a change is ERR or WARN. "{calls}" is the
# list of affected SDK methods.
_IMPACT = {
    "operations": "calls to {calls} fail: the published API no longer serves them there",
    "parameters": "requests made by {calls} may be refused by the server",
    "request body": "requests made by {calls} may be refused by the server",
    "responses": "{calls} may raise while decoding the answer, or return values they did "
    "not before",
    "relied-on values": "{calls} may misbehave: their own logic depends on this value",
    "security": "{calls} are refused: the credentials the SDK sends no longer suffice",
    "servers": "{calls} keep calling the base URL the SDK was built with",
    "document": "nothing breaks by itself for {calls}, but a version pin no longer tells the "
    "spec they were generated from apart from the published one: trust the sha256 and the "
    "other findings",
    "regeneration": "nothing breaks for callers of the installed SDK; the next SDK release "
    "needs an overlay fix first",
    "overlay": "nothing breaks for callers of the installed SDK; the next SDK release needs "
    "an overlay fix first",
}


def advice_for(rule: Rule, level: Level) -> Advice:
    """What a team pinning the SDK should do about a change of *rule* judged at *level*."""
    if rule.group == "document":
        return Advice.NOTHING  # a warning about identification; the other findings say more
    if rule.group in ("overlay", "regeneration"):
        return Advice.NOTHING if level is Level.INFO else Advice.WAIT
    if level is not Level.INFO:
        return Advice.WAIT
    return Advice.UPGRADE if rule.adds else Advice.NOTHING


def impact_for(rule: Rule, level: Level, calls: str) -> str:
    """One sentence, in the caller's terms, of what the change does to *calls*."""
    if level is Level.INFO:
        if rule.adds:
            return f"nothing breaks for {calls}; a release generated from this spec can use it"
        return f"nothing breaks for {calls}"
    return _IMPACT.get(rule.group, "{calls} may be affected").format(calls=calls)
