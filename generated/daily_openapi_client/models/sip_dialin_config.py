from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SipDialinConfig")


@_attrs_define
class SipDialinConfig:
    """How SIP dial-in calls behave.

    Attributes:
        allow_room_start (bool | Unset): A call may start a session in an empty room.
        dialin_geo (str | Unset): Region that handles the dial-in calls.
        max_idle_timeout_sec (int | Unset): Seconds a call may wait in an empty room before it is hung up.
        max_idle_timeout_post_conversation_sec (int | Unset): Seconds a call stays up once the conversation has ended.
        hold_music_enabled (bool | Unset): Play hold music while the call waits. Default: true for rooms a SIP trunk
            creates.
    """

    allow_room_start: bool | Unset = UNSET
    dialin_geo: str | Unset = UNSET
    max_idle_timeout_sec: int | Unset = UNSET
    max_idle_timeout_post_conversation_sec: int | Unset = UNSET
    hold_music_enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allow_room_start = self.allow_room_start

        dialin_geo = self.dialin_geo

        max_idle_timeout_sec = self.max_idle_timeout_sec

        max_idle_timeout_post_conversation_sec = self.max_idle_timeout_post_conversation_sec

        hold_music_enabled = self.hold_music_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_room_start is not UNSET:
            field_dict["allow_room_start"] = allow_room_start
        if dialin_geo is not UNSET:
            field_dict["dialin_geo"] = dialin_geo
        if max_idle_timeout_sec is not UNSET:
            field_dict["max_idle_timeout_sec"] = max_idle_timeout_sec
        if max_idle_timeout_post_conversation_sec is not UNSET:
            field_dict["max_idle_timeout_post_conversation_sec"] = (
                max_idle_timeout_post_conversation_sec
            )
        if hold_music_enabled is not UNSET:
            field_dict["hold_music_enabled"] = hold_music_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_room_start = d.pop("allow_room_start", UNSET)

        dialin_geo = d.pop("dialin_geo", UNSET)

        max_idle_timeout_sec = d.pop("max_idle_timeout_sec", UNSET)

        max_idle_timeout_post_conversation_sec = d.pop(
            "max_idle_timeout_post_conversation_sec", UNSET
        )

        hold_music_enabled = d.pop("hold_music_enabled", UNSET)

        sip_dialin_config = cls(
            allow_room_start=allow_room_start,
            dialin_geo=dialin_geo,
            max_idle_timeout_sec=max_idle_timeout_sec,
            max_idle_timeout_post_conversation_sec=max_idle_timeout_post_conversation_sec,
            hold_music_enabled=hold_music_enabled,
        )

        return sip_dialin_config
