from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RtmpConfig")


@_attrs_define
class RtmpConfig:
    """
    Attributes:
        url (str | Unset): RTMP(S) ingest URL.
    """

    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        rtmp_config = cls(
            url=url,
        )

        return rtmp_config
