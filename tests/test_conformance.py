"""Every vector in conformance/ run against our Python code, so that a vector cannot rot.

URLs through get_name_from_url; requests and errors through both helpers over an
httpx.MockTransport with a fixed clock and an injected sleep; tokens through sign_token and
decode_token; fake scenarios against the fake Daily (in process and over HTTP); bulk deletes
through both helpers against the fake Daily, with an injected sleep.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
import pickle
import re
import shutil
import subprocess
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from daily_helpers import (
    DailyMeetingTokenParams,
    DailyRESTHelper,
    DailyRESTHelperSync,
    DailyRoomParams,
    DailySIPClientParams,
    DeleteOutcome,
    RetryPolicy,
    UnknownPropertyWarning,
    _batch,
    errors,
    tokens,
)
from daily_helpers._policy import parse_retry_after
from daily_helpers.errors import DailyValidationError, InvalidRoomNameError, InvalidRoomURLError
from daily_helpers.models import DailyMeetingTokenProperties
from daily_helpers.urls import URL_ERROR_KINDS, get_name_from_url

CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"


def load(name: str) -> dict[str, Any]:
    return json.loads((CONFORMANCE / name).read_text(encoding="utf-8"))


def cases(name: str) -> list[Any]:
    return [pytest.param(case, id=case["id"]) for case in load(name)["cases"]]


HELPERS = ["async", "sync"]


# --- driving either helper over a scripted transport ---------------------------------------


def _model_args(method: str, args: dict[str, Any]) -> dict[str, Any]:
    """JSON call arguments as the Python facade takes them (``params`` as its attrs model)."""
    args = dict(args)
    if "params" in args:
        models = {"create_room": DailyRoomParams, "create_sip_client": DailySIPClientParams}
        model = models.get(method, DailyMeetingTokenParams)
        args["params"] = model(**args["params"])
    return args


def drive(
    kind: str,
    method: str,
    args: dict[str, Any],
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    clock: float,
    api_key: str,
    sleeps: list[float] | None = None,
    max_retries: int = 2,
    unknown_properties: str = "warn",
) -> Any:
    """Call ``method`` on a helper of ``kind`` whose every request goes to ``handler``."""
    common: dict[str, Any] = {
        "daily_api_key": api_key,
        "clock": lambda: clock,
        "rate_limits": None,
        "max_retries": max_retries,
        "unknown_properties": unknown_properties,
    }
    recorded = sleeps if sleeps is not None else []
    if kind == "sync":
        with DailyRESTHelperSync(
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
            sleep=recorded.append,
            **common,
        ) as helper:
            return getattr(helper, method)(**_model_args(method, args))

    async def sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def run() -> Any:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with client, DailyRESTHelper(http_client=client, sleep=sleep, **common) as helper:
            return await getattr(helper, method)(**_model_args(method, args))

    return asyncio.run(run())


# --- room_urls.json ------------------------------------------------------------------------


def test_url_kinds_are_the_ones_urls_py_raises() -> None:
    data = load("room_urls.json")
    assert list(data["error_kinds"]) == ["not_a_string", *URL_ERROR_KINDS]
    used = {case["error"] for case in data["cases"] if "error" in case}
    assert used == set(data["error_kinds"]), "every kind has at least one vector"


@pytest.mark.parametrize("case", cases("room_urls.json"))
def test_room_url(case: dict[str, Any]) -> None:
    if "name" in case:
        assert get_name_from_url(case["input"]) == case["name"]
        assert DailyRESTHelperSync.get_name_from_url(case["input"]) == case["name"]
    elif case["error"] == "not_a_string":
        with pytest.raises(TypeError):
            get_name_from_url(case["input"])
    else:
        with pytest.raises(InvalidRoomURLError) as caught:
            get_name_from_url(case["input"])
        assert caught.value.kind == case["error"]
        assert pickle.loads(pickle.dumps(caught.value)).kind == case["error"]


# --- tokens.json ---------------------------------------------------------------------------


def test_token_tables_match_tokens_py() -> None:
    data = load("tokens.json")
    assert data["claims"] == dict(tokens.CLAIMS)
    assert data["permission_claims"]["keys"] == dict(tokens.PERMISSION_CLAIMS)
    assert set(data["token_properties"]) == set(tokens._TOKEN_PROPERTY_NAMES)


def _token_error_kind(exc: Exception) -> str:
    """Our exception for a rejected token, as the vectors' kind."""
    message = str(exc)
    if isinstance(exc, (TypeError, InvalidRoomNameError)):
        return "invalid_value"
    assert isinstance(exc, DailyValidationError), exc
    if message.startswith("unknown meeting-token property"):
        return "unknown_property"
    if message.startswith("token property") and "no documented self-signed claim" in message:
        return "no_claim"
    if message.startswith("permissions.") or "property permissions." in message:
        return "bad_permission"
    return "invalid_value"


