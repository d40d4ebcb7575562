from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent, FaultKind, serve_in_thread
from telegent.testing._server import main

CREDENTIALS = {"AccountKey": "DID-fake", "AccountSecret": "fake-secret"}


@pytest.fixture
def served() -> Iterator[tuple[FakeTelegent, httpx.Client]]:
    fake = FakeTelegent(numbers=12, seed=2, clock=FakeClock(), rate_limit=None)
    with serve_in_thread(fake) as base_url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        # trust_env=False: loopback only, whatever proxy the environment names.
        with httpx.Client(base_url=base_url, trust_env=False, timeout=5) as client:
            yield fake, client


def test_round_trip_over_loopback(served: tuple[FakeTelegent, httpx.Client]) -> None:
    fake, client = served
    token = client.post("/v1.0/oauth2/tokens", json=CREDENTIALS).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    page = client.get("/v1.0/numbers/inventory", params={"TotalNumbersRequested": 5}, headers=auth)
    assert page.status_code == 200
    assert page.headers["content-type"] == "application/json; charset=utf-8"
    number = page.json()["PhoneNumbers"][0]["Number"]
    order = client.post(
        "/v1.0/numbers/status",
        headers=auth,
        json={
            "StatusChange": "park",
            "EffectiveDate": "12/31/2023",
            "PhoneNumbers": [{"Number": number}],
        },
    ).json()
    assert order["OrderStatus"] == "Pending"
    assert fake.get_number(number).status == "Parked"
    assert (
        client.get(
            "/v1.0/numbers/order", params={"OrderId": order["OrderId"]}, headers=auth
        ).status_code
        == 200
    )
    assert client.get("/v1.0/numbers/inventory").status_code == 401
    assert client.get("/nowhere").status_code == 404
    assert client.put("/v1.0/numbers/update", json={}).status_code == 405
    assert [r.path for r in fake.requests][:3] == [
        "/v1.0/oauth2/tokens",
        "/v1.0/numbers/inventory",
        "/v1.0/numbers/status",
    ]


def test_faults_over_loopback(served: tuple[FakeTelegent, httpx.Client]) -> None:
    fake, client = served
    fake.inject(FaultKind.DROP, after_processing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/v1.0/oauth2/tokens", json=CREDENTIALS)
    fake.inject(FaultKind.HTML)
    html = client.post("/v1.0/oauth2/tokens", json=CREDENTIALS)
    assert html.status_code == 502 and "Bad Gateway" in html.text
    fake.inject(FaultKind.TRUNCATED)
    cut = client.post("/v1.0/oauth2/tokens", json=CREDENTIALS)
    assert cut.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        cut.json()
    fake.inject(FaultKind.LATENCY, seconds=3)
    assert client.post("/v1.0/oauth2/tokens", json=CREDENTIALS).status_code == 200
    assert fake.clock.sleeps == [3]  # type: ignore[attr-defined]


def test_malformed_content_length_is_400(served: tuple[FakeTelegent, httpx.Client]) -> None:
    fake, client = served
    host, port = client.base_url.host, client.base_url.port
    assert port is not None
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(b"POST /v1.0/oauth2/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")
        answer = sock.makefile("rb").read()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert json.loads(body)["StatusCode"] == 400
    assert fake.requests == []


def test_server_stops_on_exit() -> None:
    fake = FakeTelegent(numbers=1, clock=FakeClock())
    with serve_in_thread(fake) as base_url:
        pass
    with httpx.Client(trust_env=False) as client, pytest.raises(httpx.ConnectError):
        client.get(base_url + "/v1.0/numbers/inventory")


def test_main_refuses_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--numbers", "-1", "--port", "0"]) == 2
    assert "numbers" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--port", "abc"])
    assert exc.value.code == 2


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_url_and_stops_cleanly(stop: signal.Signals) -> None:
    # Started as a shell starts a background job (a CI script's mock): SIGINT ignored. Python
    # keeps an inherited SIG_IGN, so only the server's own handler makes `kill -INT` work.
    process = subprocess.Popen(
        [sys.executable, "-m", "telegent.testing", "--port", "0", "--numbers", "5", "--seed", "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        banner = "".join(process.stdout.readline() for _ in range(3))
        assert "DID-fake" in banner and "fake-secret" in banner
        with httpx.Client(base_url=match.group(1), trust_env=False, timeout=5) as client:
            assert client.post("/v1.0/oauth2/tokens", json=CREDENTIALS).status_code == 200
        assert process.stdout.readline().strip() == "POST /v1.0/oauth2/tokens -> 200"
        process.send_signal(stop)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        assert "Stopping." in out
        assert "Traceback" not in err
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
