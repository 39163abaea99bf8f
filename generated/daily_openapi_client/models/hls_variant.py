from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlsVariant")


@_attrs_define
class HlsVariant:
    """
    Attributes:
        width (float | Unset): Pixels.
        height (float | Unset): Pixels.
        fps (float | Unset): Frames per second.
        bitrate (float | Unset): Kilobits per second.
        iframe_only (bool | Unset):
    """

    width: float | Unset = UNSET
    height: float | Unset = UNSET
    fps: float | Unset = UNSET
    bitrate: float | Unset = UNSET
    iframe_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        fps = self.fps

        bitrate = self.bitrate

        iframe_only = self.iframe_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if fps is not UNSET:
            field_dict["fps"] = fps
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if iframe_only is not UNSET:
            field_dict["iframe_only"] = iframe_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        fps = d.pop("fps", UNSET)

        bitrate = d.pop("bitrate", UNSET)

        iframe_only = d.pop("iframe_only", UNSET)

        hls_variant = cls(
            width=width,
            height=height,
            fps=fps,
            bitrate=bitrate,
            iframe_only=iframe_only,
        )

        return hls_variant
