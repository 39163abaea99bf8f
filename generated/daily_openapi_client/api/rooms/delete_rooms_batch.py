from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.delete_rooms_batch_request import DeleteRoomsBatchRequest
from ...models.error import Error
from ...models.rooms_batch_deleted import RoomsBatchDeleted
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def build_request(
    *,
    body: DeleteRoomsBatchRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (``method``,
    ``url`` relative to the base URL, ``params``, ``json``, ``headers``). ``body`` is the
    model or its JSON as a mapping (sent as given)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/batch/rooms",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RoomsBatchDeleted | None:
    if response.status_code == 200:
        response_200 = RoomsBatchDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RoomsBatchDeleted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteRoomsBatchRequest,
) -> Response[Error | RoomsBatchDeleted]:
    """Delete up to 1,000 rooms in one call, all or nothing

     Deletes every named room, or none: when any name is invalid, names no room (a missing or expired
    room included) or cannot be deleted, Daily answers 400 and deletes nothing. Counts against the room-
    delete rate limit (the safe reading; Daily gives no number).

    Args:
        body (DeleteRoomsBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoomsBatchDeleted]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteRoomsBatchRequest,
) -> Error | RoomsBatchDeleted | None:
    """Delete up to 1,000 rooms in one call, all or nothing

     Deletes every named room, or none: when any name is invalid, names no room (a missing or expired
    room included) or cannot be deleted, Daily answers 400 and deletes nothing. Counts against the room-
    delete rate limit (the safe reading; Daily gives no number).

    Args:
        body (DeleteRoomsBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoomsBatchDeleted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteRoomsBatchRequest,
) -> Response[Error | RoomsBatchDeleted]:
    """Delete up to 1,000 rooms in one call, all or nothing

     Deletes every named room, or none: when any name is invalid, names no room (a missing or expired
    room included) or cannot be deleted, Daily answers 400 and deletes nothing. Counts against the room-
    delete rate limit (the safe reading; Daily gives no number).

    Args:
        body (DeleteRoomsBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoomsBatchDeleted]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteRoomsBatchRequest,
) -> Error | RoomsBatchDeleted | None:
    """Delete up to 1,000 rooms in one call, all or nothing

     Deletes every named room, or none: when any name is invalid, names no room (a missing or expired
    room included) or cannot be deleted, Daily answers 400 and deletes nothing. Counts against the room-
    delete rate limit (the safe reading; Daily gives no number).

    Args:
        body (DeleteRoomsBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoomsBatchDeleted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
