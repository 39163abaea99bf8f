"""``import daily_helpers`` (and its helpers) never imports what only the command needs: the
CLI package, its progress bar (rich) and its shell completion (argcomplete).

(httpx's own ``__init__`` imports its command-line tool, and with it rich, whenever click,
pygments and rich are installed; for the sync helper, which uses httpx, the check subtracts
what ``import httpx`` alone loads.)"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLI_ONLY = ("daily_helpers.cli", "rich", "argcomplete")


def _modules(statement: str) -> set[str]:
    code = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out))


@pytest.mark.parametrize(
    ("statement", "baseline"),
    [
        ("import daily_helpers", ""),
        ("from daily_helpers import DailyRESTHelper", ""),
        (
            "from daily_helpers import DailyRESTHelperSync, DailyRoomParams, NotFoundError",
            "import httpx",
        ),
    ],
)
def test_the_library_imports_no_cli_dependency(statement: str, baseline: str) -> None:
    loaded = _modules(statement) - _modules(baseline)
    assert "daily_helpers" in loaded
    assert sorted(m for m in loaded if m.startswith(CLI_ONLY)) == []


def test_the_check_sees_a_cli_import() -> None:
    code = "import daily_helpers.cli._bulk, sys; print('rich' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # rich loads only when a bar is drawn
    code = (
        "from daily_helpers.cli import main; import sys; print('daily_helpers.cli' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
