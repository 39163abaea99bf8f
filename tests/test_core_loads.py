"""``_engine._loads`` (the response body reader's fast path) decodes exactly as ``json.loads``."""

from __future__ import annotations

import codecs
import json

import pytest

from daily_helpers._engine import _loads

BODIES = [
    b'{"name":"caf\xc3\xa9","n":1}',
    '{"name":"café"}'.encode("utf-16"),
    '{"name":"café"}'.encode("utf-16-le"),
    '{"a":1}'.encode("utf-32"),
    codecs.BOM_UTF8 + b'{"a":1}',
    b'{"a":"\xed\xa0\x80"}',  # a lone surrogate: json.loads(bytes) accepts it
    b'{"a":"\xff"}',  # not UTF-8
    b'{"a":',
    b"{",
    b"[1,2]",
    b"",
]


@pytest.mark.parametrize("body", BODIES)
def test_loads_matches_json_loads(body: bytes) -> None:
    try:
        expected: object = json.loads(body)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            _loads(body)
    else:
        assert _loads(body) == expected
