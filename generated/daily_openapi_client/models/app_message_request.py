from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AppMessageRequest")


@_attrs_define
class AppMessageRequest:
    """
    Attributes:
        data (JsonObject): A JSON object passed through as-is.
        recipient (str | Unset): A participant id, or * for everyone (Daily's default).
    """

    data: JsonObject
    recipient: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        recipient = self.recipient

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        data = JsonObject.from_dict(d.pop("data"))

        recipient = d.pop("recipient", UNSET)

        app_message_request = cls(
            data=data,
            recipient=recipient,
        )

        return app_message_request
