from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sip_audio_codec import SipAudioCodec
from ..models.sip_video_codec import SipVideoCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipCodecs")


@_attrs_define
class SipCodecs:
    """
    Attributes:
        audio (list[SipAudioCodec] | Unset):
        video (list[SipVideoCodec] | Unset):
    """

    audio: list[SipAudioCodec] | Unset = UNSET
    video: list[SipVideoCodec] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audio: list[str] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = []
            for audio_item_data in self.audio:
                audio_item = audio_item_data.value
                audio.append(audio_item)

        video: list[str] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = []
            for video_item_data in self.video:
                video_item = video_item_data.value
                video.append(video_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audio = d.pop("audio", UNSET)
        audio: list[SipAudioCodec] | Unset = UNSET
        if _audio is not UNSET:
            audio = []
            for audio_item_data in _audio:
                audio_item = SipAudioCodec(audio_item_data)

                audio.append(audio_item)

        _video = d.pop("video", UNSET)
        video: list[SipVideoCodec] | Unset = UNSET
        if _video is not UNSET:
            video = []
            for video_item_data in _video:
                video_item = SipVideoCodec(video_item_data)

                video.append(video_item)

        sip_codecs = cls(
            audio=audio,
            video=video,
        )

        return sip_codecs
