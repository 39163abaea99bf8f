"""The models users see, with pipecat's names, fields and defaults, as attrs classes.

Constructors check types, so a response with a mistyped field is caught where it is read.
Values are read leniently (a recording mode Daily adds later is kept as a string); the
stricter checks of what we *send* live where requests are built (:mod:`daily_helpers._checks`).
Models that Daily may extend keep the fields they do not name in ``extra``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar, cast

import attrs
from attrs import field
from attrs.validators import deep_iterable, instance_of

__all__ = [
    "DailyMeetingTokenParams",
    "DailyMeetingTokenProperties",
    "DailyRoomDialinConfig",
    "DailyRoomObject",
    "DailyRoomParams",
    "DailyRoomProperties",
    "DailyRoomSipParams",
    "RecordingsBucketConfig",
    "RoomPage",
    "TranscriptionBucketConfig",
]

RecordingMode = Literal["cloud", "cloud-audio-only", "local", "raw-tracks"]
Privacy = Literal["public", "private"]
StorageProvider = Literal["aws", "oci"]

_T = TypeVar("_T")


def _strict_bool(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be a bool, not {type(value).__name__}")


def _opt_bool(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _strict_bool(_inst, attribute, value)


def _opt_int(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")


def _opt_number(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise TypeError(f"{attribute.name} must be a number, not {type(value).__name__}")


def _recording(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or isinstance(value, str):
        return
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return
    raise TypeError(f"{attribute.name} must be a str or a list of str, not {type(value).__name__}")


_Validator = Callable[[object, "attrs.Attribute[Any]", object], None]


def _is(kind: type) -> _Validator:
    """``attrs.validators.instance_of(kind)`` (same error) as a plain function: run for every
    field of every room read, it costs a call less."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise TypeError(
                f"'{attribute.name}' must be {kind!r} (got {value!r} that is a "
                f"{value.__class__!r}).",
                attribute,
                kind,
                value,
            )

    return check


def _none_or(kind: type) -> _Validator:
    """``optional(instance_of(kind))`` (same error) as one plain function."""
    check = _is(kind)

    def optional_check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            check(inst, attribute, value)

    return optional_check


_opt_str = _none_or(str)
_opt_dict = _none_or(dict)
_str = _is(str)


def _from_mapping(cls: type[_T], value: object) -> object:
    """``cls`` built from a mapping (as read from a response); anything else unchanged."""
    if value is None or type(value) is cls:  # the common cases, without the ABC check
        return value
    if isinstance(value, Mapping):
        return cls(**value)
    return value


def _extra_repr(extra: Mapping[str, Any]) -> str:
    return repr(dict(extra))


