from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlsStorage")


@_attrs_define
class HlsStorage:
    """
    Attributes:
        bucket_name (str | Unset):
        bucket_region (str | Unset):
        assume_role_arn (str | Unset):
        path_template (str | Unset): Object key template for the HLS files.
    """

    bucket_name: str | Unset = UNSET
    bucket_region: str | Unset = UNSET
    assume_role_arn: str | Unset = UNSET
    path_template: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        assume_role_arn = self.assume_role_arn

        path_template = self.path_template

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_region is not UNSET:
            field_dict["bucket_region"] = bucket_region
        if assume_role_arn is not UNSET:
            field_dict["assume_role_arn"] = assume_role_arn
        if path_template is not UNSET:
            field_dict["path_template"] = path_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name", UNSET)

        bucket_region = d.pop("bucket_region", UNSET)

        assume_role_arn = d.pop("assume_role_arn", UNSET)

        path_template = d.pop("path_template", UNSET)

        hls_storage = cls(
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            assume_role_arn=assume_role_arn,
            path_template=path_template,
        )

        return hls_storage
