from __future__ import annotations

from telegent.testing import FakeTelegent, FaultKind, RecordedRequest

from .helpers import Api, first_number


def test_log_records_what_arrived_with_secrets_redacted(api: Api, fake: FakeTelegent) -> None:
    api.login()
    number = first_number(fake)
    api.inventory(PageNumber="2", Filter="Active")
    api.update(number, MessageType="p2p")
    login, inventory, update = fake.requests
    assert isinstance(login, RecordedRequest)
    assert (login.method, login.path, login.status) == ("POST", "/v1.0/oauth2/tokens", 200)
    assert login.json == {"AccountKey": "DID-fake", "AccountSecret": "[REDACTED]"}
    assert inventory.method == "GET" and inventory.path == "/v1.0/numbers/inventory"
    assert inventory.query == {"PageNumber": "2", "Filter": "Active"}
    assert inventory.json is None
    assert inventory.headers["authorization"] == "Bearer [REDACTED]"
    assert update.json == {"Number": number, "MessageType": "p2p"}
    assert update.fault is None
    everything = repr(fake.requests)
    assert api.token not in everything and "fake-secret" not in everything


def test_log_keeps_faulted_and_refused_requests(api: Api, fake: FakeTelegent) -> None:
    api.http.get("/v1.0/numbers/inventory", headers={"Authorization": "Token abc"})
    fake.inject(FaultKind.HTML)
    api.http.get("/v1.0/numbers/inventory")
    assert [(r.status, r.fault) for r in fake.requests] == [(401, None), (502, FaultKind.HTML)]
    assert fake.requests[0].headers["authorization"] == "[REDACTED]"
    fake.clear_requests()
    assert fake.requests == []


def test_invalid_json_is_logged_as_none(api: Api, fake: FakeTelegent) -> None:
    api.http.post("/v1.0/oauth2/tokens", content=b"{nope")
    assert fake.requests[0].json is None and fake.requests[0].status == 400
