from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.admin_permission import AdminPermission
from ..models.send_permission import SendPermission
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receive_permissions import ReceivePermissions


T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """What a participant may do.

    Attributes:
        has_presence (bool | Unset): Visible to other participants.
        can_send (bool | list[SendPermission] | Unset): true/false for all media, or the media types allowed.
        can_receive (ReceivePermissions | Unset): What a participant may receive, by default and per sender.
        can_admin (bool | list[AdminPermission] | Unset): true/false for all admin rights, or the rights granted.
    """

    has_presence: bool | Unset = UNSET
    can_send: bool | list[SendPermission] | Unset = UNSET
    can_receive: ReceivePermissions | Unset = UNSET
    can_admin: bool | list[AdminPermission] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_presence = self.has_presence

        can_send: bool | list[str] | Unset
        if isinstance(self.can_send, Unset):
            can_send = UNSET
        elif isinstance(self.can_send, list):
            can_send = []
            for can_send_type_1_item_data in self.can_send:
                can_send_type_1_item = can_send_type_1_item_data.value
                can_send.append(can_send_type_1_item)

        else:
            can_send = self.can_send

        can_receive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.can_receive, Unset):
            can_receive = self.can_receive.to_dict()

        can_admin: bool | list[str] | Unset
        if isinstance(self.can_admin, Unset):
            can_admin = UNSET
        elif isinstance(self.can_admin, list):
            can_admin = []
            for can_admin_type_1_item_data in self.can_admin:
                can_admin_type_1_item = can_admin_type_1_item_data.value
                can_admin.append(can_admin_type_1_item)

        else:
            can_admin = self.can_admin

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if has_presence is not UNSET:
            field_dict["hasPresence"] = has_presence
        if can_send is not UNSET:
            field_dict["canSend"] = can_send
        if can_receive is not UNSET:
            field_dict["canReceive"] = can_receive
        if can_admin is not UNSET:
            field_dict["canAdmin"] = can_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receive_permissions import ReceivePermissions  # noqa: PLC0415

        d = dict(src_dict)
        has_presence = d.pop("hasPresence", UNSET)

        def _parse_can_send(data: object) -> bool | list[SendPermission] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                can_send_type_1 = []
                _can_send_type_1 = data
                for can_send_type_1_item_data in _can_send_type_1:
                    can_send_type_1_item = SendPermission(can_send_type_1_item_data)

                    can_send_type_1.append(can_send_type_1_item)

                return can_send_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[SendPermission] | Unset, data)

        can_send = _parse_can_send(d.pop("canSend", UNSET))

        _can_receive = d.pop("canReceive", UNSET)
        can_receive: ReceivePermissions | Unset
        if isinstance(_can_receive, Unset):
            can_receive = UNSET
        else:
            can_receive = ReceivePermissions.from_dict(_can_receive)

        def _parse_can_admin(data: object) -> bool | list[AdminPermission] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                can_admin_type_1 = []
                _can_admin_type_1 = data
                for can_admin_type_1_item_data in _can_admin_type_1:
                    can_admin_type_1_item = AdminPermission(can_admin_type_1_item_data)

                    can_admin_type_1.append(can_admin_type_1_item)

                return can_admin_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[AdminPermission] | Unset, data)

        can_admin = _parse_can_admin(d.pop("canAdmin", UNSET))

        permissions = cls(
            has_presence=has_presence,
            can_send=can_send,
            can_receive=can_receive,
            can_admin=can_admin,
        )

        return permissions
