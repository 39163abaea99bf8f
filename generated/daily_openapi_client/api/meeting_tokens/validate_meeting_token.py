from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.error import Error
from ...models.meeting_token_validation import MeetingTokenValidation
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def build_request(
    meeting_token: str,
    *,
    ignore_nbf: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (``method``,
    ``url`` relative to the base URL, ``params``, ``json``, ``headers``)."""

    params: dict[str, Any] = {}

    params["ignoreNbf"] = ignore_nbf

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/meeting-tokens/{meeting_token}".format(
            meeting_token=quote(str(meeting_token), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MeetingTokenValidation | None:
    if response.status_code == 200:
        response_200 = MeetingTokenValidation.from_dict(response.json())

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
) -> Response[Error | MeetingTokenValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_token: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_nbf: bool | Unset = UNSET,
) -> Response[Error | MeetingTokenValidation]:
    """Validate a meeting token and return its properties

     Only tokens for this domain validate; a foreign or expired token is an error.

    Args:
        meeting_token (str):
        ignore_nbf (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeetingTokenValidation]
    """

    kwargs = build_request(
        meeting_token=meeting_token,
        ignore_nbf=ignore_nbf,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_token: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_nbf: bool | Unset = UNSET,
) -> Error | MeetingTokenValidation | None:
    """Validate a meeting token and return its properties

     Only tokens for this domain validate; a foreign or expired token is an error.

    Args:
        meeting_token (str):
        ignore_nbf (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeetingTokenValidation
    """

    return sync_detailed(
        meeting_token=meeting_token,
        client=client,
        ignore_nbf=ignore_nbf,
    ).parsed


async def asyncio_detailed(
    meeting_token: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_nbf: bool | Unset = UNSET,
) -> Response[Error | MeetingTokenValidation]:
    """Validate a meeting token and return its properties

     Only tokens for this domain validate; a foreign or expired token is an error.

    Args:
        meeting_token (str):
        ignore_nbf (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeetingTokenValidation]
    """

    kwargs = build_request(
        meeting_token=meeting_token,
        ignore_nbf=ignore_nbf,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_token: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_nbf: bool | Unset = UNSET,
) -> Error | MeetingTokenValidation | None:
    """Validate a meeting token and return its properties

     Only tokens for this domain validate; a foreign or expired token is an error.

    Args:
        meeting_token (str):
        ignore_nbf (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeetingTokenValidation
    """

    return (
        await asyncio_detailed(
            meeting_token=meeting_token,
            client=client,
            ignore_nbf=ignore_nbf,
        )
    ).parsed
