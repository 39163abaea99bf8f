"""Compare Daily's published OpenAPI document with openapi/daily.yaml (see scripts/spec-drift).

In scope: every operation our spec has, and Daily's operations on rooms (``/rooms`` and
everything under it), meeting tokens, the domain (``GET /``), batch rooms and presence. For
each, it lists what Daily documents that we lack (operations, request and response properties
at any depth, enum values, statuses), what we have that Daily does not (dropped by Daily, or
added by us), and type and default differences. Findings that ``x-deliberate-differences``
in our spec names are listed apart and do not count as drift.

A finding is ``{kind, side, where, detail}``: ``side`` is ``daily`` (only Daily has it),
``ours`` (only we have it) or ``both`` (both have it, differently); ``where`` reads
``METHOD /path``, then ``request PATH`` or ``response STATUS PATH`` (PATH dotted, ``[]``
for array items). A deliberate-difference entry is ``{kind, where, why}`` with ``where`` an
fnmatch pattern (``*`` matches anything), ``kind`` one of :data:`KINDS` or ``*``, and an
optional ``side``.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi" / "daily.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
KINDS = ("operation", "property", "enum", "type", "default", "status")
#: Daily's paths in scope besides ours: rooms (and all under it), tokens, batch rooms,
#: presence; the domain is GET / only.
SCOPE = (re.compile(r"^/rooms(/.*)?$"), re.compile(r"^/meeting-tokens(/.*)?$"))
SCOPE_EXACT = {("get", "/"), ("get", "/presence"), ("delete", "/batch/rooms"),
               ("post", "/batch/rooms")}  # fmt: skip
MAX_DEPTH = 12


class SpecError(Exception):
    """A document that cannot be read (exit 2)."""


# --- loading -----------------------------------------------------------------------------


def load(source: str) -> dict[str, Any]:
    """A spec from a file path or an http(s) URL, JSON or YAML."""
    if re.match(r"^https?://", source):
        try:
            with urllib.request.urlopen(source, timeout=20) as answer:  # noqa: S310
                text = answer.read().decode("utf-8")
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise SpecError(
                f"cannot download {source}: {exc}; offline? save the document and pass its path"
            ) from None
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise SpecError(f"cannot read {source}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except ValueError:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise SpecError(f"{source} is neither JSON nor YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise SpecError(f"{source} is not an OpenAPI document (no paths)")
    return data


# --- schemas, flattened --------------------------------------------------------------------


class Flat:
    """One spec's schemas flattened to ``{path: facts}``; facts: types, enum, default."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any, seen: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                return {}, seen
            seen = (*seen, ref)
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return node, seen

    def members(self, node: Any, seen: tuple[str, ...]) -> Iterator[tuple[dict[str, Any], Any]]:
        """The alternatives a schema stands for (allOf merged; anyOf/oneOf each)."""
        node, seen = self.resolve(node, seen)
        if not isinstance(node, dict):
            return
        parts = [node]
        for key in ("allOf",):
            for sub in node.get(key) or []:
                yield from self.members(sub, seen)
        for key in ("anyOf", "oneOf"):
            for sub in node.get(key) or []:
                yield from self.members(sub, seen)
        for part in parts:
            yield part, seen

    def flatten(self, schema: Any, prefix: str = "") -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        self._walk(schema, prefix, (), out, 0)
        return out

    def _walk(
        self, schema: Any, path: str, seen: tuple[str, ...], out: dict[str, Any], depth: int
    ) -> None:
        if depth > MAX_DEPTH:
            return
        for node, where in self.members(schema, seen):
            facts = out.setdefault(path, {"types": set(), "enum": set(), "default": None})
            types = node.get("type")
            for t in types if isinstance(types, list) else [types] if types else []:
                if t != "null":
                    facts["types"].add(t)
            for value in node.get("enum") or []:
                if value is not None:
                    facts["enum"].add(json.dumps(value))
            if "default" in node and node["default"] is not None:
                facts["default"] = json.dumps(node["default"], sort_keys=True)
            for name, sub in (node.get("properties") or {}).items():
                child = f"{path}.{name}" if path else name
                self._walk(sub, child, where, out, depth + 1)
            if "items" in node:
                self._walk(node["items"], f"{path}[]", where, out, depth + 1)
        if path in out and not out[path]["types"] and not path:
            out.pop(path)


