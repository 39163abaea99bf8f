from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MeetingTokenValidation")


@_attrs_define
class MeetingTokenValidation:
    """A valid token's properties, with long names (not JWT claim abbreviations). No enums and unknown keys kept.

    Attributes:
        room_name (None | str | Unset):
        eject_at_token_exp (bool | None | Unset):
        eject_after_elapsed (int | None | Unset):
        nbf (int | None | Unset):
        exp (int | None | Unset):
        is_owner (bool | None | Unset):
        user_name (None | str | Unset):
        user_id (None | str | Unset):
        enable_screenshare (bool | None | Unset):
        start_video_off (bool | None | Unset):
        start_audio_off (bool | None | Unset):
        enable_recording (list[str] | None | str | Unset):
        enable_prejoin_ui (bool | None | Unset):
        enable_live_captions_ui (bool | None | Unset):
        enable_recording_ui (bool | None | Unset):
        enable_terse_logging (bool | None | Unset):
        knocking (bool | None | Unset):
        start_cloud_recording (bool | None | Unset):
        start_cloud_recording_opts (JsonObject | None | Unset):
        auto_start_transcription (bool | None | Unset):
        close_tab_on_exit (bool | None | Unset):
        redirect_on_meeting_exit (None | str | Unset):
        lang (None | str | Unset):
        permissions (JsonObject | None | Unset):
    """

    room_name: None | str | Unset = UNSET
    eject_at_token_exp: bool | None | Unset = UNSET
    eject_after_elapsed: int | None | Unset = UNSET
    nbf: int | None | Unset = UNSET
    exp: int | None | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    enable_screenshare: bool | None | Unset = UNSET
    start_video_off: bool | None | Unset = UNSET
    start_audio_off: bool | None | Unset = UNSET
    enable_recording: list[str] | None | str | Unset = UNSET
    enable_prejoin_ui: bool | None | Unset = UNSET
    enable_live_captions_ui: bool | None | Unset = UNSET
    enable_recording_ui: bool | None | Unset = UNSET
    enable_terse_logging: bool | None | Unset = UNSET
    knocking: bool | None | Unset = UNSET
    start_cloud_recording: bool | None | Unset = UNSET
    start_cloud_recording_opts: JsonObject | None | Unset = UNSET
    auto_start_transcription: bool | None | Unset = UNSET
    close_tab_on_exit: bool | None | Unset = UNSET
    redirect_on_meeting_exit: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    permissions: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        room_name: None | str | Unset
        if isinstance(self.room_name, Unset):
            room_name = UNSET
        else:
            room_name = self.room_name

        eject_at_token_exp: bool | None | Unset
        if isinstance(self.eject_at_token_exp, Unset):
            eject_at_token_exp = UNSET
        else:
            eject_at_token_exp = self.eject_at_token_exp

        eject_after_elapsed: int | None | Unset
        if isinstance(self.eject_after_elapsed, Unset):
            eject_after_elapsed = UNSET
        else:
            eject_after_elapsed = self.eject_after_elapsed

        nbf: int | None | Unset
        if isinstance(self.nbf, Unset):
            nbf = UNSET
        else:
            nbf = self.nbf

        exp: int | None | Unset
        if isinstance(self.exp, Unset):
            exp = UNSET
        else:
            exp = self.exp

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        enable_screenshare: bool | None | Unset
        if isinstance(self.enable_screenshare, Unset):
            enable_screenshare = UNSET
        else:
            enable_screenshare = self.enable_screenshare

        start_video_off: bool | None | Unset
        if isinstance(self.start_video_off, Unset):
            start_video_off = UNSET
        else:
            start_video_off = self.start_video_off

        start_audio_off: bool | None | Unset
        if isinstance(self.start_audio_off, Unset):
            start_audio_off = UNSET
        else:
            start_audio_off = self.start_audio_off

        enable_recording: list[str] | None | str | Unset
        if isinstance(self.enable_recording, Unset):
            enable_recording = UNSET
        elif isinstance(self.enable_recording, list):
            enable_recording = self.enable_recording

        else:
            enable_recording = self.enable_recording

        enable_prejoin_ui: bool | None | Unset
        if isinstance(self.enable_prejoin_ui, Unset):
            enable_prejoin_ui = UNSET
        else:
            enable_prejoin_ui = self.enable_prejoin_ui

        enable_live_captions_ui: bool | None | Unset
        if isinstance(self.enable_live_captions_ui, Unset):
            enable_live_captions_ui = UNSET
        else:
            enable_live_captions_ui = self.enable_live_captions_ui

        enable_recording_ui: bool | None | Unset
        if isinstance(self.enable_recording_ui, Unset):
            enable_recording_ui = UNSET
        else:
            enable_recording_ui = self.enable_recording_ui

        enable_terse_logging: bool | None | Unset
        if isinstance(self.enable_terse_logging, Unset):
            enable_terse_logging = UNSET
        else:
            enable_terse_logging = self.enable_terse_logging

        knocking: bool | None | Unset
        if isinstance(self.knocking, Unset):
            knocking = UNSET
        else:
            knocking = self.knocking

        start_cloud_recording: bool | None | Unset
        if isinstance(self.start_cloud_recording, Unset):
            start_cloud_recording = UNSET
        else:
            start_cloud_recording = self.start_cloud_recording

        start_cloud_recording_opts: dict[str, Any] | None | Unset
        if isinstance(self.start_cloud_recording_opts, Unset):
            start_cloud_recording_opts = UNSET
        elif isinstance(self.start_cloud_recording_opts, JsonObject):
            start_cloud_recording_opts = self.start_cloud_recording_opts.to_dict()
        else:
            start_cloud_recording_opts = self.start_cloud_recording_opts

        auto_start_transcription: bool | None | Unset
        if isinstance(self.auto_start_transcription, Unset):
            auto_start_transcription = UNSET
        else:
            auto_start_transcription = self.auto_start_transcription

        close_tab_on_exit: bool | None | Unset
        if isinstance(self.close_tab_on_exit, Unset):
            close_tab_on_exit = UNSET
        else:
            close_tab_on_exit = self.close_tab_on_exit

        redirect_on_meeting_exit: None | str | Unset
        if isinstance(self.redirect_on_meeting_exit, Unset):
            redirect_on_meeting_exit = UNSET
        else:
            redirect_on_meeting_exit = self.redirect_on_meeting_exit

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, JsonObject):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if eject_at_token_exp is not UNSET:
            field_dict["eject_at_token_exp"] = eject_at_token_exp
        if eject_after_elapsed is not UNSET:
            field_dict["eject_after_elapsed"] = eject_after_elapsed
        if nbf is not UNSET:
            field_dict["nbf"] = nbf
        if exp is not UNSET:
            field_dict["exp"] = exp
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if enable_screenshare is not UNSET:
            field_dict["enable_screenshare"] = enable_screenshare
        if start_video_off is not UNSET:
            field_dict["start_video_off"] = start_video_off
        if start_audio_off is not UNSET:
            field_dict["start_audio_off"] = start_audio_off
        if enable_recording is not UNSET:
            field_dict["enable_recording"] = enable_recording
        if enable_prejoin_ui is not UNSET:
            field_dict["enable_prejoin_ui"] = enable_prejoin_ui
        if enable_live_captions_ui is not UNSET:
            field_dict["enable_live_captions_ui"] = enable_live_captions_ui
        if enable_recording_ui is not UNSET:
            field_dict["enable_recording_ui"] = enable_recording_ui
        if enable_terse_logging is not UNSET:
            field_dict["enable_terse_logging"] = enable_terse_logging
        if knocking is not UNSET:
            field_dict["knocking"] = knocking
        if start_cloud_recording is not UNSET:
            field_dict["start_cloud_recording"] = start_cloud_recording
        if start_cloud_recording_opts is not UNSET:
            field_dict["start_cloud_recording_opts"] = start_cloud_recording_opts
        if auto_start_transcription is not UNSET:
            field_dict["auto_start_transcription"] = auto_start_transcription
        if close_tab_on_exit is not UNSET:
            field_dict["close_tab_on_exit"] = close_tab_on_exit
        if redirect_on_meeting_exit is not UNSET:
            field_dict["redirect_on_meeting_exit"] = redirect_on_meeting_exit
        if lang is not UNSET:
            field_dict["lang"] = lang
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_room_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        room_name = _parse_room_name(d.pop("room_name", UNSET))

        def _parse_eject_at_token_exp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        eject_at_token_exp = _parse_eject_at_token_exp(d.pop("eject_at_token_exp", UNSET))

        def _parse_eject_after_elapsed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        eject_after_elapsed = _parse_eject_after_elapsed(d.pop("eject_after_elapsed", UNSET))

        def _parse_nbf(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nbf = _parse_nbf(d.pop("nbf", UNSET))

        def _parse_exp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exp = _parse_exp(d.pop("exp", UNSET))

        def _parse_is_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_owner = _parse_is_owner(d.pop("is_owner", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_enable_screenshare(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_screenshare = _parse_enable_screenshare(d.pop("enable_screenshare", UNSET))

        def _parse_start_video_off(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        start_video_off = _parse_start_video_off(d.pop("start_video_off", UNSET))

        def _parse_start_audio_off(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        start_audio_off = _parse_start_audio_off(d.pop("start_audio_off", UNSET))

        def _parse_enable_recording(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enable_recording_type_1 = cast(list[str], data)

                return enable_recording_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        enable_recording = _parse_enable_recording(d.pop("enable_recording", UNSET))

        def _parse_enable_prejoin_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_prejoin_ui = _parse_enable_prejoin_ui(d.pop("enable_prejoin_ui", UNSET))

        def _parse_enable_live_captions_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_live_captions_ui = _parse_enable_live_captions_ui(
            d.pop("enable_live_captions_ui", UNSET)
        )

        def _parse_enable_recording_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_recording_ui = _parse_enable_recording_ui(d.pop("enable_recording_ui", UNSET))

        def _parse_enable_terse_logging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_terse_logging = _parse_enable_terse_logging(d.pop("enable_terse_logging", UNSET))

        def _parse_knocking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        knocking = _parse_knocking(d.pop("knocking", UNSET))

        def _parse_start_cloud_recording(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        start_cloud_recording = _parse_start_cloud_recording(d.pop("start_cloud_recording", UNSET))

        def _parse_start_cloud_recording_opts(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_cloud_recording_opts_type_0 = JsonObject.from_dict(data)

                return start_cloud_recording_opts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        start_cloud_recording_opts = _parse_start_cloud_recording_opts(
            d.pop("start_cloud_recording_opts", UNSET)
        )

        def _parse_auto_start_transcription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_start_transcription = _parse_auto_start_transcription(
            d.pop("auto_start_transcription", UNSET)
        )

        def _parse_close_tab_on_exit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        close_tab_on_exit = _parse_close_tab_on_exit(d.pop("close_tab_on_exit", UNSET))

        def _parse_redirect_on_meeting_exit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_on_meeting_exit = _parse_redirect_on_meeting_exit(
            d.pop("redirect_on_meeting_exit", UNSET)
        )

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_permissions(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = JsonObject.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        meeting_token_validation = cls(
            room_name=room_name,
            eject_at_token_exp=eject_at_token_exp,
            eject_after_elapsed=eject_after_elapsed,
            nbf=nbf,
            exp=exp,
            is_owner=is_owner,
            user_name=user_name,
            user_id=user_id,
            enable_screenshare=enable_screenshare,
            start_video_off=start_video_off,
            start_audio_off=start_audio_off,
            enable_recording=enable_recording,
            enable_prejoin_ui=enable_prejoin_ui,
            enable_live_captions_ui=enable_live_captions_ui,
            enable_recording_ui=enable_recording_ui,
            enable_terse_logging=enable_terse_logging,
            knocking=knocking,
            start_cloud_recording=start_cloud_recording,
            start_cloud_recording_opts=start_cloud_recording_opts,
            auto_start_transcription=auto_start_transcription,
            close_tab_on_exit=close_tab_on_exit,
            redirect_on_meeting_exit=redirect_on_meeting_exit,
            lang=lang,
            permissions=permissions,
        )

        meeting_token_validation.additional_properties = d
        return meeting_token_validation

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
