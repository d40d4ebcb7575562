"""Issue 23's findings, each as a test: the fake remembers what a test creates, links
records the spec links, takes seeds and programmed answers, and sends no content where the
spec declares none."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import telegent
from telegent.testing import FakeClock, FakeTelegent, FaultKind

BASE_URL = "https://api.telegent.com"


@pytest.fixture
def fake() -> FakeTelegent:
    return FakeTelegent(numbers=20, seed=5, clock=FakeClock(), rate_limit=None)


@pytest.fixture
def client(fake: FakeTelegent) -> Iterator[telegent.Telegent]:
    with telegent.Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=fake.transport(),
        clock=FakeClock(),
    ) as client:
        yield client


def _numbers(fake: FakeTelegent, count: int) -> list[str]:
    return [str(r.number) for r, _ in zip(fake.iter_numbers(), range(count), strict=False)]


# -- the findings -----------------------------------------------------------------------


def test_a_numbers_record_answers_from_the_inventory(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    for number in _numbers(fake, 3):
        wire = fake.get_number_wire(number)
        assert wire is not None
        details = client.numbers.get(number=number)
        assert details.number == number
        assert details.iccid == wire["Iccid"]
        assert details.cnam == wire["Cnam"]
    # The vendor's other spelling of the parameter finds it too.
    number = _numbers(fake, 1)[0]
    assert client.numbers.get(phone_number=number).number == number


def test_a_number_not_on_the_account_is_404(client: telegent.Telegent) -> None:
    with pytest.raises(telegent.NotFoundError):
        client.numbers.get(number="+18018018011")


def test_the_inventory_record_shows_changes_made_through_the_api(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    number = _numbers(fake, 1)[0]
    client.numbers.update(number, cnam_first_name="Ada", cnam_last_name="Lovelace")
    assert client.numbers.get(number=number).cnam == "Ada Lovelace"
    assert "PortOutPin" not in json.dumps(
        client.with_raw_response.numbers.get(number=number).http_response.json()
    )  # the answer is what NumberDetails declares, not the inventory's secret


def test_a_message_route_reads_back_as_created(client: telegent.Telegent) -> None:
    route = client.message.create_route(
        route_name="bar-sms", message_url="https://bar.example.com/sms", message_url_method="POST"
    )
    assert route.message_route_id.startswith("MRID-")
    got = client.message.get_route(message_route_id=route.message_route_id)
    assert (got.message_route_id, got.route_name) == (route.message_route_id, "bar-sms")
    assert got.message_url == "https://bar.example.com/sms"


def test_a_voice_route_reads_back_as_created(client: telegent.Telegent) -> None:
    route = client.voice.create_route("bar-voice", "Trunk")
    assert route.call_route_id.startswith("CRID-")
    got = client.voice.get_route(call_route_id=route.call_route_id)
    assert got.route_name == "bar-voice"


def test_webhooks_get_ids_of_their_own_and_the_list_grows(client: telegent.Telegent) -> None:
    assert client.webhooks.list() == []
    first = client.webhooks.create(webhook_url="https://example.com/a", method="POST")
    second = client.webhooks.create(webhook_url="https://example.com/b", method="POST")
    assert first.webhook_id != second.webhook_id
    assert all(str(w.webhook_id).startswith("WHID-") for w in (first, second))
    assert [w.webhook_url for w in client.webhooks.list()] == [
        "https://example.com/a",
        "https://example.com/b",
    ]
    client.webhooks.delete(webhook_id=first.webhook_id)
    assert [w.webhook_id for w in client.webhooks.list()] == [second.webhook_id]


def test_a_subscriber_reads_back_with_its_numbers(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    numbers = _numbers(fake, 2)
    created = client.subscribers.create(
        name="Ada",
        email="ada@example.com",
        phone_numbers=numbers,
        role="Subscriber",
        password="correct horse",
        account_id="AID-1",
    )
    assert created.subscriber_id.startswith("TSUID-")
    got = client.subscribers.get(created.subscriber_id)
    assert (got.name, got.phone_numbers) == ("Ada", numbers)
    # The account is the one given on create, not the spec example's.
    assert created.account is not None and created.account.account_id == "AID-1"
    assert got.account is not None and got.account.account_id == "AID-1"
    # A request-only secret is not kept on the record.
    record = fake.record("subscribers", created.subscriber_id)
    assert record is not None and "correct horse" not in json.dumps(record)


def test_content_less_answers_have_no_content(client: telegent.Telegent) -> None:
    service = client.services.create("Caller Id", 2.5)
    raw = client.with_raw_response.services.update(service.service_id, service_name="Renamed")
    assert (raw.status_code, raw.http_response.content) == (200, b"")
    assert "content-type" not in raw.headers
    assert client.services.get(service_id=service.service_id).service_name == "Renamed"
    raw = client.with_raw_response.services.delete(service.service_id)
    assert (raw.status_code, raw.http_response.content) == (200, b"")
    with pytest.raises(telegent.NotFoundError):
        client.services.get(service_id=service.service_id)


def test_a_value_no_answer_could_carry_is_refused_and_changes_nothing(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    # The request schema types Price as text; the answers type it as a number.
    item = client.packages.add_item("PID-1", "PRID-1", price="1.25")
    assert item.price == 1.25
    with pytest.raises(telegent.BadRequestError, match=r"Price must be a number, got ''"):
        client.packages.update_item("PID-2", item.package_item_id, price="")
    (record,) = fake.records("package_items")
    assert (record["PackageId"], record["Price"]) == ("PID-1", 1.25)


# -- seeding -----------------------------------------------------------------------------


def test_records_given_at_construction_are_served(tmp_path: Path) -> None:
    fake = FakeTelegent(
        numbers=1,
        records={"workgroups": [{"WorkgroupId": "WID-team", "Name": "Support", "Type": "ring"}]},
    )
    with telegent.Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=fake.transport(),
    ) as client:
        assert client.workgroups.get(workgroup_id="WID-team").name == "Support"
        assert [w.workgroup_id for w in client.workgroups.list().workgroups] == ["WID-team"]


def test_a_seed_record_that_breaks_the_spec_is_refused_naming_the_field() -> None:
    with pytest.raises(
        ValueError, match=r"webhooks\[0\]\.Active must be True or False, got 'maybe'"
    ):
        FakeTelegent(numbers=1, records={"webhooks": [{"Active": "maybe"}]})
    with pytest.raises(ValueError, match=r"no collection 'webhook' in the fake; known: .*webhooks"):
        FakeTelegent(numbers=1, records={"webhook": []})


def test_a_bad_seed_file_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "seed.json"
    broken.write_text("{not json", "utf-8")
    with pytest.raises(ValueError, match=r"seed\.json: not valid JSON"):
        FakeTelegent(numbers=1, seed_file=broken)
    broken.write_text('{"webhooks": {}}', "utf-8")
    with pytest.raises(ValueError, match="webhooks must be a list of records"):
        FakeTelegent(numbers=1, seed_file=broken)


# -- programmed answers and the request log --------------------------------------------


def test_respond_answers_the_next_n_calls_then_the_fake_again(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    canned = {"WebhookId": "WHID-canned", "WebhookUrl": "https://example.com/x", "Active": False}
    fake.respond("webhooks.create", canned, times=2)
    assert client.webhooks.create(webhook_url="https://a.example").webhook_id == "WHID-canned"
    assert client.webhooks.create(webhook_url="https://b.example").webhook_id == "WHID-canned"
    third = client.webhooks.create(webhook_url="https://c.example")
    assert third.webhook_id != "WHID-canned"
    assert [w.webhook_url for w in client.webhooks.list()] == ["https://c.example"]
    calls = fake.calls("createWebhook")
    assert [c.json["WebhookUrl"] for c in calls] == [
        "https://a.example",
        "https://b.example",
        "https://c.example",
    ]
    assert [c.status for c in calls] == [200, 200, 200]


def test_respond_refuses_an_answer_the_spec_could_not_send(fake: FakeTelegent) -> None:
    with pytest.raises(ValueError, match=r"createWebhook answer\.Active must be True or False"):
        fake.respond("createWebhook", {"Active": "yes"})
    with pytest.raises(ValueError, match="updateService declares no content"):
        fake.respond("services.update", {})
    with pytest.raises(ValueError, match=r"no operation 'webhooks\.craete'.*webhooks\.create"):
        fake.respond("webhooks.craete", {})


def test_fail_fails_the_next_n_calls_of_one_operation(
    fake: FakeTelegent, client: telegent.Telegent
) -> None:
    fake.fail("subscribers.get", 404, times=1)
    fake.fail("createWebhook", 400)
    fake.fail("createWebhook", fault=FaultKind.DROP, after_processing=True)
    with pytest.raises(telegent.NotFoundError):
        client.subscribers.get("TSUID-anything")
    with pytest.raises(telegent.BadRequestError):
        client.webhooks.create(webhook_url="https://a.example")
    assert client.webhooks.list() == []  # refused: nothing kept
    with pytest.raises(telegent.OutcomeUnknownError):
        client.webhooks.create(webhook_url="https://b.example")
    # The fake acted before hanging up: the webhook exists, the client could not know.
    assert [w.webhook_url for w in client.webhooks.list()] == ["https://b.example"]
    assert [c.fault for c in fake.calls("webhooks.create")] == [FaultKind.STATUS, FaultKind.DROP]


def test_programmed_answers_work_over_http_too(fake: FakeTelegent) -> None:
    from telegent.testing import serve_in_thread

    fake.respond("getMessageRoute", status=500, body={"StatusCode": 500, "Message": "boom"})
    with serve_in_thread(fake) as url, httpx.Client(base_url=url) as http:
        answer = http.get(
            "/v1.0/message/routes",
            params={"MessageRouteId": "MRID-x"},
            headers={"Authorization": f"Bearer {fake.issue_token()}"},
        )
    assert (answer.status_code, answer.json()["Message"]) == (500, "boom")


def test_the_readme_seeding_example_passes(pytester: pytest.Pytester) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)
    example = next(b for b in blocks if "telegent_fake.respond(" in b)
    pytester.makepyfile(test_downstream=example)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
