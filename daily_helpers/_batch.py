"""Bulk deletes through ``DELETE /batch/rooms``, as a sans-IO operation (see :mod:`._engine`).

Daily deletes up to 1,000 rooms per batch call, all or nothing: one name that is not a live
room (already deleted, expired, never made) and the batch deletes none (Daily answers 400).
So a batch that fails with a 4xx is split to find the names that spoil it:

1. **Census.** The first time a batch fails, the rooms of the domain are listed
   (``GET /rooms``, the general rate limit) if that takes at most one page per
   :data:`NAMES_PER_CENSUS_PAGE` names still to delete. The listed names are sent again as one
   batch; the others each get their own ``DELETE /rooms/{name}``, whose 404 is ``already_gone``.
2. **Bisection**, when the census is too dear, failed, or was wrong (a room deleted meanwhile,
   or a batch refused for another reason): a failed group is halved and each half sent as a
   batch; a group of one is a single ``DELETE /rooms/{name}``. When the first half of a failed
   group succeeds, the second must hold the culprit and is split without being sent whole.
   One bad name among ``n`` costs about ``2 log2 n`` calls, never ``n``.

A batch refused with 401, 403 or 429 (after the retries its policy allows), or that fails
with a 5xx or a connection error after its retries, is not split: splitting would repeat the
same failure many times over. Each of its rooms gets that error as its outcome. A batch is
idempotent (deleting rooms that are gone is refused, never doubled), so it is retried like a
GET. A batch whose answer was lost after Daily deleted its rooms is sent again and refused;
the split then finds every room gone: those rooms end ``already_gone``, not ``deleted``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Literal

from daily_openapi_client.api.rooms import delete_rooms_batch as api_delete_rooms_batch
from daily_openapi_client.models import DeleteRoomsBatchRequest, RoomsBatchDeleted

from . import _rooms
from ._calls import call, json_object
from ._engine import Call, Context, Operation, perform
from .errors import DailyAPIError, DailyError, DailyValidationError
from .urls import check_room_name

__all__ = [
    "MAX_BATCH",
    "NAMES_PER_CENSUS_PAGE",
    "delete_rooms_batch",
    "delete_rooms_op",
]

#: Daily's limit of names per ``DELETE /batch/rooms``.
MAX_BATCH = 1000
#: The census is taken when listing the domain costs at most one page (100 rooms) per this
#: many names still to delete: for 1,000 names, a domain of up to 2,000 rooms.
NAMES_PER_CENSUS_PAGE = 50
_PAGE = 100
#: Statuses of a refused batch that say nothing about its names: not worth splitting.
_NOT_ABOUT_NAMES = frozenset({401, 403, 429})

Status = Literal["deleted", "already_gone", "error"]
#: Called once per name as soon as its outcome is known: (name, status, error).
Report = Callable[[str, Status, DailyError | None], None]


def _deleted_count(data: Any) -> int:
    count = RoomsBatchDeleted.from_dict(json_object(data)).deleted_count
    if isinstance(count, bool) or not isinstance(count, int):
        raise TypeError("deleted_count is not an integer")
    return count


def delete_rooms_batch(names: Sequence[str]) -> Call[int]:
    """``DELETE /batch/rooms`` for 1 to 1,000 valid room names; answers ``deleted_count``."""
    if isinstance(names, str) or not 1 <= len(names) <= MAX_BATCH:
        raise DailyValidationError(f"a batch delete takes 1 to {MAX_BATCH} room names")
    rooms = [check_room_name(name) for name in names]
    built = api_delete_rooms_batch.build_request(body=DeleteRoomsBatchRequest(rooms=rooms))
    return call(built, _deleted_count, bucket="room_delete")


def _splits(error: DailyError) -> bool:
    """Whether a refused batch may owe its failure to some of its names."""
    return (
        isinstance(error, DailyAPIError)
        and 400 <= error.status_code < 500
        and error.status_code not in _NOT_ABOUT_NAMES
    )


class _BulkDelete:
    """One bulk delete: the names still pending, and the census once taken."""

    def __init__(self, ctx: Context, report: Report, pending: int) -> None:
        self.ctx = ctx
        self.report = report
        self.pending = pending
        self.census_tried = False

    def done(self, names: Sequence[str], status: Status, error: DailyError | None = None) -> None:
        for name in names:
            self.pending -= 1
            self.report(name, status, error)

    def single(self, name: str) -> Operation[None]:
        """``DELETE /rooms/{name}``: 404 is ``already_gone``."""
        try:
            deleted = yield from _rooms.delete_room(name, self.ctx)
        except DailyError as exc:
            self.done([name], "error", exc)
        else:
            self.done([name], "deleted" if deleted else "already_gone")

    def group(self, names: Sequence[str], *, known_bad: bool = False) -> Operation[bool]:
        """Delete ``names`` (at most :data:`MAX_BATCH`); ``known_bad``: a batch of them is
        known to fail, so split at once. True when one batch deleted them all."""
        if len(names) == 1:
            yield from self.single(names[0])
            return False
        if not known_bad:
            try:
                yield from perform(delete_rooms_batch(names), self.ctx)
            except DailyError as exc:
                if not _splits(exc):
                    self.done(names, "error", exc)
                    return False
            else:
                self.done(names, "deleted")
                return True
        yield from self.split(names)
        return False

    def split(self, names: Sequence[str]) -> Operation[None]:
        """Find the names that spoil a batch of ``names``: by census (once), else bisection."""
        if not self.census_tried:
            self.census_tried = True
            live = yield from self.census()
            if live is not None:
                listed = [name for name in names if name in live]
                unlisted = [name for name in names if name not in live]
                if unlisted:  # else the census cannot explain the failure: bisect
                    if listed:
                        yield from self.group(listed)
                    for name in unlisted:
                        yield from self.single(name)
                    return
        middle = len(names) // 2
        first_clean = yield from self.group(names[:middle])
        # The first half went in one batch: the culprit is in the second.
        yield from self.group(names[middle:], known_bad=first_clean)

    def census(self) -> Operation[set[str] | None]:
        """The names of the domain's live rooms, or ``None`` when listing them would cost more
        than :data:`NAMES_PER_CENSUS_PAGE` allows (or fails)."""
        budget = max(1, self.pending // NAMES_PER_CENSUS_PAGE)
        live: set[str] = set()
        cursor: str | None = None
        total = 0
        try:
            while True:
                call = _rooms.list_rooms(limit=_PAGE, starting_after=cursor, ending_before=None)
                page = yield from perform(call, self.ctx)
                if cursor is None:
                    total = page.total_count
                    if math.ceil(total / _PAGE) > budget:
                        return None
                live.update(room.name for room in page.rooms)
                cursor = page.next_cursor
                # Done at the last page, or once the first page's total_count rooms are listed
                # (a full last page still has a next cursor: the census that was paid for
                # counts, and the empty page after it is not fetched).
                if cursor is None or len(live) >= total:
                    return live
                budget -= 1
                if budget <= 0:  # the domain grew while listing: stop paying
                    return None
        except DailyError:
            return None


def delete_rooms_op(names: Sequence[str], ctx: Context, report: Report) -> Operation[None]:
    """Delete ``names`` (valid and distinct) in batches of up to :data:`MAX_BATCH`, calling
    ``report`` once per name as its outcome becomes known."""
    bulk = _BulkDelete(ctx, report, len(names))
    for start in range(0, len(names), MAX_BATCH):
        yield from bulk.group(names[start : start + MAX_BATCH])