def _claims(case: dict[str, Any]) -> dict[str, Any]:
    properties = DailyMeetingTokenProperties(**case["properties"]).to_dict()
    strict = tokens.check_signable(properties)
    return tokens.claims_from_properties(strict, domain_id=case["domain_id"], issued_at=case["iat"])


@pytest.mark.parametrize("case", cases("tokens.json"))
def test_token(case: dict[str, Any]) -> None:
    if "error" in case:
        with pytest.raises((DailyValidationError, TypeError)) as caught:
            _claims(case)
        assert _token_error_kind(caught.value) == case["error"]
        return
    claims = _claims(case)
    assert claims == case["claims"]
    assert list(claims) == sorted(case["claims"])
    token = tokens.sign_claims(claims, case["key"])
    assert token == case["jwt"]
    decoded = tokens.decode_token(token).to_dict()
    assert decoded == {**case["properties"], "domain_id": case["domain_id"], "iat": case["iat"]}


SIGN_TOKEN_CASES = [
    pytest.param(case, kind, id=f"{case['id']}-{kind}")
    for case in load("tokens.json")["cases"]
    if "sign_token" in case
    for kind in HELPERS
]


@pytest.mark.parametrize(("case", "kind"), SIGN_TOKEN_CASES)
def test_sign_token(case: dict[str, Any], kind: str) -> None:
    def no_network(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sign_token sent {request.method} {request.url}")

    sign = case["sign_token"]
    token = drive(
        kind,
        "sign_token",
        {**sign["args"], "domain_id": case["domain_id"]},
        no_network,
        clock=sign["clock"],
        api_key=case["key"],
    )
    assert token == case["jwt"]


# --- requests.json -------------------------------------------------------------------------

REQUESTS = load("requests.json")


def _recorded(request: httpx.Request) -> dict[str, Any]:
    base = httpx.URL(REQUESTS["base_url"])
    assert request.url.host == base.host
    assert request.url.path.startswith(base.path)
    content = request.read()
    return {
        "method": request.method,
        "path": request.url.path[len(base.path) :] or "/",
        "query": dict(request.url.params),
        "json": json.loads(content) if content else None,
    }


@pytest.mark.parametrize("kind", HELPERS)
@pytest.mark.parametrize("case", cases("requests.json"))
def test_request(case: dict[str, Any], kind: str) -> None:
    seen: list[httpx.Request] = []
    response = REQUESTS["responses"].get(case.get("response", ""), {"status": 500, "body": None})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(response["status"], json=response["body"])

    call = case["call"]
    run = functools.partial(
        drive,
        kind,
        call["method"],
        call["args"],
        handler,
        clock=case["clock"],
        unknown_properties=case.get("unknown_properties", "warn"),
    )

    if "error" in case:
        assert case["error"] == "invalid_argument"
        with pytest.raises((DailyValidationError, TypeError)):
            run(api_key=REQUESTS["api_key"])
        assert seen == [], "nothing is sent for a bad argument"
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(api_key=REQUESTS["api_key"])
    reported = [w for w in caught if issubclass(w.category, UnknownPropertyWarning)]
    if case.get("warns"):
        assert len(reported) == 1
        for path in case["warns"]:
            assert repr(path) in str(reported[0].message)
    else:
        assert reported == []
    deprecated = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    if "warning" in case:
        assert case["warning"]["category"] == "DeprecationWarning"
        assert len(deprecated) == 1
        assert re.search(case["warning"]["match"], str(deprecated[0].message))
    else:
        assert deprecated == []
    assert len(seen) == 1
    assert _recorded(seen[0]) == case["request"]
    headers = dict(REQUESTS["headers"])
    if case["request"]["json"] is not None:
        headers.update(REQUESTS["json_headers"])
    for name, value in headers.items():
        assert seen[0].headers.get(name) == value, name


# --- errors.json ---------------------------------------------------------------------------

ERRORS = load("errors.json")
_TRANSPORT_ERRORS: dict[str, type[httpx.TransportError]] = {
    "connect_failed": httpx.ConnectError,
    "read_timeout": httpx.ReadTimeout,
    "connection_dropped": httpx.RemoteProtocolError,
}


@pytest.mark.parametrize("kind", HELPERS)
@pytest.mark.parametrize("case", cases("errors.json"))
def test_error(case: dict[str, Any], kind: str) -> None:
    operation = ERRORS["operations"][case["operation"]]
    script = case["responses"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answer = script[min(len(seen), len(script) - 1)]
        seen.append(request)
        assert request.method == operation["method"]
        assert request.url.path == "/v1" + operation["path"]
        if "transport_error" in answer:
            raise _TRANSPORT_ERRORS[answer["transport_error"]]("scripted", request=request)
        return httpx.Response(
            answer["status"], headers=answer.get("headers"), content=answer["body"].encode()
        )

    sleeps: list[float] = []
    expect = case["expect"]

    run = functools.partial(
        drive,
        kind,
        case["operation"],
        operation["args"],
        handler,
        clock=ERRORS["clock"],
        api_key=ERRORS["api_key"],
        sleeps=sleeps,
        max_retries=ERRORS["max_retries"],
    )

    if "error" in expect:
        with pytest.raises(errors.DailyError) as caught:
            run()
        exc = caught.value
        assert type(exc).__name__ == expect["error"]
        if isinstance(exc, errors.DailyAPIError):
            assert exc.status_code == expect["status_code"]
            assert exc.error_type == expect["error_type"]
            if "info" in expect:
                assert exc.info == expect["info"]
            if "retry_after" in expect:
                assert exc.retry_after == expect["retry_after"]
    else:
        result = run()
        if expect["result"] != "ok":
            assert result == expect["result"]
    assert len(seen) == expect["attempts"]
    assert len(sleeps) == expect["attempts"] - 1
    if "sleeps" in expect:
        assert sleeps == expect["sleeps"]
    assert all(0 <= s <= ERRORS["retry_after_cap"] for s in sleeps)


# --- retry_after.json ----------------------------------------------------------------------

RETRY_AFTER = load("retry_after.json")


@pytest.mark.parametrize("case", cases("retry_after.json"))
def test_retry_after(case: dict[str, Any]) -> None:
    seconds = parse_retry_after(case["header"], now=RETRY_AFTER["clock"])
    assert seconds == case["seconds"]


# --- bulk_deletes.json ---------------------------------------------------------------------

BULK = load("bulk_deletes.json")


def _names(items: list[Any]) -> list[str]:
    """A list of names with every ``{"$range": [P, A, B]}`` spelled out: P+A … P+(B-1)."""
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            prefix, start, stop = item["$range"]
            names.extend(f"{prefix}{number}" for number in range(start, stop))
        else:
            names.append(item)
    return names


def _expected_outcomes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes: list[dict[str, Any]] = []
    for item in items:
        if "$range" in item:
            fields = {key: value for key, value in item.items() if key != "$range"}
            outcomes.extend({"room": n, "name": n, **fields} for n in _names([item]))
        else:
            outcomes.append(item)
    return outcomes


def _outcome(outcome: DeleteOutcome) -> dict[str, Any]:
    """An outcome as the vectors write it."""
    seen: dict[str, Any] = {"room": outcome.room, "name": outcome.name, "status": outcome.status}
    error = outcome.error
    if isinstance(error, InvalidRoomURLError):
        seen.update(error="invalid_argument", url_error=error.kind)
    elif isinstance(error, InvalidRoomNameError):
        seen["error"] = "invalid_argument"
    elif error is not None:
        seen["error"] = type(error).__name__
        if isinstance(error, errors.DailyAPIError):
            seen["status_code"] = error.status_code
    return seen


def test_bulk_delete_constants_match_batch_py() -> None:
    assert BULK["max_batch"] == _batch.MAX_BATCH
    assert BULK["names_per_census_page"] == _batch.NAMES_PER_CENSUS_PAGE
    assert BULK["census_page_size"] == _batch._PAGE
    kinds = {
        outcome["error"]
        for case in BULK["cases"]
        for outcome in case["outcomes"]
        if "error" in outcome
    }
    assert kinds == set(BULK["error_kinds"]), "every kind has at least one vector"


@pytest.mark.parametrize("kind", HELPERS)
@pytest.mark.parametrize("case", cases("bulk_deletes.json"))
def test_bulk_delete(case: dict[str, Any], kind: str) -> None:
    """The case's rooms seeded in the fake (oldest first, a second apart), its faults scripted
    through the control API, then ``delete_rooms``: exactly the requests, the outcomes and the
    rooms left that the case gives."""
    from daily_helpers.testing import FakeDaily
    from daily_helpers.testing._control import control

    config = BULK["fake"]
    clock = config["clock"]
    fake = FakeDaily(
        api_key=config["api_key"], domain_name=config["domain_name"], clock=lambda: clock
    )
    before = _names(case["rooms_before"])
    ids = {
        name: fake.add_room(name, created_at=clock - len(before) + index)["id"]
        for index, name in enumerate(before)
    }
    for fault in case.get("faults", []):
        answer = control(fake, "POST", "/_fake/faults", json.dumps(fault).encode(), peer="::1")
        assert answer[0] == 200, answer
    policy = RetryPolicy(
        max_retries=BULK["max_retries"], max_rate_limit_retries=BULK["max_rate_limit_retries"]
    )
    rooms = _names(case["rooms"])
    sleeps: list[float] = []
    progress: list[tuple[str, int, int]] = []

    def on_progress(outcome: DeleteOutcome, done: int, total: int) -> None:
        progress.append((outcome.room, done, total))

    if kind == "sync":
        with fake.helper_sync(retry_policy=policy, sleep=sleeps.append) as daily:
            outcomes = daily.delete_rooms(rooms, on_progress=on_progress)
    else:

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async def run() -> list[DeleteOutcome]:
            async with fake.helper(retry_policy=policy, sleep=sleep) as daily:
                return await daily.delete_rooms(rooms, on_progress=on_progress)

        outcomes = asyncio.run(run())

    def expected(request: dict[str, Any]) -> dict[str, Any]:
        query = {
            key: ids[value["$id_of"]] if isinstance(value, dict) else value
            for key, value in request["query"].items()
        }
        body = request["json"]
        body = None if body is None else {"rooms": _names(body["rooms"])}
        return {**request, "query": query, "json": body}

    expected_requests = [expected(request) for request in case["requests"]]
    assert [
        {
            "method": r.method,
            "path": r.path,
            "query": dict(r.query),
            "json": r.json,
            "status": r.status,
        }
        for r in fake.requests
    ] == expected_requests
    assert [_outcome(outcome) for outcome in outcomes] == _expected_outcomes(case["outcomes"])
    assert fake.room_names() == sorted(_names(case["rooms_after"]))
    # One wait before each retry (a retry is the same request sent again at once), and only
    # through the injected sleep.
    sent = [{**request, "status": None} for request in expected_requests]
    retries = sum(a == b for a, b in itertools.pairwise(sent))
    assert len(sleeps) == retries
    assert sorted(room for room, _, _ in progress) == sorted(rooms)
    assert [(done, total) for _, done, total in progress] == [
        (done, len(rooms)) for done in range(1, len(rooms) + 1)
    ]
    assert fake.spec_errors == []


# --- fake_scenarios.json -------------------------------------------------------------------

SCENARIOS = load("fake_scenarios.json")
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
    "uuid": lambda v: isinstance(v, str) and re.fullmatch(_UUID, v) is not None,
    "jwt": lambda v: isinstance(v, str) and re.fullmatch(r"[\w-]+\.[\w-]+\.[\w-]+", v) is not None,
}


class Scenario:
    """One scenario's state: its time T (Unix seconds) and what it captured."""

    def __init__(self, start: int, domain_name: str) -> None:
        self.time = start
        self.vars: dict[str, Any] = {"domain_name": domain_name}

    def text(self, value: str) -> str:
        def one(found: re.Match[str]) -> str:
            name, _, how = found[1].partition(":")
            captured = str(self.vars[name])
            if how == "tampered":
                header, payload, signature = captured.split(".")
                first = "B" if signature[0] == "A" else "A"
                return f"{header}.{payload}.{first}{signature[1:]}"
            assert not how, found[0]
            return captured

        return re.sub(r"\{\{([^}]+)\}\}", one, value)

    def value(self, template: Any) -> Any:
        """A request value: ``$now_plus``, ``$ref`` and ``{{name}}`` resolved."""
        if isinstance(template, dict):
            if "$now_plus" in template:
                return self.time + template["$now_plus"]
            if "$ref" in template:
                return self.vars[template["$ref"]]
            return {k: self.value(v) for k, v in template.items()}
        if isinstance(template, list):
            return [self.value(v) for v in template]
        return self.text(template) if isinstance(template, str) else template

    def capture(self, expected: Any, actual: Any) -> None:
        """Take every ``$capture`` of a body first, so that a ``{{NAME}}`` or ``$ref`` in the
        same body may use it wherever it stands: key order never matters."""
        if _is_matcher(expected):
            if "$capture" in expected:
                self.vars[expected["$capture"]] = actual
        elif isinstance(expected, dict) and isinstance(actual, dict):
            for key, inner in expected.items():
                if key in actual:
                    self.capture(inner, actual[key])
        elif isinstance(expected, list) and isinstance(actual, list):
            for e, a in zip(expected, actual, strict=False):
                self.capture(e, a)

    def match(self, expected: Any, actual: Any, where: str = "body") -> None:
        """Assert ``actual`` matches ``expected`` (with matchers, captures already taken)."""
        if _is_matcher(expected):
            if "$now_plus" in expected or "$ref" in expected:
                self.match(self.value(expected), actual, where)
            if "$type" in expected:
                assert _TYPES[expected["$type"]](actual), f"{where}: {actual!r} is no {expected}"
            if "$regex" in expected:
                assert isinstance(actual, str), f"{where}: {actual!r} is not a string"
                assert re.search(expected["$regex"], actual), f"{where}: {actual!r} !~ {expected}"
            return
        if isinstance(expected, dict):
            assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
            keys = [k for k in expected if k != "$partial"]
            if not expected.get("$partial"):
                assert sorted(actual) == sorted(keys), f"{where}: keys {sorted(actual)}"
            for key in keys:
                assert key in actual, f"{where}.{key} is missing"
                self.match(expected[key], actual[key], f"{where}.{key}")
        elif isinstance(expected, list):
            assert isinstance(actual, list), f"{where}: {actual!r} is not an array"
            assert len(actual) == len(expected), f"{where}: {len(actual)} items: {actual!r}"
            for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
                self.match(e, a, f"{where}[{i}]")
        else:
            expected = self.text(expected) if isinstance(expected, str) else expected
            assert type(actual) is type(expected) or (
                _TYPES["number"](actual) and _TYPES["number"](expected)
            ), f"{where}: {actual!r} is not {expected!r}"
            assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def _is_matcher(expected: Any) -> bool:
    return (
        isinstance(expected, dict) and bool(expected) and all(k.startswith("$") for k in expected)
    )


def _self_sign(spec: dict[str, Any], scenario: Scenario, key: str) -> str:
    properties = scenario.value(spec["properties"])
    strict = tokens.check_signable(DailyMeetingTokenProperties(**properties).to_dict())
    claims = tokens.claims_from_properties(
        strict, domain_id=scenario.value(spec["domain_id"]), issued_at=scenario.value(spec["iat"])
    )
    return tokens.sign_claims(claims, key)


def play(
    scenario_doc: dict[str, Any],
    client: httpx.Client,
    *,
    start: int,
    advance: Callable[[int], None],
) -> None:
    """Run one scenario through ``client`` (whose base URL is the fake's ``.../v1``)."""
    config = SCENARIOS["fake"]
    key = config["api_key"]
    scenario = Scenario(start, config["domain_name"])
    auth = {
        "valid": {"Authorization": f"Bearer {key}"},
        "missing": {},
        "malformed": {"Authorization": f"Token {key}"},
        "wrong_key": {"Authorization": f"Bearer {key}-wrong"},
    }
    for number, step in enumerate(scenario_doc["steps"]):
        if "advance_clock" in step:
            scenario.time += step["advance_clock"]
            advance(step["advance_clock"])
            continue
        if "self_sign" in step:
            scenario.vars[step["capture"]] = _self_sign(step["self_sign"], scenario, key)
            continue
        request = step["request"]
        body = request.get("raw_body")
        if "json" in request:
            body = json.dumps(scenario.value(request["json"]))
        headers = dict(auth[request.get("auth", "valid")])
        if body is not None:
            headers["Content-Type"] = "application/json"
        response = client.request(
            request["method"],
            scenario.text(request["path"]).lstrip("/"),
            params={k: scenario.text(v) for k, v in request.get("query", {}).items()},
            content=body,
            headers=headers,
        )
        where = f"step {number} ({request['method']} {request['path']})"
        expected = step["response"]
        assert response.status_code == expected["status"], f"{where}: {response.text}"
        if "body" in expected:
            scenario.capture(expected["body"], response.json())
            scenario.match(expected["body"], response.json(), where)


@pytest.mark.parametrize(
    "scenario", load("fake_scenarios.json")["scenarios"], ids=lambda s: s["id"]
)
def test_fake_scenario(scenario: dict[str, Any]) -> None:
    from daily_helpers.testing import FakeDaily

    config = SCENARIOS["fake"]
    now = [float(config["clock"])]

    def advance(seconds: int) -> None:
        now[0] += seconds

    fake = FakeDaily(
        api_key=config["api_key"], domain_name=config["domain_name"], clock=lambda: now[0]
    )
    with httpx.Client(transport=fake.transport(), base_url="http://fake.invalid/v1/") as client:
        play(scenario, client, start=int(now[0]), advance=advance)
    assert fake.spec_errors == []


@pytest.fixture(scope="module")
def fake_serve() -> Iterator[str]:
    """One fake on a real port for every scenario, as a port runs ``fake serve``; each
    scenario resets it through the control API."""
    from daily_helpers.testing import FakeDailyServer

    config = SCENARIOS["fake"]
    with FakeDailyServer(api_key=config["api_key"], domain_name=config["domain_name"]) as server:
        yield server.base_url


@pytest.mark.parametrize("scenario", SCENARIOS["scenarios"], ids=lambda s: s["id"])
def test_fake_scenario_over_http(scenario: dict[str, Any], fake_serve: str) -> None:
    """Every scenario over HTTP through ``/v1`` and ``/_fake/`` only, as PORTING.md tells a
    port to play them: reset, stop the clock at ``fake.clock``, advance it through the API."""
    control_url = fake_serve.removesuffix("/v1") + "/_fake"
    with (
        httpx.Client(base_url=fake_serve + "/", timeout=30) as client,
        httpx.Client(base_url=control_url, timeout=30) as control,
    ):

        def clock(move: dict[str, int]) -> int:
            r = control.post("/clock", json=move)
            assert r.status_code == 200, r.text
            return int(r.json()["now"])

        assert control.post("/reset").status_code == 200
        start = clock({"set": SCENARIOS["fake"]["clock"]})
        play(scenario, client, start=start, advance=lambda n: clock({"advance": n}))
        assert all(e["status"] != 500 for e in control.get("/requests").json()["requests"])


# --- the JavaScript example: proof that the kit is language-neutral -------------------------


def test_javascript_example_passes_the_vectors() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH: conformance/examples/js was not run (needs Node.js 18+)")
    version = subprocess.run(
        [node, "--version"], capture_output=True, text=True, timeout=30, check=True
    ).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 18:
        pytest.skip(f"node {version} is older than 18: conformance/examples/js was not run")
    result = subprocess.run(
        [node, "run.mjs"],
        cwd=CONFORMANCE / "examples" / "js",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("room_urls.json", "tokens.json"):
        count = len(load(name)["cases"])
        assert f"{name}: {count}/{count} passed" in result.stdout.splitlines()


def test_schema_check_flags_broken_vectors(tmp_path: Path) -> None:
    """scripts/check-conformance (run by ./scripts/test) finds a vector its schema rejects,
    a duplicate id, and a vector file without a schema."""
    import importlib.util
    from importlib.machinery import SourceFileLoader

    script = CONFORMANCE.parent / "scripts" / "check-conformance"
    loader = SourceFileLoader("check_conformance", str(script))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    checker = importlib.util.module_from_spec(spec)
    loader.exec_module(checker)
    shutil.copytree(CONFORMANCE / "schemas", tmp_path / "schemas")
    assert checker.check(CONFORMANCE) == []
    urls = load("room_urls.json")
    urls["cases"][0]["error"] = "no_such_kind"
    urls["cases"][2]["id"] = urls["cases"][1]["id"]
    (tmp_path / "room_urls.json").write_text(json.dumps(urls), encoding="utf-8")
    (tmp_path / "extra.json").write_text("{}", encoding="utf-8")
    problems = "\n".join(checker.check(tmp_path))
    assert "cases/0" in problems
    assert f"duplicate case ids ['{urls['cases'][1]['id']}']" in problems
    assert "extra.json: no schema" in problems
    assert "requests.schema.json: a schema with no vector file" in problems