# --- operations ----------------------------------------------------------------------------


def normalize(path: str) -> str:
    """``/rooms/{name}`` and ``/rooms/{room_name}`` are the same route."""
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    ops = {}
    for path, item in spec["paths"].items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                ops[(method, normalize(path))] = (path, item[method])
    return ops


def in_scope(method: str, path: str) -> bool:
    return (method, path) in SCOPE_EXACT or any(p.match(path) for p in SCOPE)


def body_schema(flat: Flat, node: Any) -> Any:
    node, _ = flat.resolve(node)
    content = (node or {}).get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), {})
    return (media or {}).get("schema")


def ok_status(responses: Mapping[str, Any]) -> str | None:
    return next((s for s in ("200", "201", "2XX") if s in responses), None)


# --- the comparison ------------------------------------------------------------------------


def compare(daily: dict[str, Any], ours: dict[str, Any]) -> list[dict[str, str]]:
    findings: list[dict[str, str]] = []

    def add(kind: str, side: str, where: str, detail: str) -> None:
        findings.append({"kind": kind, "side": side, "where": where, "detail": detail})

    theirs_flat, ours_flat = Flat(daily), Flat(ours)
    theirs_ops, ours_ops = operations(daily), operations(ours)
    keys = set(ours_ops) | {k for k in theirs_ops if in_scope(*k)}
    for key in sorted(keys, key=lambda k: (k[1], k[0])):
        method = key[0].upper()
        if key not in ours_ops:
            path, op = theirs_ops[key]
            add("operation", "daily", f"{method} {path}", op.get("operationId", ""))
            continue
        path, our_op = ours_ops[key]
        label = f"{method} {path}"
        if key not in theirs_ops:
            add("operation", "ours", label, our_op.get("operationId", ""))
            continue
        _, their_op = theirs_ops[key]
        compare_schemas(
            add,
            f"{label} request",
            theirs_flat.flatten(body_schema(theirs_flat, their_op.get("requestBody"))),
            ours_flat.flatten(body_schema(ours_flat, our_op.get("requestBody"))),
        )
        their_responses = their_op.get("responses") or {}
        our_responses = our_op.get("responses") or {}
        for status in sorted(set(their_responses) - set(our_responses)):
            add("status", "daily", label, status)
        for status in sorted(set(our_responses) - set(their_responses)):
            add("status", "ours", label, status)
        theirs_ok, ours_ok = ok_status(their_responses), ok_status(our_responses)
        if theirs_ok and ours_ok:
            compare_schemas(
                add,
                f"{label} response {ours_ok}",
                theirs_flat.flatten(body_schema(theirs_flat, their_responses[theirs_ok])),
                ours_flat.flatten(body_schema(ours_flat, our_responses[ours_ok])),
            )
    return findings


