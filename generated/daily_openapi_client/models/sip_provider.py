from enum import StrEnum


class SipProvider(StrEnum):
    DAILY = "daily"

    def __str__(self) -> str:
        return str(self.value)
