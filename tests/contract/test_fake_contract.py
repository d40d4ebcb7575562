"""What tests/testing/test_fake_conformance.py leaves out: the fake's answers to requests
that break the spec, to edge values the spec allows, and to methods over real HTTP.

test_fake_conformance.py drives every kind of answer the fake gives from well-formed
requests (plus one malformed request per operation). Here:

* every request in ``_bad_requests`` (each one rejected by openapi-core) must be refused
  by the fake with the status the API owes (400; 401 without a bearer; 405 for a
  method the path lacks) and a spec-valid error body, never acted on;
* edge values the request schema allows must get answers the response schema allows;
* over HTTP (``serve_in_thread``), every method the spec does not declare for a path
  gets the spec's 405 (JSON body, ``Allow`` header), not the HTTP shell's own error.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent, serve_in_thread

from ._bad_requests import STATUS, bad_requests, status_body
from ._spec import Exchange, assert_exchanges_conform, response_errors, spec_dict, spec_server


@pytest.fixture
def fake() -> FakeTelegent:
    return FakeTelegent(numbers=10, seed=4, clock=FakeClock(), rate_limit=None)


@pytest.fixture
def http(fake: FakeTelegent) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport()) as client:
        yield client


def _numbers(fake: FakeTelegent) -> list[str]:
    return [str(r.number) for r in fake.iter_numbers()]


CASES = list(bad_requests("t", "+10000000000", "k", "s"))


@pytest.mark.parametrize("name", CASES)
def test_fake_refuses_a_request_that_breaks_the_spec(
    name: str, fake: FakeTelegent, http: httpx.Client
) -> None:
    number = _numbers(fake)[0]
    before = fake.get_number(number)
    request, expected = bad_requests(
        fake.issue_token(), number, fake.account_key, fake.account_secret
    )[name]
    response = http.send(request)

    assert response.status_code == expected, f"{name}: {response.status_code} {response.text}"
    assert fake.get_number(number) == before, f"{name}: the fake acted on a refused request"
    assert response.json()["StatusCode"] == expected
    if expected != 405:  # a 405 belongs to no declared operation of that method
        assert response_errors(request, response) == []


# EffectiveDate's pattern allows any 4-digit year; the order echoes it back as a timestamp.
EDGE_DATES = ["01/01/0001", "08/17/0670", "02/29/2000", "12/31/9999"]


@pytest.mark.parametrize("effective", EDGE_DATES)
def test_fake_echoes_edge_dates_in_the_spec_format(
    effective: str, fake: FakeTelegent, http: httpx.Client
) -> None:
    token = fake.issue_token()
    request = http.build_request(
        "POST",
        spec_server() + STATUS,
        json=status_body(_numbers(fake)[1], EffectiveDate=effective),
        headers={"Authorization": f"Bearer {token}"},
    )
    request.read()
    response = http.send(request)
    assert response.status_code in (200, 400), response.text
    # Any declared answer will do (accepted or refused), as long as it fits the spec.
    assert_exchanges_conform([Exchange(request, response)], tally=None)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    fake = FakeTelegent(numbers=3, seed=4, clock=FakeClock(), rate_limit=None)
    with serve_in_thread(fake) as base_url:
        yield base_url, fake.issue_token()


# HEAD answers carry no body; the others must carry the spec's JSON error body too.
UNDECLARED_METHODS = ("HEAD", "OPTIONS", "TRACE", "QUERY", "PUT", "DELETE", "PATCH")


@pytest.mark.parametrize("method", UNDECLARED_METHODS)
def test_methods_the_spec_omits_are_answered_405(served: tuple[str, str], method: str) -> None:
    base_url, token = served
    problems = []
    with httpx.Client(base_url=base_url, timeout=10) as client:
        for path, operations in spec_dict()["paths"].items():
            declared = {m.upper() for m in operations}
            response = client.request(method, path, headers={"Authorization": f"Bearer {token}"})
            if response.status_code != 405:
                problems.append(f"{method} {path}: {response.status_code}, expected 405")
                continue
            allow = {m.strip() for m in response.headers.get("allow", "").split(",")}
            if allow != declared:
                problems.append(f"{method} {path}: Allow {response.headers.get('allow')!r}")
            if method != "HEAD":
                # The 405 response is declared on the path's own operation.
                as_declared = httpx.Request(next(iter(declared)), spec_server() + path)
                problems += [
                    f"{method} {path}: {e}" for e in response_errors(as_declared, response)
                ]
    assert not problems, "\n".join(problems)
