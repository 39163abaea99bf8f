from enum import StrEnum


class SipAudioCodec(StrEnum):
    G722 = "G722"
    OPUS = "OPUS"
    PCMA = "PCMA"
    PCMU = "PCMU"

    def __str__(self) -> str:
        return str(self.value)
