from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.room_config import RoomConfig


T = TypeVar("T", bound="Room")


@_attrs_define
class Room:
    """
    Attributes:
        id (str): Room id (a UUID).
        name (str):
        api_created (bool): Created through the REST API.
        privacy (str): public or private (plain string so a new value still parses).
        url (str): Join URL, https://<domain>.daily.co/<name>.
        created_at (str): ISO 8601 creation time in UTC with milliseconds, e.g. 2019-01-26T09:01:22.000Z. Kept a plain
            string (no `format`) so a reply in another ISO form still parses.
        config (RoomConfig): The room's properties as Daily returns them: only those that differ from the defaults. No
            enums and unknown keys kept, so values Daily adds later still parse. See RoomProperties for meanings.
    """

    id: str
    name: str
    api_created: bool
    privacy: str
    url: str
    created_at: str
    config: RoomConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        api_created = self.api_created

        privacy = self.privacy

        url = self.url

        created_at = self.created_at

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "api_created": api_created,
                "privacy": privacy,
                "url": url,
                "created_at": created_at,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.room_config import RoomConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        api_created = d.pop("api_created")

        privacy = d.pop("privacy")

        url = d.pop("url")

        created_at = d.pop("created_at")

        config = RoomConfig.from_dict(d.pop("config"))

        room = cls(
            id=id,
            name=name,
            api_created=api_created,
            privacy=privacy,
            url=url,
            created_at=created_at,
            config=config,
        )

        room.additional_properties = d
        return room

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
