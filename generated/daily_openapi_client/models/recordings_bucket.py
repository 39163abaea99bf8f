from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.storage_provider import StorageProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingsBucket")


@_attrs_define
class RecordingsBucket:
    """Your bucket for recordings: AWS S3 (reached by assuming an IAM role) or OCI Object Storage.

    Attributes:
        bucket_name (str):
        bucket_region (str): The bucket's region, e.g. us-west-2.
        storage_provider (StorageProvider | Unset): Where the bucket lives. Default: aws.
        namespace (str | Unset): The OCI Object Storage namespace (OCI only).
        assume_role_arn (str | Unset): ARN of the IAM role Daily assumes (AWS only, and required there).
        allow_api_access (bool | Unset): Allow access to these recordings through the REST API. Default: false.
        allow_streaming_from_bucket (bool | Unset): Allow streaming playback from the bucket. Default: false.
    """

    bucket_name: str
    bucket_region: str
    storage_provider: StorageProvider | Unset = UNSET
    namespace: str | Unset = UNSET
    assume_role_arn: str | Unset = UNSET
    allow_api_access: bool | Unset = UNSET
    allow_streaming_from_bucket: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        storage_provider: str | Unset = UNSET
        if not isinstance(self.storage_provider, Unset):
            storage_provider = self.storage_provider.value

        namespace = self.namespace

        assume_role_arn = self.assume_role_arn

        allow_api_access = self.allow_api_access

        allow_streaming_from_bucket = self.allow_streaming_from_bucket

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket_name": bucket_name,
                "bucket_region": bucket_region,
            }
        )
        if storage_provider is not UNSET:
            field_dict["storage_provider"] = storage_provider
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if assume_role_arn is not UNSET:
            field_dict["assume_role_arn"] = assume_role_arn
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

        _storage_provider = d.pop("storage_provider", UNSET)
        storage_provider: StorageProvider | Unset
        if isinstance(_storage_provider, Unset):
            storage_provider = UNSET
        else:
            storage_provider = StorageProvider(_storage_provider)

        namespace = d.pop("namespace", UNSET)

        assume_role_arn = d.pop("assume_role_arn", UNSET)

        allow_api_access = d.pop("allow_api_access", UNSET)

        allow_streaming_from_bucket = d.pop("allow_streaming_from_bucket", UNSET)

        recordings_bucket = cls(
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            storage_provider=storage_provider,
            namespace=namespace,
            assume_role_arn=assume_role_arn,
            allow_api_access=allow_api_access,
            allow_streaming_from_bucket=allow_streaming_from_bucket,
        )

        return recordings_bucket
