"""GraphQL over HTTP: media types, request parameters and status codes (the spec's rules)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qs

import orjson
from graphql import GraphQLError, OperationType, get_operation_ast, parse
from graphql.language import DocumentNode

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"
MAX_BODY = 1024 * 1024


class TransportError(Exception):
    """A request the server cannot execute: answered with ``status`` and no ``data`` entry."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True, slots=True)
class Params:
    query: str
    variables: dict[str, Any] | None
    operation_name: str | None


def negotiate(accept: str | None) -> str | None:
    """Pick the response media type, or None when nothing acceptable is offered (406)."""
    if not accept or not accept.strip():
        return JSON
    best: tuple[float, int, str] | None = None
    for item in accept.split(","):
        media, _, rest = item.strip().partition(";")
        media = media.strip().lower()
        quality = 1.0
        for param in rest.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        chosen = {GRAPHQL_RESPONSE: GRAPHQL_RESPONSE, JSON: JSON, "application/*": JSON,
                  "*/*": JSON}.get(media)
        if chosen is None or quality <= 0:
            continue
        # On equal quality prefer the GraphQL media type, then the order given.
        rank = (quality, 1 if chosen == GRAPHQL_RESPONSE else 0, chosen)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return None if best is None else best[2]


def _check(params: dict[str, Any]) -> Params:
    query = params.get("query")
    if not isinstance(query, str) or not query.strip():
        raise TransportError(400, "请求缺少 query 参数（须为字符串）")
    variables = params.get("variables")
    if variables is not None and not isinstance(variables, dict):
        raise TransportError(400, "variables 参数须为对象")
    operation_name = params.get("operationName")
    if operation_name is not None and not isinstance(operation_name, str):
        raise TransportError(400, "operationName 参数须为字符串")
    extensions = params.get("extensions")
    if extensions is not None and not isinstance(extensions, dict):
        raise TransportError(400, "extensions 参数须为对象")
    return Params(query=query, variables=variables, operation_name=operation_name)


def params_from_query_string(query_string: bytes) -> Params:
    raw = {k: v[-1] for k, v in parse_qs(query_string.decode("utf-8", "replace")).items()}
    params: dict[str, Any] = dict(raw)
    for key in ("variables", "extensions"):
        if key in raw and raw[key] != "":
            try:
                params[key] = orjson.loads(raw[key])
            except orjson.JSONDecodeError as error:
                raise TransportError(400, f"{key} 参数不是合法的 JSON") from error
    return _check(params)


def params_from_body(content_type: str | None, body: bytes) -> Params:
    media = (content_type or "").split(";")[0].strip().lower()
    if not media:
        raise TransportError(415, "请求缺少 Content-Type，请使用 application/json")
    if media != JSON:
        raise TransportError(415, f"不支持的 Content-Type: {media}，请使用 application/json")
    if len(body) > MAX_BODY:
        raise TransportError(413, "请求体过大")
    if not body:
        raise TransportError(400, "请求体为空")
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise TransportError(400, "请求体不是合法的 JSON") from error
    if not isinstance(payload, dict):
        raise TransportError(400, "请求体须为 JSON 对象")
    return _check(payload)


@lru_cache(maxsize=256)
def _document(query: str) -> DocumentNode | None:
    try:
        return parse(query, max_tokens=5000)
    except GraphQLError:
        return None  # execution reports the syntax error in the spec's format


def operation_type(params: Params) -> OperationType | None:
    document = _document(params.query)
    if document is None:
        return None
    operation = get_operation_ast(document, params.operation_name)
    return None if operation is None else operation.operation


def is_request_error(data: object, errors: list[GraphQLError] | None) -> bool:
    """Parse, validation and variable-coercion errors happen before execution: no path."""
    return data is None and bool(errors) and all(e.path is None for e in errors or [])


def encode(result: dict[str, Any]) -> bytes:
    return orjson.dumps(result)
