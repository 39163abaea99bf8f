from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.privacy import Privacy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.room_properties import RoomProperties


T = TypeVar("T", bound="CreateRoomRequest")


@_attrs_define
class CreateRoomRequest:
    """
    Attributes:
        name (str | Unset): ASCII letters, digits, '-' and '_'; at most 128 characters.
        privacy (Privacy | Unset): Who may join. Private rooms need a meeting token (or knocking). Default: public. Only
            these two values are documented.
        properties (RoomProperties | Unset): Room settings to set. Every field may be null, which resets it to Daily's
            default. Fields marked "Prebuilt only" affect only Daily's Prebuilt UI.
    """

    name: str | Unset = UNSET
    privacy: Privacy | Unset = UNSET
    properties: RoomProperties | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_properties import RoomProperties  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _privacy = d.pop("privacy", UNSET)
        privacy: Privacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = Privacy(_privacy)

        _properties = d.pop("properties", UNSET)
        properties: RoomProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = RoomProperties.from_dict(_properties)

        create_room_request = cls(
            name=name,
            privacy=privacy,
            properties=properties,
        )

        return create_room_request
