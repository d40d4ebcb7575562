"""Every collection the spec describes keeps state in the fake: the generated round trip.

Parametrized from the generated state table (``sdk/state.py``), sync and async, in
process (the fake's transports) and over HTTP through ``telegent mock`` (a real process on
127.0.0.1). See ``_round_trip`` for the steps.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import telegent
from telegent.testing import FakeClock, FakeTelegent
from telegent.testing._collections import collections_table

from ._round_trip import Runner, round_trip, round_trip_collections

BASE_URL = "https://api.telegent.com"
COLLECTIONS = round_trip_collections()


def test_the_table_covers_the_collections_the_issue_names() -> None:
    # Generated from overlay/state.overlay.yaml; a lost declaration fails here.
    for name in (
        "webhooks", "message_routes", "voice_routes", "subscribers", "message_filters",
        "call_filters", "accounts", "distributors", "products", "packages", "services",
        "workgroups", "subscriptions",
    ):  # fmt: skip
        assert name in COLLECTIONS


def _client(fake: FakeTelegent, mode: str) -> telegent.Telegent | telegent.AsyncTelegent:
    common = {
        "account_key": fake.account_key,
        "account_secret": fake.account_secret,
        "base_url": BASE_URL,
        "clock": FakeClock(),
    }
    if mode == "sync":
        return telegent.Telegent(transport=fake.transport(), **common)
    return telegent.AsyncTelegent(transport=fake.async_transport(), **common)


async def _close(client: telegent.Telegent | telegent.AsyncTelegent) -> None:
    if isinstance(client, telegent.AsyncTelegent):
        await client.close()
    else:
        client.close()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", COLLECTIONS)
async def test_round_trip_in_process(name: str, mode: str) -> None:
    fake = FakeTelegent(numbers=5, seed=2, clock=FakeClock(), rate_limit=None)
    client = _client(fake, mode)
    try:
        await round_trip(Runner(client), collections_table()[name])
    finally:
        await _close(client)


@pytest.fixture(scope="module")
def mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``telegent mock`` in its own process, on a free port, with a seed file."""
    seed = tmp_path_factory.mktemp("seed") / "records.json"
    seed.write_text('{"webhooks": [{"WebhookUrl": "https://example.com/seeded"}]}', "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "telegent", "mock", "--port", "0", "--rate-limit", "0",
         "--quiet", "--numbers", "5", "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert match, line + (process.stderr.read() if process.stderr else "")
        yield match.group(0)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _http_client(url: str, mode: str) -> telegent.Telegent | telegent.AsyncTelegent:
    common = {"account_key": "DID-fake", "account_secret": "fake-secret", "base_url": url}
    return telegent.Telegent(**common) if mode == "sync" else telegent.AsyncTelegent(**common)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", COLLECTIONS)
async def test_round_trip_over_http_through_telegent_mock(
    name: str, mode: str, mock_url: str
) -> None:
    client = _http_client(mock_url, mode)
    try:
        await round_trip(Runner(client), collections_table()[name])
    finally:
        await _close(client)


def test_telegent_mock_serves_the_seed_file(mock_url: str) -> None:
    with telegent.Telegent(account_key="DID-fake", account_secret="fake-secret",
                           base_url=mock_url) as client:  # fmt: skip
        urls = [w.webhook_url for w in client.webhooks.list()]
    assert "https://example.com/seeded" in urls


def test_a_seed_file_is_what_the_fake_loads(tmp_path: Path) -> None:
    seed = tmp_path / "records.json"
    seed.write_text('{"webhooks": [{"WebhookUrl": "https://example.com/seeded"}]}', "utf-8")
    fake = FakeTelegent(numbers=1, seed_file=seed)
    (record,) = fake.records("webhooks")
    assert record["WebhookUrl"] == "https://example.com/seeded"
    assert str(record["WebhookId"]).startswith("WHID-")
