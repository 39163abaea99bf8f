from enum import StrEnum


class StorageProvider(StrEnum):
    AWS = "aws"
    OCI = "oci"

    def __str__(self) -> str:
        return str(self.value)
