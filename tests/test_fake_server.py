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
from pathlib import Path
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


# --- the control API: /_fake/ ---------------------------------------------------------------


@pytest.fixture
def served():
    """A fake on a free port (the API key is the default), its own HTTP client for /v1, and
    one for the control API: tests below touch the fake only through HTTP."""
    with (
        FakeDailyServer(domain_name="ctl") as server,
        httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10) as api,
        httpx.Client(base_url=server.base_url.removesuffix("/v1") + "/_fake", timeout=10) as ctl,
    ):
        yield api, ctl


def test_control_scripts_a_503_with_retry_after(served):
    api, ctl = served
    r = ctl.post("/faults", json={"operation": "get_room", "status": 503, "retry_after": 2})
    assert r.status_code == 200
    assert r.json() == {
        "faults": [
            {"operation": "get_room", "times": 1, "status": 503, "body": "json", "retry_after": "2"}
        ]
    }
    assert api.post("/rooms", json={"name": "r"}).status_code == 200  # another operation
    r = api.get("/rooms/r")
    assert (r.status_code, r.headers["retry-after"]) == (503, "2")
    assert r.json() == {"error": "server-error", "info": "scripted failure"}
    assert api.get("/rooms/r").status_code == 200
    assert ctl.get("/faults").json() == {"faults": []}


def test_control_seats_participants_for_presence_and_eject(served):
    api, ctl = served
    assert api.post("/rooms", json={"name": "call"}).status_code == 200
    r = ctl.post("/participants", json={"room": "call", "user_name": "Ada", "user_id": "u-1"})
    assert r.status_code == 200
    joined = r.json()["participant"]
    assert (joined["userName"], joined["userId"], joined["room"]) == ("Ada", "u-1", "call")
    assert r.json()["participants"] == [joined]
    presence = api.get("/rooms/call/presence").json()
    assert [p["id"] for p in presence["data"]] == [joined["id"]]
    ejected = api.post("/rooms/call/eject", json={"user_ids": ["u-1"]}).json()
    assert ejected == {"ejectedIds": [joined["id"]]}
    assert api.get("/rooms/call/presence").json()["data"] == []
    # A room that is not live, or a stray key, is a 400 that changes nothing.
    r = ctl.post("/participants", json={"room": "nowhere"})
    assert (r.status_code, r.json()["error"]) == (400, "invalid-control-request")
    r = ctl.post("/participants", json={"room": "call", "name": "x"})
    assert r.status_code == 400
    assert "unknown keys ['name']" in r.json()["info"]


def test_control_scripts_any_body_any_operation_several_times(served):
    api, ctl = served
    fault = {"operation": "*", "status": 429, "times": 2, "body": {"error": "rate-limit-error"}}
    ctl.post("/faults", json=fault)
    for path in ("/", "/rooms"):
        r = api.get(path)
        assert (r.status_code, r.json()) == (429, {"error": "rate-limit-error"})
        assert "retry-after" not in r.headers
    assert api.get("/").status_code == 200


def test_control_drops_a_connection(served):
    api, ctl = served
    assert ctl.post("/faults", json={"operation": "create_room", "drop": True}).status_code == 200
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/rooms", json={"name": "dropped"})
    assert api.get("/rooms/dropped").status_code == 404  # a dropped request did nothing
    assert api.post("/rooms", json={"name": "dropped"}).status_code == 200


def test_control_stalls_an_answer_past_a_read_timeout(served):
    api, ctl = served
    ctl.post("/faults", json={"operation": "create_room", "stall": 1.5})
    with pytest.raises(httpx.ReadTimeout):
        api.post("/rooms", json={"name": "slow"}, timeout=httpx.Timeout(10, read=0.3))
    # Daily acted although the client gave up: exactly why create_room is not retried.
    assert api.get("/rooms/slow").status_code == 200
    logged = ctl.get("/requests").json()["requests"]
    assert [(e["operation"], e["status"]) for e in logged] == [
        ("create_room", 200),
        ("get_room", 200),
    ]


