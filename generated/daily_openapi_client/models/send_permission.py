from enum import StrEnum


class SendPermission(StrEnum):
    AUDIO = "audio"
    SCREENAUDIO = "screenAudio"
    SCREENVIDEO = "screenVideo"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
