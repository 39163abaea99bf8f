from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receive_media import ReceiveMedia
    from ..models.receive_permissions_by_participant_id import (
        ReceivePermissionsByParticipantId,
    )
    from ..models.receive_permissions_by_user_id import ReceivePermissionsByUserId


T = TypeVar("T", bound="ReceivePermissions")


@_attrs_define
class ReceivePermissions:
    """What a participant may receive, by default and per sender.

    Attributes:
        base (bool | ReceiveMedia | Unset): Applies to every sender not listed below.
        by_user_id (ReceivePermissionsByUserId | Unset): Per sender user_id ("*" for all).
        by_participant_id (ReceivePermissionsByParticipantId | Unset): Per sender participant id ("*" for all).
    """

    base: bool | ReceiveMedia | Unset = UNSET
    by_user_id: ReceivePermissionsByUserId | Unset = UNSET
    by_participant_id: ReceivePermissionsByParticipantId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.receive_media import ReceiveMedia  # noqa: PLC0415

        base: bool | dict[str, Any] | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        elif isinstance(self.base, ReceiveMedia):
            base = self.base.to_dict()
        else:
            base = self.base

        by_user_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_user_id, Unset):
            by_user_id = self.by_user_id.to_dict()

        by_participant_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_participant_id, Unset):
            by_participant_id = self.by_participant_id.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if by_user_id is not UNSET:
            field_dict["byUserId"] = by_user_id
        if by_participant_id is not UNSET:
            field_dict["byParticipantId"] = by_participant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receive_media import ReceiveMedia  # noqa: PLC0415
        from ..models.receive_permissions_by_participant_id import (
            ReceivePermissionsByParticipantId,  # noqa: PLC0415
        )
        from ..models.receive_permissions_by_user_id import ReceivePermissionsByUserId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_base(data: object) -> bool | ReceiveMedia | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_type_1 = ReceiveMedia.from_dict(data)

                return base_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ReceiveMedia | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        _by_user_id = d.pop("byUserId", UNSET)
        by_user_id: ReceivePermissionsByUserId | Unset
        if isinstance(_by_user_id, Unset):
            by_user_id = UNSET
        else:
            by_user_id = ReceivePermissionsByUserId.from_dict(_by_user_id)

        _by_participant_id = d.pop("byParticipantId", UNSET)
        by_participant_id: ReceivePermissionsByParticipantId | Unset
        if isinstance(_by_participant_id, Unset):
            by_participant_id = UNSET
        else:
            by_participant_id = ReceivePermissionsByParticipantId.from_dict(_by_participant_id)

        receive_permissions = cls(
            base=base,
            by_user_id=by_user_id,
            by_participant_id=by_participant_id,
        )

        return receive_permissions