def test_control_clock_expires_a_room(served):
    api, ctl = served
    r = ctl.post("/clock", json={"set": 1_767_225_600})
    assert r.json() == {"now": 1_767_225_600, "running": False}
    exp = 1_767_225_600 + 60
    assert api.post("/rooms", json={"name": "brief", "properties": {"exp": exp}}).status_code == 200
    assert ctl.post("/clock", json={"advance": 59}).json()["now"] == exp - 1
    time.sleep(0.05)  # a stopped clock stays stopped, whatever the real clock does
    assert ctl.get("/clock").json() == {"now": exp - 1, "running": False}
    assert api.get("/rooms/brief").status_code == 200
    ctl.post("/clock", json={"advance": 1})
    r = api.get("/rooms/brief")
    assert (r.status_code, r.json()) == (
        404,
        {"error": "not-found", "info": "room brief not found"},
    )
    r = api.delete("/rooms/brief")
    assert (r.status_code, r.json()["deleted"]) == (404, True)


def test_control_request_log(served):
    api, ctl = served
    api.post("/rooms", json={"name": "logged", "properties": {"enable_chat": True}})
    api.get("/rooms", params={"limit": "2"})
    api.get("/rooms/missing")
    ctl.post("/faults", json={"status": 500})
    api.delete("/rooms/logged")
    api.get("/nowhere")
    assert ctl.get("/requests").json() == {
        "requests": [
            {
                "method": "POST",
                "path": "/rooms",
                "query": {},
                "body": {"name": "logged", "properties": {"enable_chat": True}},
                "status": 200,
                "operation": "create_room",
            },
            {
                "method": "GET",
                "path": "/rooms",
                "query": {"limit": "2"},
                "body": None,
                "status": 200,
                "operation": "list_rooms",
            },
            {
                "method": "GET",
                "path": "/rooms/missing",
                "query": {},
                "body": None,
                "status": 404,
                "operation": "get_room",
            },
            {
                "method": "DELETE",
                "path": "/rooms/logged",
                "query": {},
                "body": None,
                "status": 500,
                "operation": "delete_room",
            },
            {
                "method": "GET",
                "path": "/nowhere",
                "query": {},
                "body": None,
                "status": 404,
                "operation": None,
            },
        ]
    }
    assert ctl.delete("/requests").json() == {"requests": []}
    assert ctl.get("/requests").json() == {"requests": []}  # control requests are not logged


def test_control_reset(served):
    api, ctl = served
    domain_id = api.get("/").json()["domain_id"]
    api.post("/rooms", json={"name": "old"})
    ctl.post("/faults", json={"status": 503, "times": 5})
    ctl.post("/clock", json={"set": 2_000_000_000})
    r = ctl.post("/reset")
    assert r.status_code == 200
    assert r.json()["running"] is True
    assert abs(r.json()["now"] - time.time()) < 60
    assert ctl.get("/faults").json() == {"faults": []}
    assert ctl.get("/requests").json() == {"requests": []}
    assert api.get("/rooms").json() == {"total_count": 0, "data": []}
    assert api.get("/").json()["domain_id"] == domain_id
    assert api.post("/rooms", json={"name": "old"}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "info"),
    [
        ("POST", "/faults", b"", "the body must be a JSON object"),
        ("POST", "/faults", b"{", "the body is not valid JSON"),
        ("POST", "/faults", b"[]", "the body must be a JSON object"),
        ("POST", "/faults", {"status": 503, "color": "red"}, "unknown keys ['color']"),
        ("POST", "/faults", {"operation": "get_room"}, "a fault needs a status, drop: true"),
        ("POST", "/faults", {"operation": "get_rooms", "status": 503}, "unknown operation"),
        ("POST", "/faults", {"status": "503"}, "status must be an integer from 200 to 599"),
        ("POST", "/faults", {"status": 700}, "status must be an integer from 200 to 599"),
        ("POST", "/faults", {"status": 503, "times": 0}, "times must be an integer >= 1"),
        ("POST", "/faults", {"status": 503, "body": "xml"}, "body must be one of json"),
        ("POST", "/faults", {"drop": "yes"}, "drop must be true or false"),
        ("POST", "/faults", {"drop": True, "status": 503}, "a dropped connection has no"),
        ("POST", "/faults", {"stall": 1, "retry_after": 2}, "retry_after needs a status"),
        ("POST", "/faults", {"stall": -1}, "stall must be a finite number >= 0"),
        ("POST", "/faults", {"status": 503, "headers": {"X": "a\nb"}}, "without CR, LF"),
        ("POST", "/clock", {}, 'give exactly one of {"advance"'),
        ("POST", "/clock", {"advance": 1, "set": 2}, 'give exactly one of {"advance"'),
        ("POST", "/clock", {"advance": -1}, "advance must be a finite number >= 0"),
        ("POST", "/clock", {"set": "2026-01-01"}, "set must be a number of seconds"),
        ("POST", "/clock", b'{"set": NaN}', "set must be a finite number"),
        ("POST", "/clock", {"rewind": 1}, "unknown keys ['rewind']"),
    ],
)
def test_control_refuses_bad_requests_with_400(served, method, path, body, info):
    _api, ctl = served
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    r = ctl.request(method, path, content=content)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"] == "invalid-control-request"
    assert info in r.json()["info"]
    assert ctl.get("/faults").json() == {"faults": []}
    assert ctl.get("/clock").json()["running"] is True


