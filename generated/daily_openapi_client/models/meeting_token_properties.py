from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.language import Language
from ..models.recording_mode import RecordingMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloud_recording_options import CloudRecordingOptions
    from ..models.permissions import Permissions


T = TypeVar("T", bound="MeetingTokenProperties")


@_attrs_define
class MeetingTokenProperties:
    """Claims to put in the token. Token settings override the room's for this participant.

    Attributes:
        room_name (str | Unset): ASCII letters, digits, '-' and '_'; at most 128 characters.
        eject_at_token_exp (bool | Unset): Remove the participant at the token's exp. This or eject_after_elapsed
            replaces the room's eject settings. Default: false.
        eject_after_elapsed (int | Unset): Remove the participant this many seconds after joining.
        nbf (int | Unset): Unix time (seconds) before which the token is not valid.
        exp (int | Unset): Unix time (seconds) when the token expires; without it the token never expires.
        is_owner (bool | Unset): The participant is a meeting owner. Default: false.
        user_name (str | Unset): Display name.
        user_id (str | Unset): Your id for the user.
        enable_screenshare (bool | Unset): Allow screen sharing. Default: true.
        start_video_off (bool | Unset): Join with the camera off. Default: false.
        start_audio_off (bool | Unset): Join with the microphone off. Default: false.
        enable_recording (list[RecordingMode] | RecordingMode | Unset): Recording type(s) this participant may start.
        enable_prejoin_ui (bool | Unset): Show the pre-join lobby; overrides room and domain.
        enable_live_captions_ui (bool | Unset): Show live captions controls.
        enable_recording_ui (bool | Unset): Show the recording button.
        enable_terse_logging (bool | Unset): Log less. Default: false.
        knocking (bool | Unset): The participant must knock; needs the room's enable_knocking. Default: false.
        start_cloud_recording (bool | Unset): Start a cloud recording on join (paid; needs enable_recording cloud).
            Default: false.
        start_cloud_recording_opts (CloudRecordingOptions | Unset): Options for the recording started by
            start_cloud_recording.
        auto_start_transcription (bool | Unset): Start transcription on join (paid). Default: false.
        close_tab_on_exit (bool | Unset): Close the browser tab when the participant leaves. Default: false.
        redirect_on_meeting_exit (str | Unset): Where to send the participant after leaving (Daily appends recent-
            call=<domain>/<room>).
        lang (Language | Unset): Prebuilt UI language; `user` follows the browser. Default: en.
        permissions (Permissions | Unset): What a participant may do.
    """

    room_name: str | Unset = UNSET
    eject_at_token_exp: bool | Unset = UNSET
    eject_after_elapsed: int | Unset = UNSET
    nbf: int | Unset = UNSET
    exp: int | Unset = UNSET
    is_owner: bool | Unset = UNSET
    user_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    enable_screenshare: bool | Unset = UNSET
    start_video_off: bool | Unset = UNSET
    start_audio_off: bool | Unset = UNSET
    enable_recording: list[RecordingMode] | RecordingMode | Unset = UNSET
    enable_prejoin_ui: bool | Unset = UNSET
    enable_live_captions_ui: bool | Unset = UNSET
    enable_recording_ui: bool | Unset = UNSET
    enable_terse_logging: bool | Unset = UNSET
    knocking: bool | Unset = UNSET
    start_cloud_recording: bool | Unset = UNSET
    start_cloud_recording_opts: CloudRecordingOptions | Unset = UNSET
    auto_start_transcription: bool | Unset = UNSET
    close_tab_on_exit: bool | Unset = UNSET
    redirect_on_meeting_exit: str | Unset = UNSET
    lang: Language | Unset = UNSET
    permissions: Permissions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        eject_at_token_exp = self.eject_at_token_exp

        eject_after_elapsed = self.eject_after_elapsed

        nbf = self.nbf

        exp = self.exp

        is_owner = self.is_owner

        user_name = self.user_name

        user_id = self.user_id

        enable_screenshare = self.enable_screenshare

        start_video_off = self.start_video_off

        start_audio_off = self.start_audio_off

        enable_recording: list[str] | str | Unset
        if isinstance(self.enable_recording, Unset):
            enable_recording = UNSET
        elif isinstance(self.enable_recording, RecordingMode):
            enable_recording = self.enable_recording.value
        else:
            enable_recording = []
            for componentsschemas_recording_mode_list_item_data in self.enable_recording:
                componentsschemas_recording_mode_list_item = (
                    componentsschemas_recording_mode_list_item_data.value
                )
                enable_recording.append(componentsschemas_recording_mode_list_item)

        enable_prejoin_ui = self.enable_prejoin_ui

        enable_live_captions_ui = self.enable_live_captions_ui

        enable_recording_ui = self.enable_recording_ui

        enable_terse_logging = self.enable_terse_logging

        knocking = self.knocking

        start_cloud_recording = self.start_cloud_recording

        start_cloud_recording_opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_cloud_recording_opts, Unset):
            start_cloud_recording_opts = self.start_cloud_recording_opts.to_dict()

        auto_start_transcription = self.auto_start_transcription

        close_tab_on_exit = self.close_tab_on_exit

        redirect_on_meeting_exit = self.redirect_on_meeting_exit

        lang: str | Unset = UNSET
        if not isinstance(self.lang, Unset):
            lang = self.lang.value

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}

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
        from ..models.cloud_recording_options import CloudRecordingOptions  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415

        d = dict(src_dict)
        room_name = d.pop("room_name", UNSET)

        eject_at_token_exp = d.pop("eject_at_token_exp", UNSET)

        eject_after_elapsed = d.pop("eject_after_elapsed", UNSET)

        nbf = d.pop("nbf", UNSET)

        exp = d.pop("exp", UNSET)

        is_owner = d.pop("is_owner", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        enable_screenshare = d.pop("enable_screenshare", UNSET)

        start_video_off = d.pop("start_video_off", UNSET)

        start_audio_off = d.pop("start_audio_off", UNSET)

        def _parse_enable_recording(data: object) -> list[RecordingMode] | RecordingMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enable_recording_type_0 = RecordingMode(data)

                return enable_recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            enable_recording_type_1 = []
            _enable_recording_type_1 = data
            for componentsschemas_recording_mode_list_item_data in _enable_recording_type_1:
                componentsschemas_recording_mode_list_item = RecordingMode(
                    componentsschemas_recording_mode_list_item_data
                )

                enable_recording_type_1.append(componentsschemas_recording_mode_list_item)

            return enable_recording_type_1

        enable_recording = _parse_enable_recording(d.pop("enable_recording", UNSET))

        enable_prejoin_ui = d.pop("enable_prejoin_ui", UNSET)

        enable_live_captions_ui = d.pop("enable_live_captions_ui", UNSET)

        enable_recording_ui = d.pop("enable_recording_ui", UNSET)

        enable_terse_logging = d.pop("enable_terse_logging", UNSET)

        knocking = d.pop("knocking", UNSET)

        start_cloud_recording = d.pop("start_cloud_recording", UNSET)

        _start_cloud_recording_opts = d.pop("start_cloud_recording_opts", UNSET)
        start_cloud_recording_opts: CloudRecordingOptions | Unset
        if isinstance(_start_cloud_recording_opts, Unset):
            start_cloud_recording_opts = UNSET
        else:
            start_cloud_recording_opts = CloudRecordingOptions.from_dict(
                _start_cloud_recording_opts
            )

        auto_start_transcription = d.pop("auto_start_transcription", UNSET)

        close_tab_on_exit = d.pop("close_tab_on_exit", UNSET)

        redirect_on_meeting_exit = d.pop("redirect_on_meeting_exit", UNSET)

        _lang = d.pop("lang", UNSET)
        lang: Language | Unset
        if isinstance(_lang, Unset):
            lang = UNSET
        else:
            lang = Language(_lang)

        _permissions = d.pop("permissions", UNSET)
        permissions: Permissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Permissions.from_dict(_permissions)

        meeting_token_properties = cls(
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

        return meeting_token_properties
