"""Contains all the data models used in inputs/outputs"""

from .admin_permission import AdminPermission
from .auto_transcription_settings import AutoTranscriptionSettings
from .cloud_recording_options import CloudRecordingOptions
from .create_meeting_token_request import CreateMeetingTokenRequest
from .create_room_request import CreateRoomRequest
from .dialout_config import DialoutConfig
from .domain import Domain
from .domain_config import DomainConfig
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
from .rtmp_config import RtmpConfig
from .rtmp_geo import RtmpGeo
from .send_permission import SendPermission
from .sip_audio_codec import SipAudioCodec
from .sip_codecs import SipCodecs
from .sip_config import SipConfig
from .sip_mode import SipMode
from .sip_provider import SipProvider
from .sip_uri import SipUri
from .sip_video_codec import SipVideoCodec
from .streaming_endpoint import StreamingEndpoint
from .streaming_endpoint_type import StreamingEndpointType
from .transcoded_audio_format import TranscodedAudioFormat
from .transcription_bucket import TranscriptionBucket
from .update_room_request import UpdateRoomRequest

__all__ = (
    "AdminPermission",
    "AutoTranscriptionSettings",
    "CloudRecordingOptions",
    "CreateMeetingTokenRequest",
    "CreateRoomRequest",
    "DialoutConfig",
    "Domain",
    "DomainConfig",
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
    "RtmpConfig",
    "RtmpGeo",
    "SendPermission",
    "SipAudioCodec",
    "SipCodecs",
    "SipConfig",
    "SipMode",
    "SipProvider",
    "SipUri",
    "SipVideoCodec",
    "StreamingEndpoint",
    "StreamingEndpointType",
    "TranscodedAudioFormat",
    "TranscriptionBucket",
    "UpdateRoomRequest",
)