class _Extensible:
    """Mixin for models that keep the fields they do not name in ``extra``."""

    extra: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: fields that are not ``None``, then ``extra``."""
        out: dict[str, Any] = {}
        for a in attrs.fields(cast("type[attrs.AttrsInstance]", type(self))):
            if a.name == "extra":
                continue
            value = getattr(self, a.name)
            if value is not None:
                out[a.name] = value.to_dict() if isinstance(value, _Extensible) else value
        for key, value in self.extra.items():
            out[key] = value.to_dict() if isinstance(value, _Extensible) else value
        return out

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return iter(self.to_dict().items())


@attrs.define(kw_only=True, init=False)
class DailyRoomDialinConfig(_Extensible):
    """How a room's SIP dial-in calls behave (``sip.dialin_config``); only what is set is
    sent. Times are seconds."""

    allow_room_start: bool | None = field(default=None, validator=_opt_bool)
    dialin_geo: str | None = field(default=None, validator=_opt_str)
    max_idle_timeout_sec: int | None = field(default=None, validator=_opt_int)
    max_idle_timeout_post_conversation_sec: int | None = field(default=None, validator=_opt_int)
    hold_music_enabled: bool | None = field(default=None, validator=_opt_bool)
    extra: dict[str, Any] = field(factory=dict, repr=_extra_repr)

    def __init__(
        self,
        *,
        allow_room_start: bool | None = None,
        dialin_geo: str | None = None,
        max_idle_timeout_sec: int | None = None,
        max_idle_timeout_post_conversation_sec: int | None = None,
        hold_music_enabled: bool | None = None,
        **extra: Any,
    ) -> None:
        self.__attrs_init__(
            allow_room_start=allow_room_start,
            dialin_geo=dialin_geo,
            max_idle_timeout_sec=max_idle_timeout_sec,
            max_idle_timeout_post_conversation_sec=max_idle_timeout_post_conversation_sec,
            hold_music_enabled=hold_music_enabled,
            extra=extra,
        )


def _to_DailyRoomDialinConfig(value: object) -> object:
    return _from_mapping(DailyRoomDialinConfig, value)


@attrs.define(kw_only=True, init=False)
class DailyRoomSipParams(_Extensible):
    """SIP dial-in settings of a room."""

    display_name: str = field(default="sw-sip-dialin", validator=_str)
    video: bool = field(default=False, validator=_strict_bool)
    sip_mode: str = field(default="dial-in", validator=_str)
    num_endpoints: int = field(default=1, validator=_opt_int)
    codecs: dict[str, list[str]] | None = field(default=None, validator=_opt_dict)
    provider: str | None = field(default=None, validator=_opt_str)
    dialin_config: DailyRoomDialinConfig | None = field(
        default=None,
        converter=_to_DailyRoomDialinConfig,
        validator=_none_or(DailyRoomDialinConfig),
    )
    extra: dict[str, Any] = field(factory=dict, repr=_extra_repr)

    def __init__(
        self,
        *,
        display_name: str = "sw-sip-dialin",
        video: bool = False,
        sip_mode: str = "dial-in",
        num_endpoints: int = 1,
        codecs: dict[str, list[str]] | None = None,
        provider: str | None = None,
        dialin_config: DailyRoomDialinConfig | Mapping[str, Any] | None = None,
        **extra: Any,
    ) -> None:
        self.__attrs_init__(
            display_name=display_name,
            video=video,
            sip_mode=sip_mode,
            num_endpoints=num_endpoints,
            codecs=codecs,
            provider=provider,
            dialin_config=dialin_config,
            extra=extra,
        )


@attrs.define(kw_only=True, init=False)
class RecordingsBucketConfig(_Extensible):
    """Where Daily stores cloud recordings: your own bucket. ``storage_provider`` is
    ``"aws"`` (Daily's default: S3, reached by assuming the IAM role ``assume_role_arn``,
    required there) or ``"oci"`` (OCI Object Storage in ``namespace``; no role). Unset
    fields are not sent."""

    bucket_name: str = field(validator=_str)
    bucket_region: str = field(validator=_str)
    assume_role_arn: str | None = field(default=None, validator=_opt_str)
    allow_api_access: bool = field(default=False, validator=_strict_bool)
    storage_provider: StorageProvider | None = field(default=None, validator=_opt_str)
    namespace: str | None = field(default=None, validator=_opt_str)
    extra: dict[str, Any] = field(factory=dict, repr=_extra_repr)

    def __init__(
        self,
        *,
        bucket_name: str,
        bucket_region: str,
        assume_role_arn: str | None = None,
        allow_api_access: bool = False,
        storage_provider: StorageProvider | None = None,
        namespace: str | None = None,
        **extra: Any,
    ) -> None:
        self.__attrs_init__(
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            assume_role_arn=assume_role_arn,
            allow_api_access=allow_api_access,
            storage_provider=storage_provider,
            namespace=namespace,
            extra=extra,
        )


@attrs.define(kw_only=True, init=False)
class TranscriptionBucketConfig(RecordingsBucketConfig):
    """Where Daily stores transcripts: your own bucket (as :class:`RecordingsBucketConfig`)."""


def _to_RecordingsBucketConfig(value: object) -> object:
    return _from_mapping(RecordingsBucketConfig, value)


def _to_TranscriptionBucketConfig(value: object) -> object:
    return _from_mapping(TranscriptionBucketConfig, value)


def _to_DailyRoomSipParams(value: object) -> object:
    return _from_mapping(DailyRoomSipParams, value)


@attrs.define(kw_only=True, init=False)
class DailyRoomProperties(_Extensible):
    """A room's properties. Keyword arguments the class does not name are kept and sent.

    ``exp`` and ``nbf`` are Unix times in seconds (a float is truncated when sent).
    """

    exp: float | None = field(default=None, validator=_opt_number)
    enable_chat: bool = field(default=False, validator=_strict_bool)
    enable_prejoin_ui: bool = field(default=False, validator=_strict_bool)
    enable_emoji_reactions: bool = field(default=False, validator=_strict_bool)
    eject_at_room_exp: bool = field(default=False, validator=_strict_bool)
    enable_dialout: bool | None = field(default=None, validator=_opt_bool)
    enable_recording: RecordingMode | list[RecordingMode] | None = field(
        default=None, validator=_recording
    )
    geo: str | None = field(default=None, validator=_opt_str)
    max_participants: int | None = field(default=None, validator=_opt_int)
    recordings_bucket: RecordingsBucketConfig | None = field(
        default=None,
        converter=_to_RecordingsBucketConfig,
        validator=_none_or(RecordingsBucketConfig),
    )
    transcription_bucket: TranscriptionBucketConfig | None = field(
        default=None,
        converter=_to_TranscriptionBucketConfig,
        validator=_none_or(TranscriptionBucketConfig),
    )
    sip: DailyRoomSipParams | None = field(
        default=None,
        converter=_to_DailyRoomSipParams,
        validator=_none_or(DailyRoomSipParams),
    )
    sip_uri: dict[str, Any] | None = field(default=None, validator=_opt_dict)
    start_video_off: bool = field(default=False, validator=_strict_bool)
    extra: dict[str, Any] = field(factory=dict, repr=_extra_repr)

    def __init__(
        self,
        *,
        exp: float | None = None,
        enable_chat: bool = False,
        enable_prejoin_ui: bool = False,
        enable_emoji_reactions: bool = False,
        eject_at_room_exp: bool = False,
        enable_dialout: bool | None = None,
        enable_recording: RecordingMode | list[RecordingMode] | None = None,
        geo: str | None = None,
        max_participants: int | None = None,
        recordings_bucket: RecordingsBucketConfig | Mapping[str, Any] | None = None,
        transcription_bucket: TranscriptionBucketConfig | Mapping[str, Any] | None = None,
        sip: DailyRoomSipParams | Mapping[str, Any] | None = None,
        sip_uri: dict[str, Any] | None = None,
        start_video_off: bool = False,
        **extra_data: Any,
    ) -> None:
        self.__attrs_init__(
            exp=exp,
            enable_chat=enable_chat,
            enable_prejoin_ui=enable_prejoin_ui,
            enable_emoji_reactions=enable_emoji_reactions,
            eject_at_room_exp=eject_at_room_exp,
            enable_dialout=enable_dialout,
            enable_recording=enable_recording,
            geo=geo,
            max_participants=max_participants,
            recordings_bucket=recordings_bucket,
            transcription_bucket=transcription_bucket,
            sip=sip,
            sip_uri=sip_uri,
            start_video_off=start_video_off,
            extra=extra_data,
        )

    @property
    def sip_endpoint(self) -> str:
        """The room's SIP URI (``"sip:<endpoint>"``), or ``""`` when it has none."""
        endpoint = self.sip_uri.get("endpoint") if self.sip_uri else None
        return f"sip:{endpoint}" if endpoint else ""


