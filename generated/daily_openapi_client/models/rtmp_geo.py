from enum import StrEnum


class RtmpGeo(StrEnum):
    AP_SOUTH_1 = "ap-south-1"
    EU_CENTRAL_1 = "eu-central-1"
    US_WEST_2 = "us-west-2"

    def __str__(self) -> str:
        return str(self.value)
