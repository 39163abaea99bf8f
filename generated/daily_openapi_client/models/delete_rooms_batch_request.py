from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteRoomsBatchRequest")


@_attrs_define
class DeleteRoomsBatchRequest:
    """
    Attributes:
        rooms (list[str]): The names of the rooms to delete (at most 1,000).
    """

    rooms: list[str]

    def to_dict(self) -> dict[str, Any]:
        rooms = self.rooms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rooms": rooms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rooms = cast(list[str], d.pop("rooms"))

        delete_rooms_batch_request = cls(
            rooms=rooms,
        )

        return delete_rooms_batch_request
