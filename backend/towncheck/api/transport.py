"""GraphQL over HTTP: media types, request parameters and status codes (the spec's rules)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qs

import orjson
from graphql import GraphQLError, OperationType, parse
from graphql.language import DocumentNode, OperationDefinitionNode

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


class OperationError(Exception):
    """The document parses but selects no operation this endpoint can run: a request error.

    Strawberry raises on these instead of returning an error result, so the endpoint answers
    them itself, like validation errors: no ``data`` entry, status per ``request_error_status``.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
        chosen = {
            GRAPHQL_RESPONSE: GRAPHQL_RESPONSE,
            JSON: JSON,
            "application/*": JSON,
            "*/*": JSON,
        }.get(media)
        if chosen is None or quality <= 0:
            continue
        # On equal quality prefer the GraphQL media type, then the order given.
        rank = (quality, 1 if chosen == GRAPHQL_RESPONSE else 0, chosen)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return None if best is None else best[2]


def check_params(params: dict[str, Any]) -> Params:
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
    return check_params(params)


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
    return check_params(payload)


@lru_cache(maxsize=256)
def _document(query: str, max_tokens: int) -> DocumentNode | None:
    try:
        return parse(query, max_tokens=max_tokens)
    except GraphQLError:
        return None  # execution reports the syntax error (or the token limit) in the spec's format


def document_of(params: Params, *, max_tokens: int) -> DocumentNode | None:
    """The parsed document (cached), or None when it does not parse."""
    return _document(params.query, max_tokens)


def _select(document: DocumentNode, name: str | None) -> OperationDefinitionNode:
    """The spec's GetOperation: guessing among several operations would run the wrong one."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name is None:
        if len(operations) == 1:
            return operations[0]
        if not operations:
            raise OperationError("文档中没有可执行的操作")
        raise OperationError("文档包含多个操作，须用 operationName 指明要执行的操作")
    for operation in operations:
        if operation.name is not None and operation.name.value == name:
            return operation
    # The name is caller input of any length: not echoed back.
    raise OperationError("operationName 与文档中的任何操作都不匹配")


def operation_type(params: Params, *, max_tokens: int) -> OperationType | None:
    """The selected operation's type, or None when the document does not parse.

    ``max_tokens`` matches the schema's limit, so an oversized document is not parsed here
    beyond what execution will parse before refusing it.
    """
    document = _document(params.query, max_tokens)
    if document is None:
        return None
    operation = _select(document, params.operation_name).operation
    if operation is OperationType.SUBSCRIPTION:
        # Subscriptions need a streaming transport; plain HTTP cannot deliver them.
        raise OperationError("不支持订阅操作，请使用查询或变更")
    return operation


def request_error_status(media: str) -> int:
    """Request errors: 400 for graphql-response+json; legacy application/json clients get 200."""
    return 400 if media == GRAPHQL_RESPONSE else 200


def is_request_error(data: object, errors: list[GraphQLError] | None) -> bool:
    """Parse, validation and variable-coercion errors happen before execution: no path."""
    return data is None and bool(errors) and all(e.path is None for e in errors or [])


def encode(result: dict[str, Any]) -> bytes:
    return orjson.dumps(result)
