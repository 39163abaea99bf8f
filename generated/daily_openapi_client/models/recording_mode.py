from enum import StrEnum


class RecordingMode(StrEnum):
    CLOUD = "cloud"
    CLOUD_AUDIO_ONLY = "cloud-audio-only"
    LOCAL = "local"
    RAW_TRACKS = "raw-tracks"

    def __str__(self) -> str:
        return str(self.value)
