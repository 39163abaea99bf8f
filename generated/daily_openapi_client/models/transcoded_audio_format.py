from enum import StrEnum


class TranscodedAudioFormat(StrEnum):
    AAC = "aac"
    EMPTY = ""
    WAV = "wav"
    WAV_44K1 = "wav-44k1"
    WAV_44K1_MONO = "wav-44k1-mono"
    WAV_44K1_STEREO = "wav-44k1-stereo"
    WAV_48K = "wav-48k"
    WAV_48K_MONO = "wav-48k-mono"
    WAV_48K_STEREO = "wav-48k-stereo"

    def __str__(self) -> str:
        return str(self.value)
