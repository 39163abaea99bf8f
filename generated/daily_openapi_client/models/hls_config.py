from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hls_storage import HlsStorage
    from ..models.hls_variant import HlsVariant


T = TypeVar("T", bound="HlsConfig")


@_attrs_define
class HlsConfig:
    """
    Attributes:
        save_hls_recording (bool | Unset): Keep the HLS output as a recording.
        storage (HlsStorage | Unset):
        variant (list[HlsVariant] | Unset):
    """

    save_hls_recording: bool | Unset = UNSET
    storage: HlsStorage | Unset = UNSET
    variant: list[HlsVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        save_hls_recording = self.save_hls_recording

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        variant: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = []
            for variant_item_data in self.variant:
                variant_item = variant_item_data.to_dict()
                variant.append(variant_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if save_hls_recording is not UNSET:
            field_dict["save_hls_recording"] = save_hls_recording
        if storage is not UNSET:
            field_dict["storage"] = storage
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hls_storage import HlsStorage  # noqa: PLC0415
        from ..models.hls_variant import HlsVariant  # noqa: PLC0415

        d = dict(src_dict)
        save_hls_recording = d.pop("save_hls_recording", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: HlsStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = HlsStorage.from_dict(_storage)

        _variant = d.pop("variant", UNSET)
        variant: list[HlsVariant] | Unset = UNSET
        if _variant is not UNSET:
            variant = []
            for variant_item_data in _variant:
                variant_item = HlsVariant.from_dict(variant_item_data)

                variant.append(variant_item)

        hls_config = cls(
            save_hls_recording=save_hls_recording,
            storage=storage,
            variant=variant,
        )

        hls_config.additional_properties = d
        return hls_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
