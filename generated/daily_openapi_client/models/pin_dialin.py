from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pin_dialin_number import PinDialinNumber


T = TypeVar("T", bound="PinDialin")


@_attrs_define
class PinDialin:
    """PSTN dial-in with a PIN (the room's dialin_code).

    Attributes:
        display_name (str | Unset): Name shown for dial-in participants.
        wait_for_meeting_start (bool | Unset): Callers wait (with hold music) until the meeting has started.
        room_numbers (list[PinDialinNumber] | Unset): The phone numbers that reach this room.
    """

    display_name: str | Unset = UNSET
    wait_for_meeting_start: bool | Unset = UNSET
    room_numbers: list[PinDialinNumber] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        wait_for_meeting_start = self.wait_for_meeting_start

        room_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.room_numbers, Unset):
            room_numbers = []
            for room_numbers_item_data in self.room_numbers:
                room_numbers_item = room_numbers_item_data.to_dict()
                room_numbers.append(room_numbers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if wait_for_meeting_start is not UNSET:
            field_dict["wait_for_meeting_start"] = wait_for_meeting_start
        if room_numbers is not UNSET:
            field_dict["room_numbers"] = room_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pin_dialin_number import PinDialinNumber  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        wait_for_meeting_start = d.pop("wait_for_meeting_start", UNSET)

        _room_numbers = d.pop("room_numbers", UNSET)
        room_numbers: list[PinDialinNumber] | Unset = UNSET
        if _room_numbers is not UNSET:
            room_numbers = []
            for room_numbers_item_data in _room_numbers:
                room_numbers_item = PinDialinNumber.from_dict(room_numbers_item_data)

                room_numbers.append(room_numbers_item)

        pin_dialin = cls(
            display_name=display_name,
            wait_for_meeting_start=wait_for_meeting_start,
            room_numbers=room_numbers,
        )

        return pin_dialin
