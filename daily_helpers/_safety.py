"""Defences against hostile input that every layer shares: JSON nested too deep to parse safely,
secrets echoed back by a server, meeting tokens in texts we show.

No imports from the rest of the package, so that ``errors`` and ``tokens`` can use it.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import Counter
from itertools import accumulate
from typing import Any

__all__ = [
    "MAX_JSON_DEPTH",
    "SCRUBBER",
    "LogScrubber",
    "json_too_deep",
    "loads",
    "redact",
    "redact_json",
    "scrub_http_logs",
    "shorten_tokens",
]

#: The deepest JSON nesting we parse. Daily's bodies nest less than 10 levels; far deeper
#: input would cost a ``RecursionError`` (or worse) somewhere, so it is refused up front.
MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_too_deep(content: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text ``content`` nests arrays and objects deeper than ``limit``.

    A scan of the bytes, without parsing: brackets inside strings do not count. It costs two
    ``count`` calls for the usual body (fewer brackets than ``limit``)."""
    if content.count(b"[") + content.count(b"{") <= limit:
        return False
    if b'"' in content:
        content = _STRING.sub(b"", content)
    brackets = content.translate(None, _NOT_BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def loads(content: bytes) -> Any:
    """``json.loads(content)``, refusing (``ValueError``) nesting deeper than
    :data:`MAX_JSON_DEPTH` before parsing."""
    if json_too_deep(content):
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return json.loads(content)


REDACTED = "***"


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` replaced by ``***``."""
    return text.replace(secret, REDACTED) if secret and secret in text else text


def redact_json(content: bytes, secret: str) -> bytes:
    """A response body with ``secret`` redacted: verbatim, and also where JSON escapes hide it
    (``\\u0073k-…``, ``\\/``), in which case the body is re-serialized."""
    if not secret:
        return content
    raw = secret.encode()
    if raw in content:
        content = content.replace(raw, REDACTED.encode())
    if b"\\" not in content:
        return content
    try:
        data = loads(content)
    except (ValueError, RecursionError):
        return content
    cleaned, changed = _redact_value(data, secret)
    return json.dumps(cleaned).encode() if changed else content


def _redact_value(value: Any, secret: str) -> tuple[Any, bool]:
    if isinstance(value, str):
        cleaned = redact(value, secret)
        return cleaned, cleaned is not value
    if isinstance(value, list):
        items = [_redact_value(item, secret) for item in value]
        return [item for item, _ in items], any(changed for _, changed in items)
    if isinstance(value, dict):
        pairs = [(_redact_value(k, secret), _redact_value(v, secret)) for k, v in value.items()]
        changed = any(kc or vc for (_, kc), (_, vc) in pairs)
        return {k: v for (k, _), (v, _) in pairs}, changed
    return value, False


#: A JWT as Daily issues them: ``eyJ`` (``{"`` in base64) then three dot-separated parts.
_TOKEN = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def shorten_tokens(text: str) -> str:
    """``text`` with each meeting token (a JWT) cut to its first 8 characters and ``…``."""
    if "eyJ" not in text:
        return text
    return _TOKEN.sub(lambda m: m[0][:8] + "…", text)


class LogScrubber(logging.Filter):
    """Rewrites the records of an HTTP library's loggers that show a registered secret (a
    server may echo the key in a reason phrase or a header) or a meeting token (httpx logs
    each request's URL at INFO: ``HTTP Request: GET …/meeting-tokens/<token> …``).

    Runs only for records the logger emits (filters run after the level check), so it costs
    nothing while those loggers are quiet."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        with self._lock:
            self._secrets[secret] += 1

    def discard(self, secret: str) -> None:
        with self._lock:
            self._secrets[secret] -= 1
            if self._secrets[secret] <= 0:
                del self._secrets[secret]

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's to report
            return True
        cleaned = shorten_tokens(message)
        for secret in list(self._secrets):
            cleaned = redact(cleaned, secret)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


#: The one scrubber, on the loggers of httpx and httpcore (installed with the httpx transport).
SCRUBBER = LogScrubber()
_SCRUBBED_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def scrub_http_logs(secret: str) -> None:
    """Install :data:`SCRUBBER` (once) and register ``secret`` with it."""
    for name in _SCRUBBED_LOGGERS:
        logger = logging.getLogger(name)
        if SCRUBBER not in logger.filters:
            logger.addFilter(SCRUBBER)
    SCRUBBER.add(secret)
