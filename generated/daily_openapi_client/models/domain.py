from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_config import DomainConfig


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """
    Attributes:
        domain_name (str): The subdomain in <domain_name>.daily.co.
        domain_id (str): Domain id; the `d` claim of self-signed tokens.
        config (DomainConfig | Unset): Domain-wide settings, passed through as-is.
    """

    domain_name: str
    domain_id: str
    config: DomainConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        domain_id = self.domain_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain_name": domain_name,
                "domain_id": domain_id,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_config import DomainConfig  # noqa: PLC0415

        d = dict(src_dict)
        domain_name = d.pop("domain_name")

        domain_id = d.pop("domain_id")

        _config = d.pop("config", UNSET)
        config: DomainConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = DomainConfig.from_dict(_config)

        domain = cls(
            domain_name=domain_name,
            domain_id=domain_id,
            config=config,
        )

        domain.additional_properties = d
        return domain

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
