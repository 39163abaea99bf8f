"""pipecat's own ``DailyRESTHelper`` walks its full flow against ``daily-helpers fake serve``.

    .bench-venv/bin/python -m benchmarks.pipecat_flow      (scripts/bench makes .bench-venv)

Proof that the fake serves a client nobody here wrote, unchanged: create a room (with the
float ``exp`` pipecat's runner sends), mint a token, look the room up by URL, delete it by URL,
delete it again (404 tolerated). Exits non-zero on the first step that does not hold.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

from benchmarks.clients import API_KEY


def _start_fake() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.fake_server"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("READY "):
        proc.kill()
        raise SystemExit(f"the fake did not start: {line!r}")
    return proc, line.split(" ", 1)[1]


async def _flow(base_url: str) -> None:
    import aiohttp
    from pipecat.transports.daily.utils import (
        DailyRESTHelper,
        DailyRoomParams,
        DailyRoomProperties,
    )

    async with aiohttp.ClientSession() as session:
        helper = DailyRESTHelper(
            daily_api_key=API_KEY, daily_api_url=base_url, aiohttp_session=session
        )
        params = DailyRoomParams(
            properties=DailyRoomProperties(exp=time.time() + 600, eject_at_room_exp=True)
        )
        room = await helper.create_room(params)
        print(f"create_room        -> {room.url} (exp {room.config.exp})")
        token = await helper.get_token(room.url, expiry_time=600)
        print(f"get_token          -> {token[:24]}… ({len(token)} characters)")
        again = await helper.get_room_from_url(room.url)
        assert again.name == room.name, (again, room)
        print(f"get_room_from_url  -> {again.name}, privacy {again.privacy}")
        assert await helper.delete_room_by_url(room.url) is True
        print("delete_room_by_url -> True")
        assert await helper.delete_room_by_url(room.url) is True
        print("delete again       -> True (404 tolerated)")
        try:
            await helper.get_room_from_url(room.url)
        except Exception as exc:  # pipecat raises a bare Exception
            print(f"get after delete   -> {type(exc).__name__}: {exc}")
        else:
            raise AssertionError("the room is still there after delete")


def main() -> None:
    proc, base_url = _start_fake()
    try:
        print(f"fake Daily at {base_url}")
        asyncio.run(_flow(base_url))
        print("pipecat's helper ran its full flow against the fake: OK")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