def compare_schemas(
    add: Any, where: str, theirs: dict[str, dict[str, Any]], ours: dict[str, dict[str, Any]]
) -> None:
    if not theirs or not ours:  # a side documents no body: nothing to compare property-wise
        if theirs and not ours:
            for path in sorted(p for p in theirs if p):
                add("property", "daily", f"{where} {path}", "")
        if ours and not theirs:
            for path in sorted(p for p in ours if p):
                add("property", "ours", f"{where} {path}", "")
        return
    for path in sorted(set(theirs) - set(ours)):
        if path:
            add("property", "daily", f"{where} {path}", "")
    for path in sorted(set(ours) - set(theirs)):
        if path:
            add("property", "ours", f"{where} {path}", "")
    for path in sorted(set(theirs) & set(ours)):
        a, b = theirs[path], ours[path]
        spot = f"{where} {path}".rstrip()
        if a["enum"] and b["enum"]:  # an open value (no enum) on either side takes any
            for value in sorted(a["enum"] - b["enum"]):
                add("enum", "daily", spot, value)
            for value in sorted(b["enum"] - a["enum"]):
                add("enum", "ours", spot, value)
        if a["types"] and b["types"] and a["types"] != b["types"]:
            detail = f"Daily {'|'.join(sorted(a['types']))}, ours {'|'.join(sorted(b['types']))}"
            add("type", "both", spot, detail)
        if a["default"] != b["default"] and a["default"] is not None:
            add("default", "both", spot, f"Daily {a['default']}, ours {b['default'] or 'none'}")


def deliberate(finding: Mapping[str, str], rules: list[Mapping[str, str]]) -> str | None:
    for rule in rules:
        if (
            rule.get("kind") in ("*", finding["kind"])
            and rule.get("side", finding["side"]) == finding["side"]
            and fnmatch.fnmatchcase(finding["where"], rule["where"])
        ):
            return rule.get("why", "")
    return None


def rules_of(ours: Mapping[str, Any]) -> list[Mapping[str, str]]:
    rules = ours.get("x-deliberate-differences") or []
    for rule in rules:
        if not isinstance(rule, dict) or not {"kind", "where", "why"} <= set(rule):
            raise SpecError(f"x-deliberate-differences: each entry needs kind, where, why: {rule}")
        if rule["kind"] not in (*KINDS, "*"):
            raise SpecError(f"x-deliberate-differences: unknown kind {rule['kind']!r}")
    return rules


# --- output ------------------------------------------------------------------------------

HEADINGS = {
    "daily": "Daily documents, openapi/daily.yaml lacks",
    "ours": "openapi/daily.yaml has, Daily's document lacks (dropped by Daily, or ours alone)",
    "both": "Both have, differently",
}


def text(drift: list[dict[str, str]], known: list[dict[str, str]]) -> str:
    lines: list[str] = []
    for side, heading in HEADINGS.items():
        found = [f for f in drift if f["side"] == side]
        if found:
            lines.append(f"{heading} ({len(found)}):")
            lines += [_line(f) for f in found]
            lines.append("")
    if known:
        lines.append(f"Deliberate differences (x-deliberate-differences; {len(known)}):")
        lines += [f"{_line(f)}  -- {f['why']}" for f in known]
        lines.append("")
    lines.append(
        f"{len(drift)} drift finding(s), {len(known)} deliberate"
        if drift
        else f"no drift ({len(known)} deliberate differences)"
    )
    return "\n".join(lines)


def _line(finding: Mapping[str, str]) -> str:
    detail = f": {finding['detail']}" if finding["detail"] else ""
    return f"  {finding['kind']:9} {finding['where']}{detail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/spec-drift",
        description="List where Daily's published OpenAPI document and openapi/daily.yaml "
        "differ, in our scope. Exit 0: no drift; 1: drift; 2: a document cannot be read.",
    )
    parser.add_argument("daily_spec", metavar="DAILY_SPEC", help="a file path or an http(s) URL")
    parser.add_argument("--ours", default=str(OURS), help="our spec (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    try:
        daily, ours = load(args.daily_spec), load(args.ours)
        rules = rules_of(ours)
    except SpecError as exc:
        print(f"spec-drift: {exc}", file=sys.stderr)
        return 2
    drift, known = [], []
    for finding in compare(daily, ours):
        why = deliberate(finding, rules)
        if why is None:
            drift.append(finding)
        else:
            known.append({**finding, "why": why})
    if args.json:
        print(json.dumps({"drift": drift, "deliberate": known}, indent=1))
    else:
        print(text(drift, known))
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main())
