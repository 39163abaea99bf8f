"""scripts/spec-drift on small synthetic spec pairs: what it names, how it classifies against
x-deliberate-differences, its exit codes and its JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "spec-drift"


def room_properties(**extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "exp": {"type": "integer"},
            "geo": {"type": "string", "enum": ["us-west-2", "eu-central-1"]},
            "sip": {"type": "object", "properties": {"display_name": {"type": "string"}}},
            **extra,
        },
    }


def spec(
    properties: dict[str, Any], *, more_paths: dict[str, Any] | None = None, **top: Any
) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}}
    ok = {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"name": {"type": "string"}}}
            }
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/rooms": {
                "post": {"operationId": "create", "requestBody": body, "responses": {"200": ok}}
            },
            **(more_paths or {}),
        },
        "components": {
            "schemas": {
                "Create": {
                    "type": "object",
                    "properties": {"properties": {"$ref": "#/components/schemas/Props"}},
                },
                "Props": properties,
            }
        },
        **top,
    }


def run(
    tmp_path: Path, daily: dict[str, Any], ours: dict[str, Any], *args: str
) -> subprocess.CompletedProcess[str]:
    (tmp_path / "daily.json").write_text(json.dumps(daily))
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(ours))
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT.with_name("spec_drift.py")),
            str(tmp_path / "daily.json"),
            "--ours",
            str(tmp_path / "ours.yaml"),
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_no_drift_exits_0(tmp_path: Path) -> None:
    done = run(tmp_path, spec(room_properties()), spec(room_properties()))
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip() == "no drift (0 deliberate differences)"


def test_names_new_properties_enum_values_and_operations(tmp_path: Path) -> None:
    nested = {
        "type": "object",
        "properties": {
            "display_name": {"type": "string"},
            "dialin_config": {
                "type": "object",
                "properties": {"hold_music_enabled": {"type": "boolean"}},
            },
        },
    }
    daily = spec(
        room_properties(
            sip=nested,
            new_flag={"type": "boolean"},
            geo={"type": "string", "enum": ["us-west-2", "eu-central-1", "ap-south-1"]},
        ),
        more_paths={
            "/rooms/{name}/eject": {"post": {"operationId": "Eject", "responses": {}}},
            "/recordings": {"get": {"operationId": "out-of-scope", "responses": {}}},
        },
    )
    done = run(tmp_path, daily, spec(room_properties()), "--json")
    assert done.returncode == 1
    found = json.loads(done.stdout)
    assert found["deliberate"] == []
    assert sorted((f["kind"], f["side"], f["where"], f["detail"]) for f in found["drift"]) == [
        ("enum", "daily", "POST /rooms request properties.geo", '"ap-south-1"'),
        ("operation", "daily", "POST /rooms/{name}/eject", "Eject"),
        ("property", "daily", "POST /rooms request properties.new_flag", ""),
        ("property", "daily", "POST /rooms request properties.sip.dialin_config", ""),
        (
            "property",
            "daily",
            "POST /rooms request properties.sip.dialin_config.hold_music_enabled",
            "",
        ),
    ]


def test_names_what_daily_dropped_and_classifies_deliberate(tmp_path: Path) -> None:
    rules = [
        {
            "kind": "property",
            "side": "ours",
            "where": "* request properties.owner_only_broadcast",
            "why": "ours on purpose",
        },
        {"kind": "default", "where": "* request *", "why": "no defaults in requests"},
    ]
    daily = spec(room_properties(exp={"type": "integer", "default": 0}))
    ours = spec(
        room_properties(owner_only_broadcast={"type": "boolean"}, legacy={"type": "boolean"}),
        **{"x-deliberate-differences": rules},
    )
    done = run(tmp_path, daily, ours)
    assert done.returncode == 1
    assert "openapi/daily.yaml has, Daily's document lacks" in done.stdout
    assert "  property  POST /rooms request properties.legacy" in done.stdout
    assert "properties.owner_only_broadcast  -- ours on purpose" in done.stdout
    assert "properties.exp: Daily 0, ours none  -- no defaults in requests" in done.stdout
    assert done.stdout.endswith("1 drift finding(s), 2 deliberate\n")


def test_everything_deliberate_exits_0(tmp_path: Path) -> None:
    rules = [
        {"kind": "enum", "side": "daily", "where": "POST /rooms request properties.geo", "why": "x"}
    ]
    daily = spec(
        room_properties(geo={"type": "string", "enum": ["us-west-2", "eu-central-1", "new"]})
    )
    done = run(
        tmp_path, daily, spec(room_properties(), **{"x-deliberate-differences": rules}), "--json"
    )
    assert done.returncode == 0
    assert [f["detail"] for f in json.loads(done.stdout)["deliberate"]] == ['"new"']


@pytest.mark.parametrize("bad", ["missing.json", "not-openapi.json"])
def test_unreadable_documents_exit_2(tmp_path: Path, bad: str) -> None:
    (tmp_path / "not-openapi.json").write_text('{"hello": 1}')
    done = subprocess.run(
        [str(SCRIPT), str(tmp_path / bad)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.startswith("spec-drift: ")


def test_our_spec_lists_its_deliberate_differences() -> None:
    ours = yaml.safe_load((SCRIPT.parent.parent / "openapi/daily.yaml").read_text())
    rules = ours["x-deliberate-differences"]
    assert {r["kind"] for r in rules} >= {"status", "default", "operation", "property"}
    assert all(r["why"] for r in rules)
