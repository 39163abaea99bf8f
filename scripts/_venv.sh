# Sourced by the scripts: create or reuse .venv and install the pinned dependencies.
# Reinstalls only when requirements/dev.lock or pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating $VENV" >&2
  "$PY" -m venv "$VENV"
fi
stamp_want="$(cat requirements/dev.lock pyproject.toml | sha256sum | cut -d' ' -f1)"
stamp_file="$VENV/.daily-helpers-installed"
if [ "$(cat "$stamp_file" 2>/dev/null || true)" != "$stamp_want" ]; then
  echo "==> installing pinned dependencies into .venv" >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e .
  echo "$stamp_want" > "$stamp_file"
fi
export PATH="$VENV/bin:$PATH"
