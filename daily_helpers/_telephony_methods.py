"""The telephony methods of both helpers (SIP clients, pinless dial-in, eject, app messages,
domain presence), as mixins over the shared calls in :mod:`daily_helpers._telephony`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._engine import Call, Context, Operation
    from .sip import DailySIPClientObject, DailySIPClientPage, DailySIPClientParams

__all__ = ["TelephonyMethods", "TelephonyMethodsSync"]

T = TypeVar("T")

#: ``iter_sip_clients``'s default page size (Daily's maximum).
SIP_PAGE_SIZE = 100


class TelephonyMethods:
    """``DailyRESTHelper``'s telephony methods."""

    if TYPE_CHECKING:
        _ctx: Context

        async def _run(self, work: Call[T] | Operation[T]) -> T: ...

    # --- SIP clients (pipecat's names) ----------------------------------------------------

    async def create_sip_client(self, params: DailySIPClientParams) -> DailySIPClientObject:
        """Create a SIP client (``POST /sip-clients``), sending only the set fields. The
        answer is the only one (with rotate's) that holds the password. A taken username is
        a :class:`~daily_helpers.ConflictError`, the domain's limit a
        :class:`~daily_helpers.ForbiddenError`. Not retried once it may have reached Daily."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.create_sip_client(params)
        return await self._run(_telephony.sip_operation(call, self._ctx, params.password))

    async def list_sip_clients(
        self, limit: int | None = None, offset: int | None = None
    ) -> DailySIPClientPage:
        """One page of SIP clients (``GET /sip-clients``), without passwords; only the
        parameters given go in the query (Daily's default limit is 50)."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.list_sip_clients(limit=limit, offset=offset)
        return await self._run(_telephony.sip_operation(call, self._ctx))

    async def iter_sip_clients(
        self, *, page_size: int = SIP_PAGE_SIZE
    ) -> AsyncIterator[DailySIPClientObject]:
        """Every SIP client, a page (offset pagination) at a time."""
        offset = 0
        while True:
            page = await self.list_sip_clients(limit=page_size, offset=offset)
            for client in page.sip_clients:
                yield client
            offset += len(page.sip_clients)
            if len(page.sip_clients) < page_size or offset >= page.total:
                return

    async def get_sip_client(self, username: str) -> DailySIPClientObject:
        """A SIP client by username, without its password; 404: NotFoundError."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.get_sip_client(username)
        return await self._run(_telephony.sip_operation(call, self._ctx))

    async def delete_sip_client(self, username: str) -> bool:
        """Delete a SIP client; ``True`` also when it was already gone (404)."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.delete_sip_client(username)
        return await self._run(_telephony.deleted_sip_client_operation(call, self._ctx))

    async def rotate_sip_client_password(
        self, username: str, password: str | None = None
    ) -> DailySIPClientObject:
        """Give a SIP client a new password (Daily generates one when ``password`` is
        ``None``); the answer holds it. Not retried once it may have reached Daily: a second
        rotate would change the password again."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.rotate_sip_client_password(username, password)
        return await self._run(_telephony.sip_operation(call, self._ctx, password))

    # --- dial-in and in-call control ------------------------------------------------------

    async def pinless_call_update(self, *, call_id: str, call_domain: str, sip_uri: str) -> None:
        """Patch a held dial-in call (``call_id``, ``call_domain`` from the dial-in webhook)
        into the room whose SIP URI is ``sip_uri``. Not retried once it may have reached
        Daily."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.pinless_call_update(
            call_id=call_id, call_domain=call_domain, sip_uri=sip_uri
        )
        await self._run(call)

    async def eject_participants(
        self,
        room_name: str,
        *,
        ids: Sequence[str] | None = None,
        user_ids: Sequence[str] | None = None,
        ban: bool = False,
    ) -> list[str]:
        """Eject participants by session id and/or user id (at most 100 of each); the ids
        ejected. ``ban`` keeps those user ids out while the meeting lasts."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.eject_participants(room_name, ids=ids, user_ids=user_ids, ban=ban)
        return await self._run(call)

    async def send_app_message(
        self, room_name: str, data: Mapping[str, Any], *, recipient: str = "*"
    ) -> None:
        """Send ``data`` (at most 4,096 bytes of JSON) to a participant, or to everyone
        (``"*"``). Not retried once it may have reached Daily."""
        from . import _telephony  # on first use: importing the helper stays cheap

        await self._run(_telephony.send_app_message(room_name, data, recipient=recipient))

    async def get_presence(self) -> dict[str, list[dict[str, Any]]]:
        """Who is where: room name -> its participants, for every active room
        (``GET /presence``; up to 15 s behind)."""
        from . import _telephony  # on first use: importing the helper stays cheap

        return await self._run(_telephony.get_presence())


class TelephonyMethodsSync:
    """``DailyRESTHelperSync``'s telephony methods: the same, blocking."""

    if TYPE_CHECKING:
        _ctx: Context

        def _run(self, work: Call[T] | Operation[T]) -> T: ...

    def create_sip_client(self, params: DailySIPClientParams) -> DailySIPClientObject:
        """See :meth:`DailyRESTHelper.create_sip_client`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.create_sip_client(params)
        return self._run(_telephony.sip_operation(call, self._ctx, params.password))

    def list_sip_clients(
        self, limit: int | None = None, offset: int | None = None
    ) -> DailySIPClientPage:
        """See :meth:`DailyRESTHelper.list_sip_clients`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.list_sip_clients(limit=limit, offset=offset)
        return self._run(_telephony.sip_operation(call, self._ctx))

    def iter_sip_clients(self, *, page_size: int = SIP_PAGE_SIZE) -> Iterator[DailySIPClientObject]:
        """Every SIP client, a page (offset pagination) at a time."""
        offset = 0
        while True:
            page = self.list_sip_clients(limit=page_size, offset=offset)
            yield from page.sip_clients
            offset += len(page.sip_clients)
            if len(page.sip_clients) < page_size or offset >= page.total:
                return

    def get_sip_client(self, username: str) -> DailySIPClientObject:
        """See :meth:`DailyRESTHelper.get_sip_client`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.get_sip_client(username)
        return self._run(_telephony.sip_operation(call, self._ctx))

    def delete_sip_client(self, username: str) -> bool:
        """Delete a SIP client; ``True`` also when it was already gone (404)."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.delete_sip_client(username)
        return self._run(_telephony.deleted_sip_client_operation(call, self._ctx))

    def rotate_sip_client_password(
        self, username: str, password: str | None = None
    ) -> DailySIPClientObject:
        """See :meth:`DailyRESTHelper.rotate_sip_client_password`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.rotate_sip_client_password(username, password)
        return self._run(_telephony.sip_operation(call, self._ctx, password))

    def pinless_call_update(self, *, call_id: str, call_domain: str, sip_uri: str) -> None:
        """See :meth:`DailyRESTHelper.pinless_call_update`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        call = _telephony.pinless_call_update(
            call_id=call_id, call_domain=call_domain, sip_uri=sip_uri
        )
        self._run(call)

    def eject_participants(
        self,
        room_name: str,
        *,
        ids: Sequence[str] | None = None,
        user_ids: Sequence[str] | None = None,
        ban: bool = False,
    ) -> list[str]:
        """See :meth:`DailyRESTHelper.eject_participants`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        return self._run(
            _telephony.eject_participants(room_name, ids=ids, user_ids=user_ids, ban=ban)
        )

    def send_app_message(
        self, room_name: str, data: Mapping[str, Any], *, recipient: str = "*"
    ) -> None:
        """See :meth:`DailyRESTHelper.send_app_message`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        self._run(_telephony.send_app_message(room_name, data, recipient=recipient))

    def get_presence(self) -> dict[str, list[dict[str, Any]]]:
        """See :meth:`DailyRESTHelper.get_presence`."""
        from . import _telephony  # on first use: importing the helper stays cheap

        return self._run(_telephony.get_presence())
