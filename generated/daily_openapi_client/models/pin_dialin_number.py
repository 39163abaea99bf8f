from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PinDialinNumber")


@_attrs_define
class PinDialinNumber:
    """
    Attributes:
        phone_number (str): A purchased number in E.164 form, e.g. +14155550100.
    """

    phone_number: str

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        pin_dialin_number = cls(
            phone_number=phone_number,
        )

        return pin_dialin_number