def _room_properties(value: object) -> object:
    return _from_mapping(DailyRoomProperties, value)


@attrs.define(kw_only=True)
class DailyRoomParams:
    """What ``create_room`` sends: an optional name, the privacy, and the properties."""

    name: str | None = field(default=None, validator=_opt_str)
    privacy: Privacy = field(default="public", validator=_str)
    properties: DailyRoomProperties = field(
        factory=DailyRoomProperties,
        converter=_room_properties,
        validator=_is(DailyRoomProperties),
    )


@attrs.define(kw_only=True)
class DailyRoomObject:
    """A room as Daily returns it. ``created_at`` is ISO 8601 (``2019-01-26T09:01:22.000Z``)."""

    id: str = field(validator=_str)
    name: str = field(validator=_str)
    api_created: bool = field(validator=_strict_bool)
    privacy: str = field(validator=_str)
    url: str = field(validator=_str)
    created_at: str = field(validator=_str)
    config: DailyRoomProperties = field(
        factory=DailyRoomProperties,
        converter=_room_properties,
        validator=_is(DailyRoomProperties),
    )


@attrs.define(kw_only=True, init=False)
class DailyMeetingTokenProperties(_Extensible):
    """A meeting token's properties, all optional. ``nbf``/``exp`` are Unix times in seconds;
    ``eject_after_elapsed`` is in seconds."""

    room_name: str | None = field(default=None, validator=_opt_str)
    eject_at_token_exp: bool | None = field(default=None, validator=_opt_bool)
    eject_after_elapsed: int | None = field(default=None, validator=_opt_int)
    nbf: int | None = field(default=None, validator=_opt_number)
    exp: int | None = field(default=None, validator=_opt_number)
    is_owner: bool | None = field(default=None, validator=_opt_bool)
    user_name: str | None = field(default=None, validator=_opt_str)
    user_id: str | None = field(default=None, validator=_opt_str)
    enable_screenshare: bool | None = field(default=None, validator=_opt_bool)
    start_video_off: bool | None = field(default=None, validator=_opt_bool)
    start_audio_off: bool | None = field(default=None, validator=_opt_bool)
    enable_recording: RecordingMode | list[RecordingMode] | None = field(
        default=None, validator=_recording
    )
    enable_prejoin_ui: bool | None = field(default=None, validator=_opt_bool)
    start_cloud_recording: bool | None = field(default=None, validator=_opt_bool)
    permissions: dict[str, Any] | None = field(default=None, validator=_opt_dict)
    enable_live_captions_ui: bool | None = field(default=None, validator=_opt_bool)
    enable_recording_ui: bool | None = field(default=None, validator=_opt_bool)
    enable_terse_logging: bool | None = field(default=None, validator=_opt_bool)
    knocking: bool | None = field(default=None, validator=_opt_bool)
    start_cloud_recording_opts: dict[str, Any] | None = field(default=None, validator=_opt_dict)
    auto_start_transcription: bool | None = field(default=None, validator=_opt_bool)
    close_tab_on_exit: bool | None = field(default=None, validator=_opt_bool)
    redirect_on_meeting_exit: str | None = field(default=None, validator=_opt_str)
    lang: str | None = field(default=None, validator=_opt_str)
    extra: dict[str, Any] = field(factory=dict, repr=_extra_repr)

    def __init__(
        self,
        *,
        room_name: str | None = None,
        eject_at_token_exp: bool | None = None,
        eject_after_elapsed: int | None = None,
        nbf: int | None = None,
        exp: int | None = None,
        is_owner: bool | None = None,
        user_name: str | None = None,
        user_id: str | None = None,
        enable_screenshare: bool | None = None,
        start_video_off: bool | None = None,
        start_audio_off: bool | None = None,
        enable_recording: RecordingMode | list[RecordingMode] | None = None,
        enable_prejoin_ui: bool | None = None,
        start_cloud_recording: bool | None = None,
        permissions: dict[str, Any] | None = None,
        enable_live_captions_ui: bool | None = None,
        enable_recording_ui: bool | None = None,
        enable_terse_logging: bool | None = None,
        knocking: bool | None = None,
        start_cloud_recording_opts: dict[str, Any] | None = None,
        auto_start_transcription: bool | None = None,
        close_tab_on_exit: bool | None = None,
        redirect_on_meeting_exit: str | None = None,
        lang: str | None = None,
        **extra: Any,
    ) -> None:
        self.__attrs_init__(
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
            start_cloud_recording=start_cloud_recording,
            permissions=permissions,
            enable_live_captions_ui=enable_live_captions_ui,
            enable_recording_ui=enable_recording_ui,
            enable_terse_logging=enable_terse_logging,
            knocking=knocking,
            start_cloud_recording_opts=start_cloud_recording_opts,
            auto_start_transcription=auto_start_transcription,
            close_tab_on_exit=close_tab_on_exit,
            redirect_on_meeting_exit=redirect_on_meeting_exit,
            lang=lang,
            extra=extra,
        )


def _token_properties(value: object) -> object:
    return _from_mapping(DailyMeetingTokenProperties, value)


@attrs.define(kw_only=True)
class DailyMeetingTokenParams:
    """Extra properties for ``get_token`` / ``sign_token``."""

    properties: DailyMeetingTokenProperties = field(
        factory=DailyMeetingTokenProperties,
        converter=_token_properties,
        validator=instance_of(DailyMeetingTokenProperties),
    )


@attrs.frozen(kw_only=True)
class RoomPage:
    """One page of ``list_rooms``: newest room first.

    ``next_cursor`` is the ``starting_after`` for the next (older) page, ``None`` on the last;
    ``previous_cursor`` is the ``ending_before`` for the previous (newer) page.
    """

    rooms: list[DailyRoomObject] = field(
        validator=deep_iterable(instance_of(DailyRoomObject), instance_of(list))
    )
    total_count: int = field(validator=instance_of(int))
    next_cursor: str | None = None
    previous_cursor: str | None = None
