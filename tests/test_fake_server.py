"""The fake on a real port: FakeDailyServer, `daily-helpers fake serve`, and clients that are
not ours (raw sockets, raw httpx, curl)."""

from __future__ import annotations

import asyncio
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

import aiohttp
import httpx
import pytest

from daily_helpers import DailyRESTHelper
from daily_helpers.testing import DEFAULT_API_KEY, FakeDailyServer, FakeSpecError

AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


def test_base_url_and_keep_alive_on_one_socket():
    with FakeDailyServer() as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", server.base_url)
        request = (
            f"GET /v1/ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {DEFAULT_API_KEY}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            answers = []
            for _ in range(2):  # two requests over the same connection
                sock.sendall(request)
                answers.append(_read_http_response(sock))
    for head, body in answers:
        assert head.startswith("HTTP/1.1 200")
        assert "connection: close" not in head.lower()
        assert json.loads(body)["domain_name"] == "fake-domain"


def _read_http_response(sock: socket.socket) -> tuple[str, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
    while len(body) < length:
        body += sock.recv(65536)
    return head.decode(), body


def _enough_file_descriptors(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft >= needed:
        return
    if hard != resource.RLIM_INFINITY and hard < needed:
        pytest.skip(f"needs {needed} file descriptors, the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


async def test_a_thousand_concurrent_requests():
    # aiohttp's client, not httpx: httpx's async pool slows down sharply with 1,000 requests in
    # flight (about 30 s here), which would measure the client rather than the server.
    _enough_file_descriptors(4096)
    async with FakeDailyServer() as server:
        connector = aiohttp.TCPConnector(limit=1000)
        async with aiohttp.ClientSession(headers=AUTH, connector=connector) as session:

            async def one() -> int:
                async with session.get(server.base_url + "/") as response:
                    assert (await response.json())["domain_name"] == "fake-domain"
                    return response.status

            statuses = await asyncio.wait_for(asyncio.gather(*(one() for _ in range(1000))), 60)
    assert statuses == [200] * 1000
    assert len(server.fake.requests) == 1000


def test_a_dropped_connection_is_a_transport_error():
    with FakeDailyServer() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as c:
        server.fake.drop_next("get_domain")
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/")
        assert c.get("/").status_code == 200


def test_an_answer_breaking_the_spec_is_500_and_raised_on_exit():
    server = FakeDailyServer().start()
    server.fake.add_room("broken", properties={"max_participants": "many"})
    with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        r = client.get("/rooms/broken")
    with pytest.raises(FakeSpecError, match="get_room 200"):
        server.stop()
    assert r.status_code == 500
    assert r.json()["error"] == "server-error"


def test_a_busy_port_fails_start():
    with FakeDailyServer() as first, pytest.raises(OSError, match="address"):
        FakeDailyServer(port=first.port).start()


async def test_our_async_helper_over_the_network():
    async with FakeDailyServer(domain_name="net") as server:
        async with DailyRESTHelper(
            daily_api_key=DEFAULT_API_KEY, daily_api_url=server.base_url
        ) as helper:
            room = await helper.create_room()
            assert room.url == f"https://net.daily.co/{room.name}"
            assert (await helper.get_room_from_url(room.url)).id == room.id
            assert await helper.delete_room_by_url(room.url) is True
        assert server.fake.room_names() == []


def test_raw_httpx_client_flow():
    with FakeDailyServer() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as c:
        room = c.post("/rooms", json={"name": "raw", "properties": {"exp": 4102444800.5}}).json()
        assert room["config"] == {"exp": 4102444800}
        token = c.post("/meeting-tokens", json={"properties": {"room_name": "raw"}}).json()
        assert c.get(f"/meeting-tokens/{token['token']}").json() == {"room_name": "raw"}
        assert c.delete("/rooms/raw").json() == {"deleted": True, "name": "raw"}
        assert c.delete("/rooms/raw").status_code == 404


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_flow():
    with FakeDailyServer() as server:

        def curl(method: str, path: str, body: object = None) -> tuple[int, dict]:
            args = ["curl", "-sS", "-X", method, "-H", f"Authorization: Bearer {DEFAULT_API_KEY}"]
            if body is not None:
                args += ["-H", "Content-Type: application/json", "-d", json.dumps(body)]
            args += ["-w", "\n%{http_code}", server.base_url + path]
            out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=30)
            text, _, status = out.stdout.rpartition("\n")
            return int(status), json.loads(text)

        status, room = curl("POST", "/rooms", {"name": "curl-room", "privacy": "private"})
        assert (status, room["url"]) == (200, "https://fake-domain.daily.co/curl-room")
        assert curl("GET", "/rooms/curl-room")[1]["privacy"] == "private"
        status, token = curl("POST", "/meeting-tokens", {"properties": {"room_name": "curl-room"}})
        assert curl("GET", f"/meeting-tokens/{token['token']}") == (200, {"room_name": "curl-room"})
        assert curl("DELETE", "/rooms/curl-room") == (200, {"deleted": True, "name": "curl-room"})
        assert curl("DELETE", "/rooms/curl-room")[0] == 404


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "import sys, daily_helpers.cli as c; sys.exit(c.main())", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_fake_serve_prints_the_url_first_and_stops_on_signals(stop):
    key = "cli-secret-key-0123456789abcdefghij"
    proc = _cli(
        "--api-key", key, "fake", "serve", "--port", "0", "--domain-name", "clidomain",
        "--latency-ms", "1", "--rate-limits", "daily",
    )  # fmt: skip
    try:
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", url)
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}) as c:
            assert c.get("/").json()["domain_name"] == "clidomain"
            assert c.get("/", headers={"Authorization": "Bearer x"}).status_code == 401
    finally:
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert key not in out + err
    assert urlsplit(url).port is not None


def test_fake_serve_takes_the_key_after_the_command_too():
    proc = _cli("fake", "serve", "--api-key", "after-key-0123456789abcdefghijklmn")
    try:
        url = proc.stdout.readline().strip()
        headers = {"Authorization": "Bearer after-key-0123456789abcdefghijklmn"}
        assert httpx.get(url + "/", headers=headers).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


def test_fake_serve_takes_the_key_from_the_environment():
    env = {**os.environ, "DAILY_API_KEY": "env-key-0123456789abcdefghijklmnop"}
    proc = _cli("fake", "serve", env=env)
    try:
        url = proc.stdout.readline().strip()
        headers = {"Authorization": "Bearer env-key-0123456789abcdefghijklmnop"}
        assert httpx.get(url + "/", headers=headers).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


async def test_a_pipecat_shaped_client_runs_its_flow_against_fake_serve():
    """The requests pipecat's DailyRESTHelper sends (aiohttp, its default create body with a
    float exp, token, lookup, delete twice), against the real `fake serve` process."""
    key = "pipecat-shaped-key-0123456789abcdefgh"
    proc = _cli("--api-key", key, "fake", "serve", "--port", "0")
    try:
        url = proc.stdout.readline().strip()
        headers = {"Authorization": f"Bearer {key}"}
        async with aiohttp.ClientSession(headers=headers) as session:
            exp = time.time() + 3600
            body = {
                "privacy": "public",
                "properties": {
                    "exp": exp,
                    "enable_chat": False,
                    "enable_prejoin_ui": False,
                    "enable_emoji_reactions": False,
                    "eject_at_room_exp": True,
                    "start_video_off": False,
                },
            }
            async with session.post(f"{url}/rooms", json=body) as r:
                assert r.status == 200
                room = await r.json()
            assert set(room) == {
                "id",
                "name",
                "api_created",
                "privacy",
                "url",
                "created_at",
                "config",
            }
            assert room["config"]["exp"] == int(exp)
            assert room["config"]["eject_at_room_exp"] is True
            name = urlsplit(room["url"]).path[1:]
            async with session.get(f"{url}/rooms/{name}") as r:
                assert (r.status, (await r.json())["id"]) == (200, room["id"])
            token_body = {
                "properties": {
                    "room_name": name,
                    "is_owner": True,
                    "exp": int(time.time() + 3600),
                    "eject_at_token_exp": False,
                }
            }
            async with session.post(f"{url}/meeting-tokens", json=token_body) as r:
                assert r.status == 200
                assert (await r.json())["token"].count(".") == 2
            statuses = []
            for _ in range(2):
                async with session.delete(f"{url}/rooms/{name}") as r:
                    statuses.append(r.status)
            assert statuses == [200, 404]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
