from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.streaming_endpoint_type import StreamingEndpointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hls_config import HlsConfig
    from ..models.rtmp_config import RtmpConfig


T = TypeVar("T", bound="StreamingEndpoint")


@_attrs_define
class StreamingEndpoint:
    """
    Attributes:
        name (str | Unset): Name used to refer to this endpoint when streaming.
        type_ (StreamingEndpointType | Unset):
        rtmp_config (RtmpConfig | Unset):
        hls_config (HlsConfig | Unset):
    """

    name: str | Unset = UNSET
    type_: StreamingEndpointType | Unset = UNSET
    rtmp_config: RtmpConfig | Unset = UNSET
    hls_config: HlsConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rtmp_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp_config, Unset):
            rtmp_config = self.rtmp_config.to_dict()

        hls_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls_config, Unset):
            hls_config = self.hls_config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rtmp_config is not UNSET:
            field_dict["rtmp_config"] = rtmp_config
        if hls_config is not UNSET:
            field_dict["hls_config"] = hls_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hls_config import HlsConfig  # noqa: PLC0415
        from ..models.rtmp_config import RtmpConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: StreamingEndpointType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StreamingEndpointType(_type_)

        _rtmp_config = d.pop("rtmp_config", UNSET)
        rtmp_config: RtmpConfig | Unset
        if isinstance(_rtmp_config, Unset):
            rtmp_config = UNSET
        else:
            rtmp_config = RtmpConfig.from_dict(_rtmp_config)

        _hls_config = d.pop("hls_config", UNSET)
        hls_config: HlsConfig | Unset
        if isinstance(_hls_config, Unset):
            hls_config = UNSET
        else:
            hls_config = HlsConfig.from_dict(_hls_config)

        streaming_endpoint = cls(
            name=name,
            type_=type_,
            rtmp_config=rtmp_config,
            hls_config=hls_config,
        )

        return streaming_endpoint
