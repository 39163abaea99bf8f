from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.sip_mode import SipMode
from ..models.sip_provider import SipProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_codecs import SipCodecs
    from ..models.sip_dialin_config import SipDialinConfig


T = TypeVar("T", bound="SipConfig")


@_attrs_define
class SipConfig:
    """SIP dial-in settings.

    Attributes:
        display_name (str): Name shown for the SIP participant.
        sip_mode (SipMode):
        video (bool | Unset): The SIP participant sends and receives video. Default: false.
        num_endpoints (int | Unset): Number of SIP URIs to create. Default: 1.
        force_digit_only_username (bool | Unset): Digits-only SIP user names; not with num_endpoints > 1. Default:
            false.
        codecs (SipCodecs | Unset):
        provider (SipProvider | Unset):
        dialin_config (SipDialinConfig | Unset): How SIP dial-in calls behave.
    """

    display_name: str
    sip_mode: SipMode
    video: bool | Unset = UNSET
    num_endpoints: int | Unset = UNSET
    force_digit_only_username: bool | Unset = UNSET
    codecs: SipCodecs | Unset = UNSET
    provider: SipProvider | Unset = UNSET
    dialin_config: SipDialinConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        sip_mode = self.sip_mode.value

        video = self.video

        num_endpoints = self.num_endpoints

        force_digit_only_username = self.force_digit_only_username

        codecs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.codecs, Unset):
            codecs = self.codecs.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        dialin_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dialin_config, Unset):
            dialin_config = self.dialin_config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "sip_mode": sip_mode,
            }
        )
        if video is not UNSET:
            field_dict["video"] = video
        if num_endpoints is not UNSET:
            field_dict["num_endpoints"] = num_endpoints
        if force_digit_only_username is not UNSET:
            field_dict["force_digit_only_username"] = force_digit_only_username
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if provider is not UNSET:
            field_dict["provider"] = provider
        if dialin_config is not UNSET:
            field_dict["dialin_config"] = dialin_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_codecs import SipCodecs  # noqa: PLC0415
        from ..models.sip_dialin_config import SipDialinConfig  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        sip_mode = SipMode(d.pop("sip_mode"))

        video = d.pop("video", UNSET)

        num_endpoints = d.pop("num_endpoints", UNSET)

        force_digit_only_username = d.pop("force_digit_only_username", UNSET)

        _codecs = d.pop("codecs", UNSET)
        codecs: SipCodecs | Unset
        if isinstance(_codecs, Unset):
            codecs = UNSET
        else:
            codecs = SipCodecs.from_dict(_codecs)

        _provider = d.pop("provider", UNSET)
        provider: SipProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = SipProvider(_provider)

        _dialin_config = d.pop("dialin_config", UNSET)
        dialin_config: SipDialinConfig | Unset
        if isinstance(_dialin_config, Unset):
            dialin_config = UNSET
        else:
            dialin_config = SipDialinConfig.from_dict(_dialin_config)

        sip_config = cls(
            display_name=display_name,
            sip_mode=sip_mode,
            video=video,
            num_endpoints=num_endpoints,
            force_digit_only_username=force_digit_only_username,
            codecs=codecs,
            provider=provider,
            dialin_config=dialin_config,
        )

        return sip_config
