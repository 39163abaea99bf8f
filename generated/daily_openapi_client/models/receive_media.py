from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receive_media_custom_audio import ReceiveMediaCustomAudio
    from ..models.receive_media_custom_video import ReceiveMediaCustomVideo


T = TypeVar("T", bound="ReceiveMedia")


@_attrs_define
class ReceiveMedia:
    """
    Attributes:
        video (bool | Unset):
        audio (bool | Unset):
        screen_video (bool | Unset):
        screen_audio (bool | Unset):
        custom_video (ReceiveMediaCustomVideo | Unset): Per custom track name ("*" for all).
        custom_audio (ReceiveMediaCustomAudio | Unset): Per custom track name ("*" for all).
    """

    video: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    screen_video: bool | Unset = UNSET
    screen_audio: bool | Unset = UNSET
    custom_video: ReceiveMediaCustomVideo | Unset = UNSET
    custom_audio: ReceiveMediaCustomAudio | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video = self.video

        audio = self.audio

        screen_video = self.screen_video

        screen_audio = self.screen_audio

        custom_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_video, Unset):
            custom_video = self.custom_video.to_dict()

        custom_audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_audio, Unset):
            custom_audio = self.custom_audio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if video is not UNSET:
            field_dict["video"] = video
        if audio is not UNSET:
            field_dict["audio"] = audio
        if screen_video is not UNSET:
            field_dict["screenVideo"] = screen_video
        if screen_audio is not UNSET:
            field_dict["screenAudio"] = screen_audio
        if custom_video is not UNSET:
            field_dict["customVideo"] = custom_video
        if custom_audio is not UNSET:
            field_dict["customAudio"] = custom_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receive_media_custom_audio import ReceiveMediaCustomAudio  # noqa: PLC0415
        from ..models.receive_media_custom_video import ReceiveMediaCustomVideo  # noqa: PLC0415

        d = dict(src_dict)
        video = d.pop("video", UNSET)

        audio = d.pop("audio", UNSET)

        screen_video = d.pop("screenVideo", UNSET)

        screen_audio = d.pop("screenAudio", UNSET)

        _custom_video = d.pop("customVideo", UNSET)
        custom_video: ReceiveMediaCustomVideo | Unset
        if isinstance(_custom_video, Unset):
            custom_video = UNSET
        else:
            custom_video = ReceiveMediaCustomVideo.from_dict(_custom_video)

        _custom_audio = d.pop("customAudio", UNSET)
        custom_audio: ReceiveMediaCustomAudio | Unset
        if isinstance(_custom_audio, Unset):
            custom_audio = UNSET
        else:
            custom_audio = ReceiveMediaCustomAudio.from_dict(_custom_audio)

        receive_media = cls(
            video=video,
            audio=audio,
            screen_video=screen_video,
            screen_audio=screen_audio,
            custom_video=custom_video,
            custom_audio=custom_audio,
        )

        return receive_media
