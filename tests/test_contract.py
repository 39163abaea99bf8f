"""Contract tests: schemathesis property-tests the fake from openapi/daily.yaml (every
operation, all checks), so the spec and the fake cannot drift apart silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

schemathesis = pytest.importorskip("schemathesis")

from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    ignored_auth,
    missing_required_header,
)

from daily_helpers.testing import FakeDailyServer  # noqa: E402
from daily_helpers.testing._spec import spec_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
API_KEY = "contract-test-key-0123456789abcdef"
# The repository's schemathesis.toml (Daily's documented deviations from schemathesis'
# generic expectations, explained there), plus the key and a bound on the examples.
CONFIG = SchemathesisConfig.from_str(
    f"""
[auth.openapi.bearerAuth]
bearer = "{API_KEY}"

[generation]
mode = "all"
max-examples = 20

"""
    + (ROOT / "schemathesis.toml").read_text(encoding="utf-8")
)
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)


@pytest.fixture(scope="module")
def probe() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


@pytest.fixture(scope="module")
def server() -> Iterator[FakeDailyServer]:
    with FakeDailyServer(api_key=API_KEY) as running:
        yield running


# Off in schemathesis.toml (Daily answers a missing key with 400, not 401); excluded here
# too, as call_and_validate runs every check it is not told to skip. Daily's rule replaces
# them below, on every request and on every accepted one.
DAILY_AUTH_EXCLUDED = [missing_required_header, ignored_auth]


SEMANTIC_RULES = (
    "which is in the past rather than in the future",
    "already exists",
    "token",
    "nbf",
    "must be an integer",
    "larger than 4 KB",
    "no rooms were deleted",  # a batch naming a room that does not exist: all or nothing
    "needs an exp within 365 days",  # PIN dial-in
)


def daily_semantic_refusal(ctx, response, case) -> None:
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    authorized = "authorization" in {k.lower() for k in response.request.headers}
    if positive and authorized and response.status_code == 400:
        info = response.json().get("info", "")
        assert any(rule in info for rule in SEMANTIC_RULES), info


def daily_missing_authorization(ctx, response, case) -> None:
    if "authorization" not in {k.lower() for k in response.request.headers}:
        assert response.status_code == 400, response.status_code
        assert response.json()["error"] == "authorization-header-error"


@schema.parametrize()
def test_fake_conforms_to_spec(case, server: FakeDailyServer, probe: httpx.Client) -> None:
    response = case.call_and_validate(
        base_url=server.base_url,
        excluded_checks=DAILY_AUTH_EXCLUDED,
        additional_checks=[daily_missing_authorization, daily_semantic_refusal],
    )
    if 200 <= response.status_code < 300:
        # The same request without a key, and with a wrong one, must be refused.
        sent = response.request
        anonymous = probe.request(sent.method, sent.url, content=sent.body)
        assert anonymous.status_code == 400
        assert anonymous.json()["error"] == "authorization-header-error"
        wrong = probe.request(
            sent.method, sent.url, content=sent.body, headers={"Authorization": "Bearer wrong"}
        )
        assert (wrong.status_code, wrong.json()) == (401, {"error": "authentication-error"})
