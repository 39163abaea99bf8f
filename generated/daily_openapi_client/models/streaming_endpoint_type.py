from enum import StrEnum


class StreamingEndpointType(StrEnum):
    HLS = "hls"
    RTMP = "rtmp"

    def __str__(self) -> str:
        return str(self.value)
