from enum import StrEnum


class Geo(StrEnum):
    AF_SOUTH_1 = "af-south-1"
    AP_NORTHEAST_2 = "ap-northeast-2"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    AP_SOUTH_1 = "ap-south-1"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_2 = "eu-west-2"
    SA_EAST_1 = "sa-east-1"
    US_EAST_1 = "us-east-1"
    US_WEST_2 = "us-west-2"

    def __str__(self) -> str:
        return str(self.value)
