from enum import StrEnum


class AdminPermission(StrEnum):
    PARTICIPANTS = "participants"
    STREAMING = "streaming"
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
