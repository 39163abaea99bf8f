"""A real, throwaway Redis server on 127.0.0.1 for the shared-limiter tests.

``scripts/ensure-redis`` installs ``redis-server`` (``./scripts/test`` runs it first); where
it truly could not, the tests that need Redis skip with this module's loud message.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

MISSING = (
    "redis-server is not installed and scripts/ensure-redis could not install it: "
    "the Redis rate-limiter tests are SKIPPED (install redis-server 7.x to run them)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start(tmp: Path, port: int | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``redis-server`` in ``tmp`` (no persistence), on ``port`` or a free one; its
    process and ``redis://`` URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(MISSING)
    port = port if port is not None else free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
    args += ["no", "--dir", str(tmp), "--logfile", str(tmp / "redis.log")]
    proc = subprocess.Popen(args, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while not _ping(port):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            log = (tmp / "redis.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"redis-server did not start on port {port}:\n{log}")
        time.sleep(0.02)
    return proc, f"redis://127.0.0.1:{port}/0"


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``redis://127.0.0.1:PORT/0`` of a Redis server started for this test session."""
    proc, url = start(tmp_path_factory.mktemp("redis"))
    try:
        yield url
    finally:
        stop(proc)
