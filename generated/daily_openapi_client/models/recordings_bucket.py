from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingsBucket")


@_attrs_define
class RecordingsBucket:
    """Your S3 bucket for recordings, reached by assuming an IAM role.

    Attributes:
        bucket_name (str):
        bucket_region (str): AWS region, e.g. us-west-2.
        assume_role_arn (str): ARN of the IAM role Daily assumes.
        allow_api_access (bool | Unset): Allow access to these recordings through the REST API. Default: false.
        allow_streaming_from_bucket (bool | Unset): Allow streaming playback from the bucket. Default: false.
    """

    bucket_name: str
    bucket_region: str
    assume_role_arn: str
    allow_api_access: bool | Unset = UNSET
    allow_streaming_from_bucket: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        assume_role_arn = self.assume_role_arn

        allow_api_access = self.allow_api_access

        allow_streaming_from_bucket = self.allow_streaming_from_bucket

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket_name": bucket_name,
                "bucket_region": bucket_region,
                "assume_role_arn": assume_role_arn,
            }
        )
        if allow_api_access is not UNSET:
            field_dict["allow_api_access"] = allow_api_access
        if allow_streaming_from_bucket is not UNSET:
            field_dict["allow_streaming_from_bucket"] = allow_streaming_from_bucket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name")

        bucket_region = d.pop("bucket_region")

        assume_role_arn = d.pop("assume_role_arn")

        allow_api_access = d.pop("allow_api_access", UNSET)

        allow_streaming_from_bucket = d.pop("allow_streaming_from_bucket", UNSET)

        recordings_bucket = cls(
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            assume_role_arn=assume_role_arn,
            allow_api_access=allow_api_access,
            allow_streaming_from_bucket=allow_streaming_from_bucket,
        )

        return recordings_bucket
