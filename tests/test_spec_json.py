"""openapi/daily.json: the YAML spec as JSON for ports, in the YAML's key order, drift-checked
by scripts/spec-json --check (run by scripts/regenerate --check)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    loader = SourceFileLoader("spec_json", str(ROOT / "scripts" / "spec-json"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _keys_in_order(node: object) -> list[object]:
    if isinstance(node, dict):
        return [[key, _keys_in_order(value)] for key, value in node.items()]
    if isinstance(node, list):
        return [_keys_in_order(item) for item in node]
    return []


def test_the_committed_json_is_the_yaml_in_its_order():
    text = (ROOT / "openapi" / "daily.json").read_text(encoding="utf-8")
    document = yaml.safe_load((ROOT / "openapi" / "daily.yaml").read_text(encoding="utf-8"))
    parsed = json.loads(text)
    assert parsed == document
    assert _keys_in_order(parsed) == _keys_in_order(document)
    assert text.startswith('{\n  "openapi": "3.1.0",\n')
    assert text.endswith("}\n")
    assert _script().main(["--check"]) == 0


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    (tmp_path / "openapi").mkdir()
    for name in ("daily.yaml", "daily.json"):
        shutil.copy(ROOT / "openapi" / name, tmp_path / "openapi" / name)
    return tmp_path


def test_check_names_a_stale_or_missing_json(copy: Path, capsys: pytest.CaptureFixture[str]):
    script = _script()
    yaml_path = copy / "openapi" / "daily.yaml"
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "1.0.1"', 1),
        encoding="utf-8",
    )
    assert script.main(["--check"], root=copy) == 1
    assert "changed: openapi/daily.json" in capsys.readouterr().err
    assert script.main([], root=copy) == 0
    assert json.loads((copy / "openapi" / "daily.json").read_text())["info"]["version"] == "1.0.1"
    assert script.main(["--check"], root=copy) == 0
    (copy / "openapi" / "daily.json").unlink()
    assert script.main(["--check"], root=copy) == 1
    assert "missing (generator makes it, not committed): openapi/daily.json" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [
        ("x-when: 2026-01-01\n", "x-when: datetime.date(2026, 1, 1) has no JSON spelling"),
        ("x-codes: {200: ok}\n", "key 200 is not a string"),
    ],
)
def test_yaml_without_a_json_spelling_is_refused(copy: Path, snippet: str, problem: str):
    yaml_path = copy / "openapi" / "daily.yaml"
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8") + snippet, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(problem)):
        _script().main([], root=copy)