def test_control_unknown_endpoint_and_method(served):
    api, ctl = served
    r = ctl.get("/rooms")
    assert (r.status_code, r.json()["error"]) == (404, "not-found")
    assert "/_fake/clock" in r.json()["info"]
    r = ctl.put("/clock", json={"set": 1})
    assert (r.status_code, r.headers["allow"]) == (405, "GET, POST")
    assert api.get("/").status_code == 200  # /v1 is untouched: its paths are Daily's


def test_the_control_api_answers_loopback_clients_only():
    from daily_helpers.testing import FakeDaily
    from daily_helpers.testing._control import control, is_loopback

    fake = FakeDaily()
    status, payload, _ = control(fake, "POST", "/_fake/reset", b"", peer="192.0.2.7")
    assert (status, payload["error"]) == (403, "forbidden-error")
    assert control(fake, "GET", "/_fake/clock", b"", peer="::1")[0] == 200
    assert [is_loopback(a) for a in ("127.0.0.1", "127.8.0.1", "::1", "::ffff:127.0.0.1")] == [
        True
    ] * 4
    assert [is_loopback(a) for a in ("10.0.0.1", "::ffff:10.0.0.1", "fe80::1%eth0", "", None)] == [
        False
    ] * 5


def test_fake_serve_offers_the_control_api():
    key = "control-key-0123456789abcdefghijklmn"
    proc = _cli("--api-key", key, "fake", "serve")
    try:
        url = proc.stdout.readline().strip()
        control_url = url.removesuffix("/v1") + "/_fake"
        r = httpx.post(control_url + "/faults", json={"operation": "get_domain", "status": 502})
        assert r.status_code == 200
        assert httpx.get(url + "/", headers={"Authorization": f"Bearer {key}"}).status_code == 502
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_curl_examples_in_porting_md_work():
    text = (Path(__file__).resolve().parent.parent / "PORTING.md").read_text(encoding="utf-8")
    block = text.split("<!-- control-api-examples:", 1)[1].split("```sh\n", 1)[1]
    lines = block.split("```", 1)[0].splitlines()
    commands = [line for line in lines if line.startswith("curl ")]
    assert len(commands) == 9
    key = "fake-daily-conformance-key-0123456789abcdef"
    with FakeDailyServer(api_key=key) as server:
        fake_url = server.base_url.removesuffix("/v1")
        outputs = []
        for command in commands:
            done = subprocess.run(
                ["bash", "-c", command],
                env={**os.environ, "FAKE": fake_url, "KEY": key},
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            outputs.append(done.stdout)
    assert outputs[1].startswith("HTTP/1.1 503")
    assert "Retry-After: 2" in outputs[1]
    assert [json.loads(out)["now"] for out in outputs[5:7]] == [1_767_225_600, 1_767_229_201]
    assert json.loads(outputs[7])["requests"] == [
        {
            "method": "GET",
            "path": "/rooms/standup",
            "query": {},
            "body": None,
            "status": 503,
            "operation": "get_room",
        }
    ]
    assert json.loads(outputs[8])["running"] is True
