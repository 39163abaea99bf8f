"""The fake's own reading of ``openapi/daily.yaml``: route matching, parameter coercion and
JSON Schema (Draft 2020-12) checks of every request and response."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema  # type: ignore[import-untyped]
import yaml  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["FakeSpecError", "NoRoute", "Operation", "Spec", "SpecViolation", "spec_path"]

_ROOT = "urn:daily-helpers:openapi"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecViolation(Exception):
    """A request breaks the spec; ``str()`` names the field (Daily's ``info``)."""


class FakeSpecError(AssertionError):
    """The fake answered something its spec does not allow: a bug in the fake."""


class NoRoute(Exception):
    """No operation for this method and path; ``allowed`` lists the path's methods."""

    def __init__(self, allowed: Sequence[str]) -> None:
        super().__init__("no such route")
        self.allowed = list(allowed)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    pointer: str
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    body_required: bool
    responses: Mapping[str, str | None] = field(default_factory=dict)


def spec_path() -> Path:
    """The bundled spec: the package resource in a wheel, else the source checkout's copy."""
    bundled = resources.files("daily_helpers").joinpath("_spec/daily.yaml")
    if bundled.is_file():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[2] / "openapi" / "daily.yaml"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _is_uri(value: object) -> bool:
    # jsonschema checks "uri" only with an optional package; this is the fake's own
    # minimal rule: an absolute URI (scheme and something after it), no spaces.
    if not isinstance(value, str):
        return True
    if any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", parts.scheme)) and bool(
        parts.netloc or parts.path
    )


def _fits(bits: int) -> Callable[[object], bool]:
    # OpenAPI's int32/int64 formats bound an integer's range (schemathesis checks them too).
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1)

    def check(value: object) -> bool:
        if not isinstance(value, int) or isinstance(value, bool):
            return True
        return bool(low <= value < high)

    return check


_FORMATS = jsonschema.FormatChecker(formats=())
_FORMATS.checks("uri")(_is_uri)
_FORMATS.checks("int32")(_fits(32))
_FORMATS.checks("int64")(_fits(64))


class Spec:
    """Operations of one OpenAPI document, with validators for their schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_ROOT, resource)
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self.operations: list[Operation] = []
        for template, item in document["paths"].items():
            shared = item.get("parameters", [])
            base = f"/paths/{_escape(template)}"
            for method in _METHODS:
                if method in item:
                    self.operations.append(
                        self._operation(template, method, item[method], shared, base)
                    )

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        with open(path or spec_path(), encoding="utf-8") as handle:
            return cls(yaml.safe_load(handle))

    # --- building -----------------------------------------------------------------------

    def _resolve(self, node: Mapping[str, Any], pointer: str) -> tuple[Mapping[str, Any], str]:
        while "$ref" in node:
            pointer = str(node["$ref"]).removeprefix("#")
            node = self.document
            for part in pointer.strip("/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def _operation(
        self,
        template: str,
        method: str,
        spec: Mapping[str, Any],
        shared: Sequence[Mapping[str, Any]],
        base: str,
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        sources = [(p, f"{base}/parameters/{i}") for i, p in enumerate(shared)]
        own = spec.get("parameters", [])
        sources += [(p, f"{base}/{method}/parameters/{i}") for i, p in enumerate(own)]
        for raw, pointer in sources:
            param, pointer = self._resolve(raw, pointer)
            params[(param["name"], param["in"])] = Parameter(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required", False)),
                pointer=f"{pointer}/schema",
                schema=self._resolve(param["schema"], f"{pointer}/schema")[0],
            )
        body_pointer, body_required = None, False
        if "requestBody" in spec:
            body, pointer = self._resolve(spec["requestBody"], f"{base}/{method}/requestBody")
            body_pointer = f"{pointer}/content/application~1json/schema"
            body_required = bool(body.get("required", False))
        responses: dict[str, str | None] = {}
        for status, raw in spec.get("responses", {}).items():
            resp, pointer = self._resolve(raw, f"{base}/{method}/responses/{_escape(str(status))}")
            has_json = "application/json" in resp.get("content", {})
            responses[str(status).upper()] = (
                f"{pointer}/content/application~1json/schema" if has_json else None
            )
        regex = re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(template))
        return Operation(
            operation_id=spec["operationId"],
            method=method.upper(),
            template=template,
            pattern=re.compile(regex),
            parameters=tuple(params.values()),
            body_pointer=body_pointer,
            body_required=body_required,
            responses=responses,
        )

    def _validator(self, pointer: str) -> jsonschema.protocols.Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"{_ROOT}#{pointer}"},
                registry=self._registry,
                format_checker=_FORMATS,
            )
            self._validators[pointer] = validator
        return validator

    def errors(self, pointer: str, instance: Any) -> str | None:
        """The most relevant schema error as ``field: message``, or ``None`` when valid."""
        error = jsonschema.exceptions.best_match(self._validator(pointer).iter_errors(instance))
        if error is None:
            return None
        where = ".".join(str(p) for p in error.absolute_path)
        return f"{where}: {error.message}" if where else error.message

    def schema_pointer(self, name: str) -> str:
        return f"/components/schemas/{name}"

    # --- matching and checking ----------------------------------------------------------

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for a method and path (``/rooms/x``) with its raw path values."""
        allowed: list[str] = []
        for op in self.operations:
            found = op.pattern.fullmatch(path)
            if found is None:
                continue
            if op.method != method.upper():
                allowed.append(op.method)
                continue
            names = re.findall(r"\{([^/]+?)\}", op.template)
            return op, dict(zip(names, found.groups(), strict=True))
        raise NoRoute(allowed)

    def check_request(
        self,
        op: Operation,
        path_values: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
        has_body: bool,
    ) -> dict[str, Any]:
        """Coerce and check the parameters and the (already parsed) JSON body; return the
        parameters. Raises :class:`SpecViolation` naming the field."""
        values: dict[str, Any] = {}
        for param in op.parameters:
            if param.location == "path":
                raw: str | None = path_values.get(param.name)
            elif param.location == "query":
                given = [v for k, v in query if k == param.name]
                if len(given) > 1:
                    raise SpecViolation(f"{param.name}: given more than once")
                raw = given[0] if given else None
            else:
                continue
            if raw is None:
                if param.required:
                    raise SpecViolation(f"{param.name}: required")
                continue
            value = _coerce(raw, param.schema)
            problem = self.errors(param.pointer, value)
            if problem is not None:
                raise SpecViolation(f"{param.name}: {problem}")
            values[param.name] = value
        if op.body_pointer is not None:
            if not has_body:
                if op.body_required:
                    raise SpecViolation("body: a JSON body is required")
            else:
                problem = self.errors(op.body_pointer, body)
                if problem is not None:
                    raise SpecViolation(problem)
        return values

    def check_response(self, op: Operation, status: int, body: Any) -> None:
        """Raise :class:`FakeSpecError` unless the spec allows this answer."""
        key = str(status)
        if key not in op.responses:
            key = f"{status // 100}XX"
        if key not in op.responses:
            key = "DEFAULT"
        if key not in op.responses:
            raise FakeSpecError(f"{op.operation_id}: status {status} is not in the spec")
        pointer = op.responses[key]
        if pointer is None:
            return
        problem = self.errors(pointer, body)
        if problem is not None:
            raise FakeSpecError(f"{op.operation_id} {status}: body breaks the spec: {problem}")


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw
