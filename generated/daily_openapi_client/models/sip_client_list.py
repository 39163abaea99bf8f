from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sip_client import SipClient


T = TypeVar("T", bound="SipClientList")


@_attrs_define
class SipClientList:
    """
    Attributes:
        sip_clients (list[SipClient]):
        total (int): Clients in the whole domain.
        limit (int):
        offset (int):
    """

    sip_clients: list[SipClient]
    total: int
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_clients = []
        for sip_clients_item_data in self.sip_clients:
            sip_clients_item = sip_clients_item_data.to_dict()
            sip_clients.append(sip_clients_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_clients": sip_clients,
                "total": total,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_client import SipClient  # noqa: PLC0415

        d = dict(src_dict)
        sip_clients = []
        _sip_clients = d.pop("sip_clients")
        for sip_clients_item_data in _sip_clients:
            sip_clients_item = SipClient.from_dict(sip_clients_item_data)

            sip_clients.append(sip_clients_item)

        total = d.pop("total")

        limit = d.pop("limit")

        offset = d.pop("offset")

        sip_client_list = cls(
            sip_clients=sip_clients,
            total=total,
            limit=limit,
            offset=offset,
        )

        sip_client_list.additional_properties = d
        return sip_client_list

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
