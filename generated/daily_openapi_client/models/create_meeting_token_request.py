from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.meeting_token_properties import MeetingTokenProperties


T = TypeVar("T", bound="CreateMeetingTokenRequest")


@_attrs_define
class CreateMeetingTokenRequest:
    """
    Attributes:
        properties (MeetingTokenProperties): Claims to put in the token. Token settings override the room's for this
            participant.
    """

    properties: MeetingTokenProperties

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_token_properties import MeetingTokenProperties  # noqa: PLC0415

        d = dict(src_dict)
        properties = MeetingTokenProperties.from_dict(d.pop("properties"))

        create_meeting_token_request = cls(
            properties=properties,
        )

        return create_meeting_token_request
