from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialoutConfig")


@_attrs_define
class DialoutConfig:
    """
    Attributes:
        allow_room_start (bool | Unset): A dial-out may start a session in an empty room. Default: false.
        dialout_geo (str | Unset): Region for dial-out.
        max_idle_timeout_sec (float | Unset): Idle timeout in seconds. Default: 0.
        max_idle_timeout_post_conversation_sec (int | Unset): Seconds a dial-out stays up once the conversation has
            ended.
    """

    allow_room_start: bool | Unset = UNSET
    dialout_geo: str | Unset = UNSET
    max_idle_timeout_sec: float | Unset = UNSET
    max_idle_timeout_post_conversation_sec: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allow_room_start = self.allow_room_start

        dialout_geo = self.dialout_geo

        max_idle_timeout_sec = self.max_idle_timeout_sec

        max_idle_timeout_post_conversation_sec = self.max_idle_timeout_post_conversation_sec

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_room_start is not UNSET:
            field_dict["allow_room_start"] = allow_room_start
        if dialout_geo is not UNSET:
            field_dict["dialout_geo"] = dialout_geo
        if max_idle_timeout_sec is not UNSET:
            field_dict["max_idle_timeout_sec"] = max_idle_timeout_sec
        if max_idle_timeout_post_conversation_sec is not UNSET:
            field_dict["max_idle_timeout_post_conversation_sec"] = (
                max_idle_timeout_post_conversation_sec
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_room_start = d.pop("allow_room_start", UNSET)

        dialout_geo = d.pop("dialout_geo", UNSET)

        max_idle_timeout_sec = d.pop("max_idle_timeout_sec", UNSET)

        max_idle_timeout_post_conversation_sec = d.pop(
            "max_idle_timeout_post_conversation_sec", UNSET
        )

        dialout_config = cls(
            allow_room_start=allow_room_start,
            dialout_geo=dialout_geo,
            max_idle_timeout_sec=max_idle_timeout_sec,
            max_idle_timeout_post_conversation_sec=max_idle_timeout_post_conversation_sec,
        )

        return dialout_config
