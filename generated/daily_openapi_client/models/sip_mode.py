from enum import StrEnum


class SipMode(StrEnum):
    DIAL_IN = "dial-in"

    def __str__(self) -> str:
        return str(self.value)
