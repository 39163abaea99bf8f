from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.sip_uri import SipUri


T = TypeVar("T", bound="RoomConfig")


@_attrs_define
class RoomConfig:
    """The room's properties as Daily returns them: only those that differ from the defaults. No enums and unknown keys
    kept, so values Daily adds later still parse. See RoomProperties for meanings.

        Attributes:
            nbf (int | None | Unset):
            exp (int | None | Unset):
            max_participants (int | None | Unset):
            enable_people_ui (bool | None | Unset):
            enable_cpu_warning_notifications (bool | None | Unset):
            enable_pip_ui (bool | None | Unset):
            enable_emoji_reactions (bool | None | Unset):
            enable_hand_raising (bool | None | Unset):
            enable_prejoin_ui (bool | None | Unset):
            enable_live_captions_ui (bool | None | Unset):
            enable_network_ui (bool | None | Unset):
            enable_noise_cancellation_ui (bool | None | Unset):
            enable_breakout_rooms (bool | None | Unset):
            enable_knocking (bool | None | Unset):
            enable_screenshare (bool | None | Unset):
            enable_video_processing_ui (bool | None | Unset):
            enable_chat (bool | None | Unset):
            enable_shared_chat_history (bool | None | Unset):
            start_video_off (bool | None | Unset):
            start_audio_off (bool | None | Unset):
            owner_only_broadcast (bool | None | Unset):
            enable_recording (list[str] | None | str | Unset):
            enable_raw_tracks_transcoded_audio (None | str | Unset):
            eject_at_room_exp (bool | None | Unset):
            eject_after_elapsed (int | None | Unset):
            enable_advanced_chat (bool | None | Unset):
            enable_hidden_participants (bool | None | Unset):
            enable_mesh_sfu (bool | None | Unset):
            sfu_switchover (float | None | Unset):
            enable_adaptive_simulcast (bool | None | Unset):
            enable_multiparty_adaptive_simulcast (bool | None | Unset):
            enforce_unique_user_ids (bool | None | Unset):
            experimental_optimize_large_calls (bool | None | Unset):
            lang (None | str | Unset):
            meeting_join_hook (None | str | Unset):
            geo (None | str | Unset):
            rtmp_geo (None | str | Unset):
            disable_rtmp_geo_fallback (bool | None | Unset):
            recordings_bucket (JsonObject | None | Unset):
            enable_terse_logging (bool | None | Unset):
            auto_transcription_settings (JsonObject | None | Unset):
            enable_transcription_storage (bool | None | Unset):
            transcription_bucket (JsonObject | None | Unset):
            recordings_template (None | str | Unset):
            transcription_template (None | str | Unset):
            enable_dialout (bool | None | Unset):
            dialout_config (JsonObject | None | Unset):
            streaming_endpoints (list[JsonObject] | None | Unset):
            permissions (JsonObject | None | Unset):
            sip (JsonObject | None | Unset):
            sip_uri (None | SipUri | Unset):
            dialin (JsonObject | None | Unset):
            dialin_code (None | str | Unset): The PIN callers enter for PIN dial-in (read-only: Daily sets it).
    """

    nbf: int | None | Unset = UNSET
    exp: int | None | Unset = UNSET
    max_participants: int | None | Unset = UNSET
    enable_people_ui: bool | None | Unset = UNSET
    enable_cpu_warning_notifications: bool | None | Unset = UNSET
    enable_pip_ui: bool | None | Unset = UNSET
    enable_emoji_reactions: bool | None | Unset = UNSET
    enable_hand_raising: bool | None | Unset = UNSET
    enable_prejoin_ui: bool | None | Unset = UNSET
    enable_live_captions_ui: bool | None | Unset = UNSET
    enable_network_ui: bool | None | Unset = UNSET
    enable_noise_cancellation_ui: bool | None | Unset = UNSET
    enable_breakout_rooms: bool | None | Unset = UNSET
    enable_knocking: bool | None | Unset = UNSET
    enable_screenshare: bool | None | Unset = UNSET
    enable_video_processing_ui: bool | None | Unset = UNSET
    enable_chat: bool | None | Unset = UNSET
    enable_shared_chat_history: bool | None | Unset = UNSET
    start_video_off: bool | None | Unset = UNSET
    start_audio_off: bool | None | Unset = UNSET
    owner_only_broadcast: bool | None | Unset = UNSET
    enable_recording: list[str] | None | str | Unset = UNSET
    enable_raw_tracks_transcoded_audio: None | str | Unset = UNSET
    eject_at_room_exp: bool | None | Unset = UNSET
    eject_after_elapsed: int | None | Unset = UNSET
    enable_advanced_chat: bool | None | Unset = UNSET
    enable_hidden_participants: bool | None | Unset = UNSET
    enable_mesh_sfu: bool | None | Unset = UNSET
    sfu_switchover: float | None | Unset = UNSET
    enable_adaptive_simulcast: bool | None | Unset = UNSET
    enable_multiparty_adaptive_simulcast: bool | None | Unset = UNSET
    enforce_unique_user_ids: bool | None | Unset = UNSET
    experimental_optimize_large_calls: bool | None | Unset = UNSET
    lang: None | str | Unset = UNSET
    meeting_join_hook: None | str | Unset = UNSET
    geo: None | str | Unset = UNSET
    rtmp_geo: None | str | Unset = UNSET
    disable_rtmp_geo_fallback: bool | None | Unset = UNSET
    recordings_bucket: JsonObject | None | Unset = UNSET
    enable_terse_logging: bool | None | Unset = UNSET
    auto_transcription_settings: JsonObject | None | Unset = UNSET
    enable_transcription_storage: bool | None | Unset = UNSET
    transcription_bucket: JsonObject | None | Unset = UNSET
    recordings_template: None | str | Unset = UNSET
    transcription_template: None | str | Unset = UNSET
    enable_dialout: bool | None | Unset = UNSET
    dialout_config: JsonObject | None | Unset = UNSET
    streaming_endpoints: list[JsonObject] | None | Unset = UNSET
    permissions: JsonObject | None | Unset = UNSET
    sip: JsonObject | None | Unset = UNSET
    sip_uri: None | SipUri | Unset = UNSET
    dialin: JsonObject | None | Unset = UNSET
    dialin_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.sip_uri import SipUri  # noqa: PLC0415

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

        max_participants: int | None | Unset
        if isinstance(self.max_participants, Unset):
            max_participants = UNSET
        else:
            max_participants = self.max_participants

        enable_people_ui: bool | None | Unset
        if isinstance(self.enable_people_ui, Unset):
            enable_people_ui = UNSET
        else:
            enable_people_ui = self.enable_people_ui

        enable_cpu_warning_notifications: bool | None | Unset
        if isinstance(self.enable_cpu_warning_notifications, Unset):
            enable_cpu_warning_notifications = UNSET
        else:
            enable_cpu_warning_notifications = self.enable_cpu_warning_notifications

        enable_pip_ui: bool | None | Unset
        if isinstance(self.enable_pip_ui, Unset):
            enable_pip_ui = UNSET
        else:
            enable_pip_ui = self.enable_pip_ui

        enable_emoji_reactions: bool | None | Unset
        if isinstance(self.enable_emoji_reactions, Unset):
            enable_emoji_reactions = UNSET
        else:
            enable_emoji_reactions = self.enable_emoji_reactions

        enable_hand_raising: bool | None | Unset
        if isinstance(self.enable_hand_raising, Unset):
            enable_hand_raising = UNSET
        else:
            enable_hand_raising = self.enable_hand_raising

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

        enable_network_ui: bool | None | Unset
        if isinstance(self.enable_network_ui, Unset):
            enable_network_ui = UNSET
        else:
            enable_network_ui = self.enable_network_ui

        enable_noise_cancellation_ui: bool | None | Unset
        if isinstance(self.enable_noise_cancellation_ui, Unset):
            enable_noise_cancellation_ui = UNSET
        else:
            enable_noise_cancellation_ui = self.enable_noise_cancellation_ui

        enable_breakout_rooms: bool | None | Unset
        if isinstance(self.enable_breakout_rooms, Unset):
            enable_breakout_rooms = UNSET
        else:
            enable_breakout_rooms = self.enable_breakout_rooms

        enable_knocking: bool | None | Unset
        if isinstance(self.enable_knocking, Unset):
            enable_knocking = UNSET
        else:
            enable_knocking = self.enable_knocking

        enable_screenshare: bool | None | Unset
        if isinstance(self.enable_screenshare, Unset):
            enable_screenshare = UNSET
        else:
            enable_screenshare = self.enable_screenshare

        enable_video_processing_ui: bool | None | Unset
        if isinstance(self.enable_video_processing_ui, Unset):
            enable_video_processing_ui = UNSET
        else:
            enable_video_processing_ui = self.enable_video_processing_ui

        enable_chat: bool | None | Unset
        if isinstance(self.enable_chat, Unset):
            enable_chat = UNSET
        else:
            enable_chat = self.enable_chat

        enable_shared_chat_history: bool | None | Unset
        if isinstance(self.enable_shared_chat_history, Unset):
            enable_shared_chat_history = UNSET
        else:
            enable_shared_chat_history = self.enable_shared_chat_history

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

        owner_only_broadcast: bool | None | Unset
        if isinstance(self.owner_only_broadcast, Unset):
            owner_only_broadcast = UNSET
        else:
            owner_only_broadcast = self.owner_only_broadcast

        enable_recording: list[str] | None | str | Unset
        if isinstance(self.enable_recording, Unset):
            enable_recording = UNSET
        elif isinstance(self.enable_recording, list):
            enable_recording = self.enable_recording

        else:
            enable_recording = self.enable_recording

        enable_raw_tracks_transcoded_audio: None | str | Unset
        if isinstance(self.enable_raw_tracks_transcoded_audio, Unset):
            enable_raw_tracks_transcoded_audio = UNSET
        else:
            enable_raw_tracks_transcoded_audio = self.enable_raw_tracks_transcoded_audio

        eject_at_room_exp: bool | None | Unset
        if isinstance(self.eject_at_room_exp, Unset):
            eject_at_room_exp = UNSET
        else:
            eject_at_room_exp = self.eject_at_room_exp

        eject_after_elapsed: int | None | Unset
        if isinstance(self.eject_after_elapsed, Unset):
            eject_after_elapsed = UNSET
        else:
            eject_after_elapsed = self.eject_after_elapsed

        enable_advanced_chat: bool | None | Unset
        if isinstance(self.enable_advanced_chat, Unset):
            enable_advanced_chat = UNSET
        else:
            enable_advanced_chat = self.enable_advanced_chat

        enable_hidden_participants: bool | None | Unset
        if isinstance(self.enable_hidden_participants, Unset):
            enable_hidden_participants = UNSET
        else:
            enable_hidden_participants = self.enable_hidden_participants

        enable_mesh_sfu: bool | None | Unset
        if isinstance(self.enable_mesh_sfu, Unset):
            enable_mesh_sfu = UNSET
        else:
            enable_mesh_sfu = self.enable_mesh_sfu

        sfu_switchover: float | None | Unset
        if isinstance(self.sfu_switchover, Unset):
            sfu_switchover = UNSET
        else:
            sfu_switchover = self.sfu_switchover

        enable_adaptive_simulcast: bool | None | Unset
        if isinstance(self.enable_adaptive_simulcast, Unset):
            enable_adaptive_simulcast = UNSET
        else:
            enable_adaptive_simulcast = self.enable_adaptive_simulcast

        enable_multiparty_adaptive_simulcast: bool | None | Unset
        if isinstance(self.enable_multiparty_adaptive_simulcast, Unset):
            enable_multiparty_adaptive_simulcast = UNSET
        else:
            enable_multiparty_adaptive_simulcast = self.enable_multiparty_adaptive_simulcast

        enforce_unique_user_ids: bool | None | Unset
        if isinstance(self.enforce_unique_user_ids, Unset):
            enforce_unique_user_ids = UNSET
        else:
            enforce_unique_user_ids = self.enforce_unique_user_ids

        experimental_optimize_large_calls: bool | None | Unset
        if isinstance(self.experimental_optimize_large_calls, Unset):
            experimental_optimize_large_calls = UNSET
        else:
            experimental_optimize_large_calls = self.experimental_optimize_large_calls

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        meeting_join_hook: None | str | Unset
        if isinstance(self.meeting_join_hook, Unset):
            meeting_join_hook = UNSET
        else:
            meeting_join_hook = self.meeting_join_hook

        geo: None | str | Unset
        if isinstance(self.geo, Unset):
            geo = UNSET
        else:
            geo = self.geo

        rtmp_geo: None | str | Unset
        if isinstance(self.rtmp_geo, Unset):
            rtmp_geo = UNSET
        else:
            rtmp_geo = self.rtmp_geo

        disable_rtmp_geo_fallback: bool | None | Unset
        if isinstance(self.disable_rtmp_geo_fallback, Unset):
            disable_rtmp_geo_fallback = UNSET
        else:
            disable_rtmp_geo_fallback = self.disable_rtmp_geo_fallback

        recordings_bucket: dict[str, Any] | None | Unset
        if isinstance(self.recordings_bucket, Unset):
            recordings_bucket = UNSET
        elif isinstance(self.recordings_bucket, JsonObject):
            recordings_bucket = self.recordings_bucket.to_dict()
        else:
            recordings_bucket = self.recordings_bucket

        enable_terse_logging: bool | None | Unset
        if isinstance(self.enable_terse_logging, Unset):
            enable_terse_logging = UNSET
        else:
            enable_terse_logging = self.enable_terse_logging

        auto_transcription_settings: dict[str, Any] | None | Unset
        if isinstance(self.auto_transcription_settings, Unset):
            auto_transcription_settings = UNSET
        elif isinstance(self.auto_transcription_settings, JsonObject):
            auto_transcription_settings = self.auto_transcription_settings.to_dict()
        else:
            auto_transcription_settings = self.auto_transcription_settings

        enable_transcription_storage: bool | None | Unset
        if isinstance(self.enable_transcription_storage, Unset):
            enable_transcription_storage = UNSET
        else:
            enable_transcription_storage = self.enable_transcription_storage

        transcription_bucket: dict[str, Any] | None | Unset
        if isinstance(self.transcription_bucket, Unset):
            transcription_bucket = UNSET
        elif isinstance(self.transcription_bucket, JsonObject):
            transcription_bucket = self.transcription_bucket.to_dict()
        else:
            transcription_bucket = self.transcription_bucket

        recordings_template: None | str | Unset
        if isinstance(self.recordings_template, Unset):
            recordings_template = UNSET
        else:
            recordings_template = self.recordings_template

        transcription_template: None | str | Unset
        if isinstance(self.transcription_template, Unset):
            transcription_template = UNSET
        else:
            transcription_template = self.transcription_template

        enable_dialout: bool | None | Unset
        if isinstance(self.enable_dialout, Unset):
            enable_dialout = UNSET
        else:
            enable_dialout = self.enable_dialout

        dialout_config: dict[str, Any] | None | Unset
        if isinstance(self.dialout_config, Unset):
            dialout_config = UNSET
        elif isinstance(self.dialout_config, JsonObject):
            dialout_config = self.dialout_config.to_dict()
        else:
            dialout_config = self.dialout_config

        streaming_endpoints: list[dict[str, Any]] | None | Unset
        if isinstance(self.streaming_endpoints, Unset):
            streaming_endpoints = UNSET
        elif isinstance(self.streaming_endpoints, list):
            streaming_endpoints = []
            for streaming_endpoints_type_0_item_data in self.streaming_endpoints:
                streaming_endpoints_type_0_item = streaming_endpoints_type_0_item_data.to_dict()
                streaming_endpoints.append(streaming_endpoints_type_0_item)

        else:
            streaming_endpoints = self.streaming_endpoints

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, JsonObject):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        sip: dict[str, Any] | None | Unset
        if isinstance(self.sip, Unset):
            sip = UNSET
        elif isinstance(self.sip, JsonObject):
            sip = self.sip.to_dict()
        else:
            sip = self.sip

        sip_uri: dict[str, Any] | None | Unset
        if isinstance(self.sip_uri, Unset):
            sip_uri = UNSET
        elif isinstance(self.sip_uri, SipUri):
            sip_uri = self.sip_uri.to_dict()
        else:
            sip_uri = self.sip_uri

        dialin: dict[str, Any] | None | Unset
        if isinstance(self.dialin, Unset):
            dialin = UNSET
        elif isinstance(self.dialin, JsonObject):
            dialin = self.dialin.to_dict()
        else:
            dialin = self.dialin

        dialin_code: None | str | Unset
        if isinstance(self.dialin_code, Unset):
            dialin_code = UNSET
        else:
            dialin_code = self.dialin_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nbf is not UNSET:
            field_dict["nbf"] = nbf
        if exp is not UNSET:
            field_dict["exp"] = exp
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if enable_people_ui is not UNSET:
            field_dict["enable_people_ui"] = enable_people_ui
        if enable_cpu_warning_notifications is not UNSET:
            field_dict["enable_cpu_warning_notifications"] = enable_cpu_warning_notifications
        if enable_pip_ui is not UNSET:
            field_dict["enable_pip_ui"] = enable_pip_ui
        if enable_emoji_reactions is not UNSET:
            field_dict["enable_emoji_reactions"] = enable_emoji_reactions
        if enable_hand_raising is not UNSET:
            field_dict["enable_hand_raising"] = enable_hand_raising
        if enable_prejoin_ui is not UNSET:
            field_dict["enable_prejoin_ui"] = enable_prejoin_ui
        if enable_live_captions_ui is not UNSET:
            field_dict["enable_live_captions_ui"] = enable_live_captions_ui
        if enable_network_ui is not UNSET:
            field_dict["enable_network_ui"] = enable_network_ui
        if enable_noise_cancellation_ui is not UNSET:
            field_dict["enable_noise_cancellation_ui"] = enable_noise_cancellation_ui
        if enable_breakout_rooms is not UNSET:
            field_dict["enable_breakout_rooms"] = enable_breakout_rooms
        if enable_knocking is not UNSET:
            field_dict["enable_knocking"] = enable_knocking
        if enable_screenshare is not UNSET:
            field_dict["enable_screenshare"] = enable_screenshare
        if enable_video_processing_ui is not UNSET:
            field_dict["enable_video_processing_ui"] = enable_video_processing_ui
        if enable_chat is not UNSET:
            field_dict["enable_chat"] = enable_chat
        if enable_shared_chat_history is not UNSET:
            field_dict["enable_shared_chat_history"] = enable_shared_chat_history
        if start_video_off is not UNSET:
            field_dict["start_video_off"] = start_video_off
        if start_audio_off is not UNSET:
            field_dict["start_audio_off"] = start_audio_off
        if owner_only_broadcast is not UNSET:
            field_dict["owner_only_broadcast"] = owner_only_broadcast
        if enable_recording is not UNSET:
            field_dict["enable_recording"] = enable_recording
        if enable_raw_tracks_transcoded_audio is not UNSET:
            field_dict["enable_raw_tracks_transcoded_audio"] = enable_raw_tracks_transcoded_audio
        if eject_at_room_exp is not UNSET:
            field_dict["eject_at_room_exp"] = eject_at_room_exp
        if eject_after_elapsed is not UNSET:
            field_dict["eject_after_elapsed"] = eject_after_elapsed
        if enable_advanced_chat is not UNSET:
            field_dict["enable_advanced_chat"] = enable_advanced_chat
        if enable_hidden_participants is not UNSET:
            field_dict["enable_hidden_participants"] = enable_hidden_participants
        if enable_mesh_sfu is not UNSET:
            field_dict["enable_mesh_sfu"] = enable_mesh_sfu
        if sfu_switchover is not UNSET:
            field_dict["sfu_switchover"] = sfu_switchover
        if enable_adaptive_simulcast is not UNSET:
            field_dict["enable_adaptive_simulcast"] = enable_adaptive_simulcast
        if enable_multiparty_adaptive_simulcast is not UNSET:
            field_dict["enable_multiparty_adaptive_simulcast"] = (
                enable_multiparty_adaptive_simulcast
            )
        if enforce_unique_user_ids is not UNSET:
            field_dict["enforce_unique_user_ids"] = enforce_unique_user_ids
        if experimental_optimize_large_calls is not UNSET:
            field_dict["experimental_optimize_large_calls"] = experimental_optimize_large_calls
        if lang is not UNSET:
            field_dict["lang"] = lang
        if meeting_join_hook is not UNSET:
            field_dict["meeting_join_hook"] = meeting_join_hook
        if geo is not UNSET:
            field_dict["geo"] = geo
        if rtmp_geo is not UNSET:
            field_dict["rtmp_geo"] = rtmp_geo
        if disable_rtmp_geo_fallback is not UNSET:
            field_dict["disable_rtmp_geo_fallback"] = disable_rtmp_geo_fallback
        if recordings_bucket is not UNSET:
            field_dict["recordings_bucket"] = recordings_bucket
        if enable_terse_logging is not UNSET:
            field_dict["enable_terse_logging"] = enable_terse_logging
        if auto_transcription_settings is not UNSET:
            field_dict["auto_transcription_settings"] = auto_transcription_settings
        if enable_transcription_storage is not UNSET:
            field_dict["enable_transcription_storage"] = enable_transcription_storage
        if transcription_bucket is not UNSET:
            field_dict["transcription_bucket"] = transcription_bucket
        if recordings_template is not UNSET:
            field_dict["recordings_template"] = recordings_template
        if transcription_template is not UNSET:
            field_dict["transcription_template"] = transcription_template
        if enable_dialout is not UNSET:
            field_dict["enable_dialout"] = enable_dialout
        if dialout_config is not UNSET:
            field_dict["dialout_config"] = dialout_config
        if streaming_endpoints is not UNSET:
            field_dict["streaming_endpoints"] = streaming_endpoints
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if sip is not UNSET:
            field_dict["sip"] = sip
        if sip_uri is not UNSET:
            field_dict["sip_uri"] = sip_uri
        if dialin is not UNSET:
            field_dict["dialin"] = dialin
        if dialin_code is not UNSET:
            field_dict["dialin_code"] = dialin_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.sip_uri import SipUri  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_max_participants(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_participants = _parse_max_participants(d.pop("max_participants", UNSET))

        def _parse_enable_people_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_people_ui = _parse_enable_people_ui(d.pop("enable_people_ui", UNSET))

        def _parse_enable_cpu_warning_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_cpu_warning_notifications = _parse_enable_cpu_warning_notifications(
            d.pop("enable_cpu_warning_notifications", UNSET)
        )

        def _parse_enable_pip_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_pip_ui = _parse_enable_pip_ui(d.pop("enable_pip_ui", UNSET))

        def _parse_enable_emoji_reactions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_emoji_reactions = _parse_enable_emoji_reactions(
            d.pop("enable_emoji_reactions", UNSET)
        )

        def _parse_enable_hand_raising(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_hand_raising = _parse_enable_hand_raising(d.pop("enable_hand_raising", UNSET))

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

        def _parse_enable_network_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_network_ui = _parse_enable_network_ui(d.pop("enable_network_ui", UNSET))

        def _parse_enable_noise_cancellation_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_noise_cancellation_ui = _parse_enable_noise_cancellation_ui(
            d.pop("enable_noise_cancellation_ui", UNSET)
        )

        def _parse_enable_breakout_rooms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_breakout_rooms = _parse_enable_breakout_rooms(d.pop("enable_breakout_rooms", UNSET))

        def _parse_enable_knocking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_knocking = _parse_enable_knocking(d.pop("enable_knocking", UNSET))

        def _parse_enable_screenshare(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_screenshare = _parse_enable_screenshare(d.pop("enable_screenshare", UNSET))

        def _parse_enable_video_processing_ui(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_video_processing_ui = _parse_enable_video_processing_ui(
            d.pop("enable_video_processing_ui", UNSET)
        )

        def _parse_enable_chat(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_chat = _parse_enable_chat(d.pop("enable_chat", UNSET))

        def _parse_enable_shared_chat_history(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_shared_chat_history = _parse_enable_shared_chat_history(
            d.pop("enable_shared_chat_history", UNSET)
        )

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

        def _parse_owner_only_broadcast(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        owner_only_broadcast = _parse_owner_only_broadcast(d.pop("owner_only_broadcast", UNSET))

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

        def _parse_enable_raw_tracks_transcoded_audio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enable_raw_tracks_transcoded_audio = _parse_enable_raw_tracks_transcoded_audio(
            d.pop("enable_raw_tracks_transcoded_audio", UNSET)
        )

        def _parse_eject_at_room_exp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        eject_at_room_exp = _parse_eject_at_room_exp(d.pop("eject_at_room_exp", UNSET))

        def _parse_eject_after_elapsed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        eject_after_elapsed = _parse_eject_after_elapsed(d.pop("eject_after_elapsed", UNSET))

        def _parse_enable_advanced_chat(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_advanced_chat = _parse_enable_advanced_chat(d.pop("enable_advanced_chat", UNSET))

        def _parse_enable_hidden_participants(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_hidden_participants = _parse_enable_hidden_participants(
            d.pop("enable_hidden_participants", UNSET)
        )

        def _parse_enable_mesh_sfu(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_mesh_sfu = _parse_enable_mesh_sfu(d.pop("enable_mesh_sfu", UNSET))

        def _parse_sfu_switchover(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sfu_switchover = _parse_sfu_switchover(d.pop("sfu_switchover", UNSET))

        def _parse_enable_adaptive_simulcast(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_adaptive_simulcast = _parse_enable_adaptive_simulcast(
            d.pop("enable_adaptive_simulcast", UNSET)
        )

        def _parse_enable_multiparty_adaptive_simulcast(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_multiparty_adaptive_simulcast = _parse_enable_multiparty_adaptive_simulcast(
            d.pop("enable_multiparty_adaptive_simulcast", UNSET)
        )

        def _parse_enforce_unique_user_ids(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enforce_unique_user_ids = _parse_enforce_unique_user_ids(
            d.pop("enforce_unique_user_ids", UNSET)
        )

        def _parse_experimental_optimize_large_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        experimental_optimize_large_calls = _parse_experimental_optimize_large_calls(
            d.pop("experimental_optimize_large_calls", UNSET)
        )

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_meeting_join_hook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_join_hook = _parse_meeting_join_hook(d.pop("meeting_join_hook", UNSET))

        def _parse_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        geo = _parse_geo(d.pop("geo", UNSET))

        def _parse_rtmp_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rtmp_geo = _parse_rtmp_geo(d.pop("rtmp_geo", UNSET))

        def _parse_disable_rtmp_geo_fallback(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_rtmp_geo_fallback = _parse_disable_rtmp_geo_fallback(
            d.pop("disable_rtmp_geo_fallback", UNSET)
        )

        def _parse_recordings_bucket(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recordings_bucket_type_0 = JsonObject.from_dict(data)

                return recordings_bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        recordings_bucket = _parse_recordings_bucket(d.pop("recordings_bucket", UNSET))

        def _parse_enable_terse_logging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_terse_logging = _parse_enable_terse_logging(d.pop("enable_terse_logging", UNSET))

        def _parse_auto_transcription_settings(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_transcription_settings_type_0 = JsonObject.from_dict(data)

                return auto_transcription_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        auto_transcription_settings = _parse_auto_transcription_settings(
            d.pop("auto_transcription_settings", UNSET)
        )

        def _parse_enable_transcription_storage(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_transcription_storage = _parse_enable_transcription_storage(
            d.pop("enable_transcription_storage", UNSET)
        )

        def _parse_transcription_bucket(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_bucket_type_0 = JsonObject.from_dict(data)

                return transcription_bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        transcription_bucket = _parse_transcription_bucket(d.pop("transcription_bucket", UNSET))

        def _parse_recordings_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recordings_template = _parse_recordings_template(d.pop("recordings_template", UNSET))

        def _parse_transcription_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcription_template = _parse_transcription_template(
            d.pop("transcription_template", UNSET)
        )

        def _parse_enable_dialout(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_dialout = _parse_enable_dialout(d.pop("enable_dialout", UNSET))

        def _parse_dialout_config(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dialout_config_type_0 = JsonObject.from_dict(data)

                return dialout_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        dialout_config = _parse_dialout_config(d.pop("dialout_config", UNSET))

        def _parse_streaming_endpoints(data: object) -> list[JsonObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                streaming_endpoints_type_0 = []
                _streaming_endpoints_type_0 = data
                for streaming_endpoints_type_0_item_data in _streaming_endpoints_type_0:
                    streaming_endpoints_type_0_item = JsonObject.from_dict(
                        streaming_endpoints_type_0_item_data
                    )

                    streaming_endpoints_type_0.append(streaming_endpoints_type_0_item)

                return streaming_endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JsonObject] | None | Unset, data)

        streaming_endpoints = _parse_streaming_endpoints(d.pop("streaming_endpoints", UNSET))

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

        def _parse_sip(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sip_type_0 = JsonObject.from_dict(data)

                return sip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        sip = _parse_sip(d.pop("sip", UNSET))

        def _parse_sip_uri(data: object) -> None | SipUri | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sip_uri_type_0 = SipUri.from_dict(data)

                return sip_uri_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SipUri | Unset, data)

        sip_uri = _parse_sip_uri(d.pop("sip_uri", UNSET))

        def _parse_dialin(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dialin_type_0 = JsonObject.from_dict(data)

                return dialin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        dialin = _parse_dialin(d.pop("dialin", UNSET))

        def _parse_dialin_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialin_code = _parse_dialin_code(d.pop("dialin_code", UNSET))

        room_config = cls(
            nbf=nbf,
            exp=exp,
            max_participants=max_participants,
            enable_people_ui=enable_people_ui,
            enable_cpu_warning_notifications=enable_cpu_warning_notifications,
            enable_pip_ui=enable_pip_ui,
            enable_emoji_reactions=enable_emoji_reactions,
            enable_hand_raising=enable_hand_raising,
            enable_prejoin_ui=enable_prejoin_ui,
            enable_live_captions_ui=enable_live_captions_ui,
            enable_network_ui=enable_network_ui,
            enable_noise_cancellation_ui=enable_noise_cancellation_ui,
            enable_breakout_rooms=enable_breakout_rooms,
            enable_knocking=enable_knocking,
            enable_screenshare=enable_screenshare,
            enable_video_processing_ui=enable_video_processing_ui,
            enable_chat=enable_chat,
            enable_shared_chat_history=enable_shared_chat_history,
            start_video_off=start_video_off,
            start_audio_off=start_audio_off,
            owner_only_broadcast=owner_only_broadcast,
            enable_recording=enable_recording,
            enable_raw_tracks_transcoded_audio=enable_raw_tracks_transcoded_audio,
            eject_at_room_exp=eject_at_room_exp,
            eject_after_elapsed=eject_after_elapsed,
            enable_advanced_chat=enable_advanced_chat,
            enable_hidden_participants=enable_hidden_participants,
            enable_mesh_sfu=enable_mesh_sfu,
            sfu_switchover=sfu_switchover,
            enable_adaptive_simulcast=enable_adaptive_simulcast,
            enable_multiparty_adaptive_simulcast=enable_multiparty_adaptive_simulcast,
            enforce_unique_user_ids=enforce_unique_user_ids,
            experimental_optimize_large_calls=experimental_optimize_large_calls,
            lang=lang,
            meeting_join_hook=meeting_join_hook,
            geo=geo,
            rtmp_geo=rtmp_geo,
            disable_rtmp_geo_fallback=disable_rtmp_geo_fallback,
            recordings_bucket=recordings_bucket,
            enable_terse_logging=enable_terse_logging,
            auto_transcription_settings=auto_transcription_settings,
            enable_transcription_storage=enable_transcription_storage,
            transcription_bucket=transcription_bucket,
            recordings_template=recordings_template,
            transcription_template=transcription_template,
            enable_dialout=enable_dialout,
            dialout_config=dialout_config,
            streaming_endpoints=streaming_endpoints,
            permissions=permissions,
            sip=sip,
            sip_uri=sip_uri,
            dialin=dialin,
            dialin_code=dialin_code,
        )

        room_config.additional_properties = d
        return room_config

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
