from enum import StrEnum


class Language(StrEnum):
    DA = "da"
    DE = "de"
    EN = "en"
    ES = "es"
    FI = "fi"
    FR = "fr"
    IT = "it"
    JP = "jp"
    KA = "ka"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-BR"
    RU = "ru"
    SV = "sv"
    TR = "tr"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
