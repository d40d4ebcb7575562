"""Every request constraint the overlays add must accept every value the vendor's own examples
show for that field, anywhere in the published spec (requests, responses, curl samples).

A constraint that refuses the vendor's example would make the SDK refuse, before sending, a
value the API hands out (the seed overlay's `VoiceRouteId: ^CRID-.+$` refused "T9992774").
"""

from __future__ import annotations

from typing import Any

from ._constraints import Constraint, added_constraints, contradictions, violates

# Reviewed: the example is the *response* echoing the field in another representation, so the
# request constraint stands. Anything not listed here fails the test.
ACCEPTED = {
    # The status change order echoes EffectiveDate as an ISO timestamp; requests take MM/DD/YYYY.
    "POST /v1.0/numbers/status body.EffectiveDate": {'"2023-12-31T00:00:00"'},
    # The availability search echoes an unset ZipCode as ""; a request omits it instead.
    "POST /v1.0/numbers/status body.ZipCode": {'""'},
}


def test_overlays_add_request_constraints(
    published_spec: dict[str, Any], named_spec: dict[str, Any]
) -> None:
    found = {(c.where, c.keyword) for c in added_constraints(published_spec, named_spec)}
    # The check has something to check: the hand-written overlay's prose constraints.
    assert ("POST /v1.0/numbers/update body.Number", "pattern") in found
    assert ("POST /v1.0/numbers/status body.PhoneNumbers", "minItems") in found
    assert ("GET /v1.0/numbers/inventory query.TotalNumbersRequested", "minimum") in found


def test_no_request_constraint_refuses_a_vendor_example(
    published_spec: dict[str, Any], patched_spec: dict[str, Any]
) -> None:
    problems = []
    for line in contradictions(published_spec, patched_spec):
        where, _, rest = line.partition(": ")
        refused = set(rest.split(" refuses ", 1)[1].split(", "))
        if not refused <= ACCEPTED.get(where, set()):
            problems.append(line)
    assert problems == []


def test_the_check_catches_the_voice_route_pattern(published_spec: dict[str, Any]) -> None:
    # The seed overlay's pattern, applied to the published spec: the check must name it.
    from telegent.spec._overlay import apply_overlay

    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {
                "target": "$.paths['/v1.0/numbers/update'].post.requestBody"
                ".content['application/json'].schema.properties.VoiceRouteId",
                "update": {"pattern": "^CRID-.+$"},
            }
        ],
    }
    patched = apply_overlay(published_spec, overlay).document
    lines = contradictions(published_spec, patched)
    assert any("body.VoiceRouteId: pattern" in line and '"T9992774"' in line for line in lines)


def test_violates_reads_each_keyword() -> None:
    def c(keyword: str, value: Any, items: bool = False) -> Constraint:
        return Constraint("w", "F", items, keyword, value)

    assert violates(c("pattern", "^A"), "B") and not violates(c("pattern", "^A"), "AB")
    assert violates(c("minLength", 1), "") and not violates(c("minLength", 1), "x")
    assert violates(c("maximum", 5), 6) and not violates(c("maximum", 5), 5)
    assert violates(c("minimum", 1), 0) and not violates(c("minimum", 1), "0")  # other type
    assert violates(c("minItems", 1), []) and not violates(c("minItems", 1), [1])
    assert violates(c("enum", ["a"]), "b") and not violates(c("enum", ["a"]), "a")
    assert violates(c("pattern", "^\\+", items=True), ["+1", "2"])
    assert not violates(c("pattern", "^\\+", items=True), ["+1"])
