from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.geo import Geo
from ..models.language import Language
from ..models.recording_mode import RecordingMode
from ..models.rtmp_geo import RtmpGeo
from ..models.transcoded_audio_format import TranscodedAudioFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_transcription_settings import AutoTranscriptionSettings
    from ..models.dialout_config import DialoutConfig
    from ..models.permissions import Permissions
    from ..models.pin_dialin import PinDialin
    from ..models.recordings_bucket import RecordingsBucket
    from ..models.sip_config import SipConfig
    from ..models.streaming_endpoint import StreamingEndpoint
    from ..models.transcription_bucket import TranscriptionBucket


T = TypeVar("T", bound="RoomProperties")


@_attrs_define
class RoomProperties:
    """Room settings to set. Every field may be null, which resets it to Daily's default. Fields marked "Prebuilt only"
    affect only Daily's Prebuilt UI.

        Attributes:
            nbf (int | None | Unset): Unix time (seconds) before which nobody can join.
            exp (int | None | Unset): Unix time (seconds) after which nobody can join; must be in the future. People already
                in the room stay unless eject_at_room_exp is true.
            max_participants (int | None | Unset): Maximum people in the room at once. Default: 200 (more needs Daily's
                approval).
            enable_people_ui (bool | None | Unset): Show the participants panel (Prebuilt only).
            enable_cpu_warning_notifications (bool | None | Unset): Show high-CPU warnings (Prebuilt only).
            enable_pip_ui (bool | None | Unset): Offer picture-in-picture (Prebuilt only).
            enable_emoji_reactions (bool | None | Unset): Allow emoji reactions (Prebuilt only).
            enable_hand_raising (bool | None | Unset): Allow hand raising (Prebuilt only).
            enable_prejoin_ui (bool | None | Unset): Show the pre-join lobby (Prebuilt only).
            enable_live_captions_ui (bool | None | Unset): Show live captions controls (Prebuilt only).
            enable_network_ui (bool | None | Unset): Show the network panel (Prebuilt only).
            enable_noise_cancellation_ui (bool | None | Unset): Show the noise-cancellation control (Prebuilt only).
            enable_breakout_rooms (bool | None | Unset): Allow breakout rooms (beta).
            enable_knocking (bool | None | Unset): Let people without a token ask to join a private room.
            enable_screenshare (bool | None | Unset): Allow screen sharing; cannot change once a session has started.
                Default: true.
            enable_video_processing_ui (bool | None | Unset): Show video processing (background effects) controls. Default:
                true.
            enable_chat (bool | None | Unset): Enable text chat. Default: false.
            enable_shared_chat_history (bool | None | Unset): Show earlier chat messages to people who join later. Default:
                true.
            start_video_off (bool | None | Unset): Join with the camera off. Default: false.
            start_audio_off (bool | None | Unset): Join with the microphone off. Default: false.
            owner_only_broadcast (bool | None | Unset): Only meeting owners may send audio and video. Default: false.
                Deprecated: Daily removed it from the API in February 2026 (per its Ruby client's changelog); still read from
                answers, and the facade warns when it is sent.
            enable_recording (list[RecordingMode] | None | RecordingMode | Unset): Recording type(s) allowed in the room.
                Default: not set (no recording).
            enable_raw_tracks_transcoded_audio (None | TranscodedAudioFormat | Unset): Also store raw-tracks audio
                transcoded to this format.
            eject_at_room_exp (bool | None | Unset): Remove everyone when exp is reached. Default: false.
            eject_after_elapsed (int | None | Unset): Remove each participant this many seconds after they join (token
                settings override it).
            enable_advanced_chat (bool | None | Unset): Enable advanced chat features. Default: false.
            enable_hidden_participants (bool | None | Unset): Let participants join hidden. Default: false.
            enable_mesh_sfu (bool | None | Unset): Start peer-to-peer and switch to the SFU as the call grows.
            sfu_switchover (float | None | Unset): With enable_mesh_sfu: participant count above which the call moves from
                peer-to-peer to the SFU. Default: 0.5.
            enable_adaptive_simulcast (bool | None | Unset): Adapt simulcast layers to network conditions. Default: true.
            enable_multiparty_adaptive_simulcast (bool | None | Unset): Adaptive simulcast for calls of more than two; needs
                enable_adaptive_simulcast. Default: false.
            enforce_unique_user_ids (bool | None | Unset): Refuse a second participant with the same user_id. Default:
                false.
            experimental_optimize_large_calls (bool | None | Unset): Tune for very large calls (Prebuilt only).
            lang (Language | None | Unset): Prebuilt UI language. Default: en.
            meeting_join_hook (None | str | Unset): URL called when someone joins (deprecated; use webhooks).
            geo (Geo | None | Unset): Force the SFU region. Default: null (Daily chooses).
            rtmp_geo (None | RtmpGeo | Unset): Region for RTMP streaming. Default: the region nearest the SFU.
            disable_rtmp_geo_fallback (bool | None | Unset): Do not fall back to another region when rtmp_geo is
                unavailable. Default: false.
            recordings_bucket (None | RecordingsBucket | Unset): Store recordings in your own S3 bucket.
            enable_terse_logging (bool | None | Unset): Log less, for large calls. Default: false.
            auto_transcription_settings (AutoTranscriptionSettings | None | Unset): Options for transcription started
                automatically (paid).
            enable_transcription_storage (bool | None | Unset): Store transcripts. Default: false.
            transcription_bucket (None | TranscriptionBucket | Unset): Store transcripts in your own S3 bucket.
            recordings_template (None | str | Unset): Object key template for recordings; must contain {epoch_time};
                characters [0-9A-Za-z./_-] plus placeholders; only .mp4 may be given as extension. Default:
                {domain_name}/{room_name}/{epoch_time}.
            transcription_template (None | str | Unset): Object key template for transcripts; same rules as
                recordings_template. Default: {domain_name}/{room_name}/{epoch_time}.vtt.
            enable_dialout (bool | None | Unset): Allow dial-out calls (needs Daily's approval). Default: false.
            dialout_config (DialoutConfig | None | Unset): Dial-out options.
            streaming_endpoints (list[StreamingEndpoint] | None | Unset): Live-streaming destinations. null removes them.
            permissions (None | Permissions | Unset): Default participant permissions. Default: send everything, receive
                everything, has presence, no admin.
            sip (None | SipConfig | Unset): SIP dial-in; null disables it.
            dialin (None | PinDialin | Unset): PSTN dial-in with a PIN: callers dial one of the numbers and enter the room's
                dialin_code (Daily sets it; read it from the room's config). Such a room needs an exp within 365 days.
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
    enable_recording: list[RecordingMode] | None | RecordingMode | Unset = UNSET
    enable_raw_tracks_transcoded_audio: None | TranscodedAudioFormat | Unset = UNSET
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
    lang: Language | None | Unset = UNSET
    meeting_join_hook: None | str | Unset = UNSET
    geo: Geo | None | Unset = UNSET
    rtmp_geo: None | RtmpGeo | Unset = UNSET
    disable_rtmp_geo_fallback: bool | None | Unset = UNSET
    recordings_bucket: None | RecordingsBucket | Unset = UNSET
    enable_terse_logging: bool | None | Unset = UNSET
    auto_transcription_settings: AutoTranscriptionSettings | None | Unset = UNSET
    enable_transcription_storage: bool | None | Unset = UNSET
    transcription_bucket: None | TranscriptionBucket | Unset = UNSET
    recordings_template: None | str | Unset = UNSET
    transcription_template: None | str | Unset = UNSET
    enable_dialout: bool | None | Unset = UNSET
    dialout_config: DialoutConfig | None | Unset = UNSET
    streaming_endpoints: list[StreamingEndpoint] | None | Unset = UNSET
    permissions: None | Permissions | Unset = UNSET
    sip: None | SipConfig | Unset = UNSET
    dialin: None | PinDialin | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_transcription_settings import AutoTranscriptionSettings  # noqa: PLC0415
        from ..models.dialout_config import DialoutConfig  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.pin_dialin import PinDialin  # noqa: PLC0415
        from ..models.recordings_bucket import RecordingsBucket  # noqa: PLC0415
        from ..models.sip_config import SipConfig  # noqa: PLC0415
        from ..models.transcription_bucket import TranscriptionBucket  # noqa: PLC0415

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
        elif isinstance(self.enable_recording, RecordingMode):
            enable_recording = self.enable_recording.value
        elif isinstance(self.enable_recording, list):
            enable_recording = []
            for componentsschemas_recording_mode_list_item_data in self.enable_recording:
                componentsschemas_recording_mode_list_item = (
                    componentsschemas_recording_mode_list_item_data.value
                )
                enable_recording.append(componentsschemas_recording_mode_list_item)

        else:
            enable_recording = self.enable_recording

        enable_raw_tracks_transcoded_audio: None | str | Unset
        if isinstance(self.enable_raw_tracks_transcoded_audio, Unset):
            enable_raw_tracks_transcoded_audio = UNSET
        elif isinstance(self.enable_raw_tracks_transcoded_audio, TranscodedAudioFormat):
            enable_raw_tracks_transcoded_audio = self.enable_raw_tracks_transcoded_audio.value
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
        elif isinstance(self.lang, Language):
            lang = self.lang.value
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
        elif isinstance(self.geo, Geo):
            geo = self.geo.value
        else:
            geo = self.geo

        rtmp_geo: None | str | Unset
        if isinstance(self.rtmp_geo, Unset):
            rtmp_geo = UNSET
        elif isinstance(self.rtmp_geo, RtmpGeo):
            rtmp_geo = self.rtmp_geo.value
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
        elif isinstance(self.recordings_bucket, RecordingsBucket):
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
        elif isinstance(self.auto_transcription_settings, AutoTranscriptionSettings):
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
        elif isinstance(self.transcription_bucket, TranscriptionBucket):
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
        elif isinstance(self.dialout_config, DialoutConfig):
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
        elif isinstance(self.permissions, Permissions):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        sip: dict[str, Any] | None | Unset
        if isinstance(self.sip, Unset):
            sip = UNSET
        elif isinstance(self.sip, SipConfig):
            sip = self.sip.to_dict()
        else:
            sip = self.sip

        dialin: dict[str, Any] | None | Unset
        if isinstance(self.dialin, Unset):
            dialin = UNSET
        elif isinstance(self.dialin, PinDialin):
            dialin = self.dialin.to_dict()
        else:
            dialin = self.dialin

        field_dict: dict[str, Any] = {}

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
        if dialin is not UNSET:
            field_dict["dialin"] = dialin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_transcription_settings import AutoTranscriptionSettings  # noqa: PLC0415
        from ..models.dialout_config import DialoutConfig  # noqa: PLC0415
        from ..models.permissions import Permissions  # noqa: PLC0415
        from ..models.pin_dialin import PinDialin  # noqa: PLC0415
        from ..models.recordings_bucket import RecordingsBucket  # noqa: PLC0415
        from ..models.sip_config import SipConfig  # noqa: PLC0415
        from ..models.streaming_endpoint import StreamingEndpoint  # noqa: PLC0415
        from ..models.transcription_bucket import TranscriptionBucket  # noqa: PLC0415

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

        def _parse_enable_recording(
            data: object,
        ) -> list[RecordingMode] | None | RecordingMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enable_recording_type_0 = RecordingMode(data)

                return enable_recording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecordingMode] | None | RecordingMode | Unset, data)

        enable_recording = _parse_enable_recording(d.pop("enable_recording", UNSET))

        def _parse_enable_raw_tracks_transcoded_audio(
            data: object,
        ) -> None | TranscodedAudioFormat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enable_raw_tracks_transcoded_audio_type_0 = TranscodedAudioFormat(data)

                return enable_raw_tracks_transcoded_audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscodedAudioFormat | Unset, data)

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

        def _parse_lang(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lang_type_0 = Language(data)

                return lang_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_meeting_join_hook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_join_hook = _parse_meeting_join_hook(d.pop("meeting_join_hook", UNSET))

        def _parse_geo(data: object) -> Geo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geo_type_0 = Geo(data)

                return geo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Geo | None | Unset, data)

        geo = _parse_geo(d.pop("geo", UNSET))

        def _parse_rtmp_geo(data: object) -> None | RtmpGeo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rtmp_geo_type_0 = RtmpGeo(data)

                return rtmp_geo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RtmpGeo | Unset, data)

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

        def _parse_recordings_bucket(data: object) -> None | RecordingsBucket | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recordings_bucket_type_0 = RecordingsBucket.from_dict(data)

                return recordings_bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingsBucket | Unset, data)

        recordings_bucket = _parse_recordings_bucket(d.pop("recordings_bucket", UNSET))

        def _parse_enable_terse_logging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_terse_logging = _parse_enable_terse_logging(d.pop("enable_terse_logging", UNSET))

        def _parse_auto_transcription_settings(
            data: object,
        ) -> AutoTranscriptionSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_transcription_settings_type_0 = AutoTranscriptionSettings.from_dict(data)

                return auto_transcription_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoTranscriptionSettings | None | Unset, data)

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

        def _parse_transcription_bucket(data: object) -> None | TranscriptionBucket | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_bucket_type_0 = TranscriptionBucket.from_dict(data)

                return transcription_bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionBucket | Unset, data)

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

        def _parse_dialout_config(data: object) -> DialoutConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dialout_config_type_0 = DialoutConfig.from_dict(data)

                return dialout_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialoutConfig | None | Unset, data)

        dialout_config = _parse_dialout_config(d.pop("dialout_config", UNSET))

        def _parse_streaming_endpoints(data: object) -> list[StreamingEndpoint] | None | Unset:
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
                    streaming_endpoints_type_0_item = StreamingEndpoint.from_dict(
                        streaming_endpoints_type_0_item_data
                    )

                    streaming_endpoints_type_0.append(streaming_endpoints_type_0_item)

                return streaming_endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StreamingEndpoint] | None | Unset, data)

        streaming_endpoints = _parse_streaming_endpoints(d.pop("streaming_endpoints", UNSET))

        def _parse_permissions(data: object) -> None | Permissions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = Permissions.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permissions | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_sip(data: object) -> None | SipConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sip_type_0 = SipConfig.from_dict(data)

                return sip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SipConfig | Unset, data)

        sip = _parse_sip(d.pop("sip", UNSET))

        def _parse_dialin(data: object) -> None | PinDialin | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dialin_type_0 = PinDialin.from_dict(data)

                return dialin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PinDialin | Unset, data)

        dialin = _parse_dialin(d.pop("dialin", UNSET))

        room_properties = cls(
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
            dialin=dialin,
        )

        return room_properties
