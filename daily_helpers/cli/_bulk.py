"""Bulk deletes (``rooms delete``, ``rooms prune``): Ctrl-C stops them within a second and the
caller reports what was done; on a terminal, a progress bar (rich, the ``cli`` extra) shows an
ETA and says when it is waiting for Daily's rate limit.

The helper is built with an interruptible ``sleep`` and a limiter that reports its waits, so a
worker thread that waits for Daily's limit (up to 30 s for deletes) wakes at once on Ctrl-C,
and no request starts after it."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._batch import MAX_BATCH
from .._rate_limit import DAILY_RATE_LIMITS, RateLimits, RateLimitSlot, SlidingWindowLimiter

if TYPE_CHECKING:
    from .._base import DeleteOutcome
    from .._helper_sync import DailyRESTHelperSync

__all__ = ["BulkDelete", "Stopped"]

#: The limits the CLI keeps (tests shorten the windows).
LIMITS: RateLimits = DAILY_RATE_LIMITS


class Stopped(Exception):
    """Raised in a worker after Ctrl-C, instead of waiting or sending."""


class BulkDelete:
    """One bulk delete's interruptible waits, rate-limit watch and progress.

    Build the helper with ``helper_options()``; then ``run(daily, names)``."""

    def __init__(self, *, concurrency: int, show_progress: bool) -> None:
        self.concurrency = concurrency
        self.show_progress = show_progress
        self.stop = threading.Event()
        self.done: list[DeleteOutcome] = []
        self._lock = threading.Lock()
        self._waits: dict[int, float] = {}  # thread -> until when it waits (Unix s)
        self._limiter = SlidingWindowLimiter(LIMITS, clock=time.time)
        #: Called when a worker starts waiting for the rate limit (the bar redraws).
        self.on_wait: Callable[[], None] = lambda: None

    # --- what the helper is given -------------------------------------------------------

    def helper_options(self) -> dict[str, Any]:
        return {"sleep": self._sleep, "rate_limits": self}

    def _sleep(self, seconds: float) -> None:
        if self.stop.wait(seconds):
            raise Stopped

    def acquire(self, bucket: str, sleep: Callable[[float], None]) -> RateLimitSlot:
        """The :class:`~daily_helpers.RateLimiter` face: Daily's limits, with each wait
        recorded for the progress bar; nothing is sent once stopped."""
        if self.stop.is_set():
            raise Stopped

        def watched(seconds: float) -> None:
            thread = threading.get_ident()
            with self._lock:
                self._waits[thread] = time.time() + seconds
            self.on_wait()
            try:
                sleep(seconds)
            finally:
                with self._lock:
                    self._waits.pop(thread, None)

        slot = self._limiter.acquire(bucket, watched)
        if self.stop.is_set():
            self._limiter.release(slot, sent=False)
            raise Stopped
        return slot

    def release(self, slot: RateLimitSlot, *, sent: bool) -> None:
        self._limiter.release(slot, sent=sent)

    def pause(self, bucket: str, seconds: float) -> None:
        self._limiter.pause(bucket, seconds)

    async def acquire_async(
        self, bucket: str, sleep: Callable[[float], Awaitable[None]]
    ) -> RateLimitSlot:
        raise NotImplementedError("the CLI uses the blocking helper")

    async def release_async(self, slot: RateLimitSlot, *, sent: bool) -> None:
        raise NotImplementedError("the CLI uses the blocking helper")

    async def pause_async(self, bucket: str, seconds: float) -> None:
        raise NotImplementedError("the CLI uses the blocking helper")

    def waiting(self) -> str | None:
        """What the workers are waiting for, if they all are (for the progress bar)."""
        with self._lock:
            if not self._waits:
                return None
            until = max(self._waits.values())
        return f"· waiting {max(0.0, until - time.time()):.0f}s: Daily's rate limit"

    # --- running ------------------------------------------------------------------------

    def run(self, daily: DailyRESTHelperSync, names: Sequence[str]) -> bool:
        """Delete ``names``; ``self.done`` holds each finished outcome. ``False`` when Ctrl-C
        stopped it (no request started after that)."""
        with self._progress(len(names)) as advance, self._sigint():
            try:
                daily.delete_rooms(names, concurrency=self.concurrency, on_progress=advance)
            except (KeyboardInterrupt, Stopped):
                self.stop.set()
                return False
        return True

    @contextlib.contextmanager
    def _sigint(self) -> Iterator[None]:
        """Ctrl-C sets ``stop`` before the KeyboardInterrupt, so that waiting workers wake."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def interrupted(signum: int, frame: object) -> None:
            self.stop.set()
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGINT, interrupted)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    @contextlib.contextmanager
    def _progress(self, total: int) -> Iterator[Callable[[DeleteOutcome, int, int], None]]:
        bar = _Bar(self, total) if self.show_progress else None

        def advance(outcome: DeleteOutcome, done: int, total: int) -> None:
            with self._lock:
                self.done.append(outcome)
            if bar is not None:
                bar.advance()

        if bar is None:
            yield advance
            return
        with bar:
            yield advance


def progress_available() -> bool:
    """A progress bar needs a terminal on stderr and rich (the ``cli`` extra)."""
    if not sys.stderr.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


class _Bar:
    """rich's progress bar, within 80 columns: done/total, an ETA that knows Daily's delete
    limit, and what it is waiting for."""

    def __init__(self, bulk: BulkDelete, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
        )
        from rich.text import Text

        started = time.time()
        limit = LIMITS.room_delete

        class Eta(ProgressColumn):
            """The later of rich's estimate (from the speed so far) and the earliest time
            Daily's delete limit allows the last batch (of up to 1,000 rooms) to go."""

            def render(self, task: Task) -> Text:
                remaining = task.total - task.completed if task.total is not None else 0
                if remaining <= 0:
                    return Text("")
                batches = -(-total // MAX_BATCH)
                by_limit = started + ((batches - 1) // limit.requests) * limit.per_seconds
                estimates = [by_limit - time.time(), task.time_remaining or 0.0]
                return Text(f"ETA {_clock(max(estimates))}", style="progress.remaining")

        class Waiting(ProgressColumn):
            def render(self, task: Task) -> Text:
                return Text(bulk.waiting() or "", style="yellow")

        self._progress = Progress(
            TextColumn("deleting"),
            BarColumn(bar_width=16),
            MofNCompleteColumn(),
            Eta(),
            Waiting(),
            console=console(),
            refresh_per_second=4,
        )
        self._task = self._progress.add_task("deleting", total=total)
        bulk.on_wait = self._progress.refresh

    def __enter__(self) -> _Bar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def advance(self) -> None:
        self._progress.advance(self._task)


def console() -> Any:
    """rich's console on stderr (tests give one of their own)."""
    from rich.console import Console

    return Console(stderr=True)


def _clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"
