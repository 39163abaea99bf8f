from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SipUri")


@_attrs_define
class SipUri:
    """SIP addresses Daily assigned to the room (read-only).

    Attributes:
        endpoint (None | str | Unset):
        extra_endpoints (list[str] | None | Unset):
    """

    endpoint: None | str | Unset = UNSET
    extra_endpoints: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        extra_endpoints: list[str] | None | Unset
        if isinstance(self.extra_endpoints, Unset):
            extra_endpoints = UNSET
        elif isinstance(self.extra_endpoints, list):
            extra_endpoints = self.extra_endpoints

        else:
            extra_endpoints = self.extra_endpoints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if extra_endpoints is not UNSET:
            field_dict["extra_endpoints"] = extra_endpoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_extra_endpoints(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_endpoints_type_0 = cast(list[str], data)

                return extra_endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extra_endpoints = _parse_extra_endpoints(d.pop("extra_endpoints", UNSET))

        sip_uri = cls(
            endpoint=endpoint,
            extra_endpoints=extra_endpoints,
        )

        sip_uri.additional_properties = d
        return sip_uri

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
