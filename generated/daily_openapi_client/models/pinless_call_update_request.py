from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PinlessCallUpdateRequest")


@_attrs_define
class PinlessCallUpdateRequest:
    """
    Attributes:
        call_id (str): A UUID in its 36-character text form (kept a string, not format: uuid).
        call_domain (str): A UUID in its 36-character text form (kept a string, not format: uuid).
        sip_uri (str): The room's SIP URI to patch the call into.
    """

    call_id: str
    call_domain: str
    sip_uri: str

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        call_domain = self.call_domain

        sip_uri = self.sip_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callId": call_id,
                "callDomain": call_domain,
                "sipUri": sip_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        call_domain = d.pop("callDomain")

        sip_uri = d.pop("sipUri")

        pinless_call_update_request = cls(
            call_id=call_id,
            call_domain=call_domain,
            sip_uri=sip_uri,
        )

        return pinless_call_update_request
