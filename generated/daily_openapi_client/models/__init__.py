"""Contains all the data models used in inputs/outputs"""
# daily-helpers override: each model module is imported on first use of its name (PEP 562),
# so importing one model does not import them all.

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_permission import AdminPermission
    from .app_message_request import AppMessageRequest
    from .auto_transcription_settings import AutoTranscriptionSettings
    from .cloud_recording_options import CloudRecordingOptions
    from .create_meeting_token_request import CreateMeetingTokenRequest
    from .create_room_request import CreateRoomRequest
    from .create_sip_client_request import CreateSipClientRequest
    from .delete_rooms_batch_request import DeleteRoomsBatchRequest
    from .dialout_config import DialoutConfig
    from .domain import Domain
    from .domain_config import DomainConfig
    from .domain_presence import DomainPresence
    from .eject_request import EjectRequest
    from .ejected import Ejected
    from .error import Error
    from .geo import Geo
    from .hls_config import HlsConfig
    from .hls_storage import HlsStorage
    from .hls_variant import HlsVariant
    from .json_object import JsonObject
    from .language import Language
    from .meeting_token import MeetingToken
    from .meeting_token_properties import MeetingTokenProperties
    from .meeting_token_validation import MeetingTokenValidation
    from .permissions import Permissions
    from .pin_dialin import PinDialin
    from .pin_dialin_number import PinDialinNumber
    from .pinless_call_update_request import PinlessCallUpdateRequest
    from .presence import Presence
    from .presence_participant import PresenceParticipant
    from .privacy import Privacy
    from .receive_media import ReceiveMedia
    from .receive_media_custom_audio import ReceiveMediaCustomAudio
    from .receive_media_custom_video import ReceiveMediaCustomVideo
    from .receive_permissions import ReceivePermissions
    from .receive_permissions_by_participant_id import ReceivePermissionsByParticipantId
    from .receive_permissions_by_user_id import ReceivePermissionsByUserId
    from .recording_mode import RecordingMode
    from .recordings_bucket import RecordingsBucket
    from .room import Room
    from .room_config import RoomConfig
    from .room_deleted import RoomDeleted
    from .room_list import RoomList
    from .room_properties import RoomProperties
    from .rooms_batch_deleted import RoomsBatchDeleted
    from .rotate_sip_client_request import RotateSipClientRequest
    from .rtmp_config import RtmpConfig
    from .rtmp_geo import RtmpGeo
    from .send_permission import SendPermission
    from .sip_audio_codec import SipAudioCodec
    from .sip_client import SipClient
    from .sip_client_list import SipClientList
    from .sip_codecs import SipCodecs
    from .sip_config import SipConfig
    from .sip_dialin_config import SipDialinConfig
    from .sip_mode import SipMode
    from .sip_provider import SipProvider
    from .sip_uri import SipUri
    from .sip_video_codec import SipVideoCodec
    from .storage_provider import StorageProvider
    from .streaming_endpoint import StreamingEndpoint
    from .streaming_endpoint_type import StreamingEndpointType
    from .transcoded_audio_format import TranscodedAudioFormat
    from .transcription_bucket import TranscriptionBucket
    from .update_room_request import UpdateRoomRequest

