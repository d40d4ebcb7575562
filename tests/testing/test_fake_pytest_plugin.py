from __future__ import annotations

import subprocess
import sys

import pytest

# Slow tier: pytest in subprocesses; .ci/run runs it (`pytest -m "slow or prism"`).
pytestmark = pytest.mark.slow

DOWNSTREAM = """
import httpx
import pytest


def test_fixture_is_available(telegent_fake, telegent_clock):
    assert telegent_fake.number_count == 50
    assert telegent_fake.clock is telegent_clock
    client = httpx.Client(base_url="https://api.telegent.com", transport=telegent_fake.transport())
    token = client.post(
        "/v1.0/oauth2/tokens",
        json={
            "AccountKey": telegent_fake.account_key,
            "AccountSecret": telegent_fake.account_secret,
        },
    ).json()["token"]
    auth = {"Authorization": "Bearer " + token}
    assert client.get("/v1.0/numbers/inventory", headers=auth).json()["TotalResults"] == 50
    telegent_clock.advance(7200)
    assert client.get("/v1.0/numbers/inventory", headers=auth).status_code == 401


def test_fresh_fake_per_test(telegent_fake):
    assert telegent_fake.requests == []


@pytest.mark.telegent_fake(numbers=7, seed=42, polls_to_complete=0)
def test_marker_configures_the_fake(telegent_fake):
    assert telegent_fake.number_count == 7
    assert telegent_fake.seed == 42
    assert telegent_fake.polls_to_complete == 0


@pytest.mark.telegent_fake(numbers=3)
class TestClassMarker:
    @pytest.mark.telegent_fake(seed=9)
    def test_closest_marker_wins_per_key(self, telegent_fake):
        assert (telegent_fake.number_count, telegent_fake.seed) == (3, 9)
"""


def test_entry_point_fixture_in_a_downstream_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_downstream=DOWNSTREAM)
    result = pytester.runpytest_subprocess("--strict-markers", "-q")
    result.assert_outcomes(passed=4)


def test_fixture_comes_from_the_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_downstream="def test_it(telegent_fake):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:telegent")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'telegent_fake' not found*"])


def test_positional_marker_arguments_are_refused(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_downstream="import pytest\n\n@pytest.mark.telegent_fake(7)\n"
        "def test_it(telegent_fake):\n    pass\n"
    )
    result = pytester.runpytest_subprocess()
    result.stdout.fnmatch_lines(["*keyword arguments only*"])


CLIENT_DOWNSTREAM = """
import pytest
import telegent


def test_sync_client_end_to_end(telegent_client, telegent_fake, telegent_clock):
    assert isinstance(telegent_client, telegent.Telegent)
    records = list(telegent_client.numbers.list(page_size=20))
    assert [r.number for r in records] == [r.number for r in telegent_fake.iter_numbers()]
    number = next(r.number for r in records if r.status == "Active")
    order = telegent_client.numbers.park([number])
    assert telegent_client.orders.wait(order.order_id).order_status == "Complete"
    assert telegent_fake.get_number(number).status == "Parked"
    # Polling waited in fake time only.
    assert telegent_clock.sleeps


def test_sync_client_sees_order_errors(telegent_client, telegent_fake):
    number = next(telegent_fake.iter_numbers()).number
    telegent_fake.fail_numbers({number: "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"})
    order = telegent_client.numbers.activate([number])
    with pytest.raises(telegent.OrderFailedError) as failure:
        telegent_client.orders.wait(order.order_id)
    assert failure.value.code == "8A"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_async_client_end_to_end(async_telegent_client, telegent_fake):
    assert isinstance(async_telegent_client, telegent.AsyncTelegent)
    number = next(telegent_fake.iter_numbers()).number
    result = await async_telegent_client.numbers.update(number, message_type="a2p")
    assert result.update_order_status == "Complete"
    assert telegent_fake.get_number(number).message_type == "a2p"
"""


def test_client_fixtures(pytester: pytest.Pytester) -> None:
    telegent = pytest.importorskip("telegent")
    if not hasattr(telegent, "Telegent") or not hasattr(telegent, "AsyncTelegent"):
        pytest.skip("telegent.Telegent / AsyncTelegent are not written yet (client helper)")
    pytester.makepyfile(test_downstream=CLIENT_DOWNSTREAM)
    result = pytester.runpytest_subprocess("-p", "anyio")
    result.assert_outcomes(passed=3)


def test_plugin_import_is_cheap() -> None:
    code = (
        "import sys, telegent.testing._pytest_plugin as p; "
        "loaded = sorted(m for m in sys.modules if m.startswith('telegent.testing.')); "
        "print(loaded)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['telegent.testing._pytest_plugin']"


SEEDED = """
import pytest
import telegent


def test_the_seed_file_is_loaded(telegent_client):
    assert [w.webhook_url for w in telegent_client.webhooks.list()] == ["https://example.com/s"]


@pytest.mark.telegent_fake(records={"workgroups": [{"WorkgroupId": "WID-1", "Name": "Ops"}]})
def test_marker_records(telegent_client):
    assert telegent_client.workgroups.get(workgroup_id="WID-1").name == "Ops"


def test_programmed_answers(telegent_fake, telegent_client):
    telegent_fake.fail("webhooks.list", 400)
    with pytest.raises(telegent.BadRequestError):
        telegent_client.webhooks.list()
    assert [c.status for c in telegent_fake.calls("webhooks.list")] == [400]
"""


def test_the_plugin_loads_a_seed_file_and_exposes_programming(pytester: pytest.Pytester) -> None:
    pytester.makefile(".json", seed='{"webhooks": [{"WebhookUrl": "https://example.com/s"}]}')
    pytester.makeini("[pytest]\ntelegent_seed_file = seed.json\n")
    pytester.makepyfile(test_seeded=SEEDED)
    result = pytester.runpytest_subprocess("--strict-markers", "-q")
    result.assert_outcomes(passed=3)
