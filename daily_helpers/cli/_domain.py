"""``daily-helpers domain``: the domain id the API key belongs to."""

from __future__ import annotations

import argparse
from typing import Any

from . import _common
from ._common import EXIT_OK


def register(subparsers: Any) -> None:
    _common.add_command(
        subparsers,
        "domain",
        "show the id of the API key's domain (what self-signed tokens carry as d)",
        _domain,
    )


def _domain(args: argparse.Namespace) -> int:
    with _common.helper(args) as daily:
        domain_id = daily.get_domain_id()
    if _common.wants_json(args):
        _common.emit_json({"domain_id": domain_id})
    else:
        print(domain_id)
    return EXIT_OK