#: public name -> the module (relative to this package) that defines it
_MODULES = {
    "AdminPermission": ".admin_permission",
    "AppMessageRequest": ".app_message_request",
    "AutoTranscriptionSettings": ".auto_transcription_settings",
    "CloudRecordingOptions": ".cloud_recording_options",
    "CreateMeetingTokenRequest": ".create_meeting_token_request",
    "CreateRoomRequest": ".create_room_request",
    "CreateSipClientRequest": ".create_sip_client_request",
    "DeleteRoomsBatchRequest": ".delete_rooms_batch_request",
    "DialoutConfig": ".dialout_config",
    "Domain": ".domain",
    "DomainConfig": ".domain_config",
    "DomainPresence": ".domain_presence",
    "EjectRequest": ".eject_request",
    "Ejected": ".ejected",
    "Error": ".error",
    "Geo": ".geo",
    "HlsConfig": ".hls_config",
    "HlsStorage": ".hls_storage",
    "HlsVariant": ".hls_variant",
    "JsonObject": ".json_object",
    "Language": ".language",
    "MeetingToken": ".meeting_token",
    "MeetingTokenProperties": ".meeting_token_properties",
    "MeetingTokenValidation": ".meeting_token_validation",
    "Permissions": ".permissions",
    "PinDialin": ".pin_dialin",
    "PinDialinNumber": ".pin_dialin_number",
    "PinlessCallUpdateRequest": ".pinless_call_update_request",
    "Presence": ".presence",
    "PresenceParticipant": ".presence_participant",
    "Privacy": ".privacy",
    "ReceiveMedia": ".receive_media",
    "ReceiveMediaCustomAudio": ".receive_media_custom_audio",
    "ReceiveMediaCustomVideo": ".receive_media_custom_video",
    "ReceivePermissions": ".receive_permissions",
    "ReceivePermissionsByParticipantId": ".receive_permissions_by_participant_id",
    "ReceivePermissionsByUserId": ".receive_permissions_by_user_id",
    "RecordingMode": ".recording_mode",
    "RecordingsBucket": ".recordings_bucket",
    "Room": ".room",
    "RoomConfig": ".room_config",
    "RoomDeleted": ".room_deleted",
    "RoomList": ".room_list",
    "RoomProperties": ".room_properties",
    "RoomsBatchDeleted": ".rooms_batch_deleted",
    "RotateSipClientRequest": ".rotate_sip_client_request",
    "RtmpConfig": ".rtmp_config",
    "RtmpGeo": ".rtmp_geo",
    "SendPermission": ".send_permission",
    "SipAudioCodec": ".sip_audio_codec",
    "SipClient": ".sip_client",
    "SipClientList": ".sip_client_list",
    "SipCodecs": ".sip_codecs",
    "SipConfig": ".sip_config",
    "SipDialinConfig": ".sip_dialin_config",
    "SipMode": ".sip_mode",
    "SipProvider": ".sip_provider",
    "SipUri": ".sip_uri",
    "SipVideoCodec": ".sip_video_codec",
    "StorageProvider": ".storage_provider",
    "StreamingEndpoint": ".streaming_endpoint",
    "StreamingEndpointType": ".streaming_endpoint_type",
    "TranscodedAudioFormat": ".transcoded_audio_format",
    "TranscriptionBucket": ".transcription_bucket",
    "UpdateRoomRequest": ".update_room_request",
}

__all__ = (
    "AdminPermission",
    "AppMessageRequest",
    "AutoTranscriptionSettings",
    "CloudRecordingOptions",
    "CreateMeetingTokenRequest",
    "CreateRoomRequest",
    "CreateSipClientRequest",
    "DeleteRoomsBatchRequest",
    "DialoutConfig",
    "Domain",
    "DomainConfig",
    "DomainPresence",
    "Ejected",
    "EjectRequest",
    "Error",
    "Geo",
    "HlsConfig",
    "HlsStorage",
    "HlsVariant",
    "JsonObject",
    "Language",
    "MeetingToken",
    "MeetingTokenProperties",
    "MeetingTokenValidation",
    "Permissions",
    "PinDialin",
    "PinDialinNumber",
    "PinlessCallUpdateRequest",
    "Presence",
    "PresenceParticipant",
    "Privacy",
    "ReceiveMedia",
    "ReceiveMediaCustomAudio",
    "ReceiveMediaCustomVideo",
    "ReceivePermissions",
    "ReceivePermissionsByParticipantId",
    "ReceivePermissionsByUserId",
    "RecordingMode",
    "RecordingsBucket",
    "Room",
    "RoomConfig",
    "RoomDeleted",
    "RoomList",
    "RoomProperties",
    "RoomsBatchDeleted",
    "RotateSipClientRequest",
    "RtmpConfig",
    "RtmpGeo",
    "SendPermission",
    "SipAudioCodec",
    "SipClient",
    "SipClientList",
    "SipCodecs",
    "SipConfig",
    "SipDialinConfig",
    "SipMode",
    "SipProvider",
    "SipUri",
    "SipVideoCodec",
    "StorageProvider",
    "StreamingEndpoint",
    "StreamingEndpointType",
    "TranscodedAudioFormat",
    "TranscriptionBucket",
    "UpdateRoomRequest",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
