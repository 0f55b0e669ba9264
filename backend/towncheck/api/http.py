"""The ``/graphql`` endpoint: one transaction per request, committed only on success."""

from __future__ import annotations

import logging
from typing import Any

import strawberry
from graphql import OperationType
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.http.ides import get_graphql_ide_html
from strawberry.types.graphql import OperationType as StrawberryOperation

from towncheck.api.authn import Caller, identify
from towncheck.api.context import Context
from towncheck.api.cost import MAX_COST, estimate
from towncheck.api.transport import (
    JSON,
    OperationError,
    Params,
    TransportError,
    document_of,
    encode,
    is_request_error,
    negotiate,
    operation_type,
    params_from_body,
    params_from_query_string,
    request_error_status,
)
from towncheck.api.uploads import params_from_multipart
from towncheck.auth.policy import Policy
from towncheck.auth.schema import CSRF_COOKIE, SESSION_COOKIE
from towncheck.config import Settings
from towncheck.db import Database, SessionGuard, apply_scope
from towncheck.jobs.queue import JobQueue

log = logging.getLogger("towncheck.http")
ALLOW = {"Allow": "GET, POST"}


def _error_body(message: str, code: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message}
    if code:
        error["extensions"] = {"code": code}
    return {"errors": [error]}


class GraphQLEndpoint:
    """GraphQL over HTTP (GET and POST), per the spec's media types and status codes."""

    def __init__(
        self,
        *,
        schema: strawberry.Schema,
        database: Database,
        policy: Policy,
        settings: Settings,
        jobs: JobQueue | None,
        graphiql: bool,
    ) -> None:
        self.schema = schema
        self.database = database
        self.policy = policy
        self.settings = settings
        self.jobs = jobs
        self.graphiql = graphiql

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)

    def _json(
        self, media: str, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> Response:
        return Response(
            encode(body), status_code=status, headers=headers, media_type=f"{media}; charset=utf-8"
        )

    async def handle(self, request: Request) -> Response:
        if request.method not in {"GET", "POST"}:
            return self._json(JSON, 405, _error_body("仅支持 GET 与 POST 请求"), ALLOW)
        accept = request.headers.get("accept")
        if self._wants_ide(request, accept):
            return HTMLResponse(get_graphql_ide_html("graphiql"))
        media = negotiate(accept)
        if media is None:
            return self._json(
                JSON,
                406,
                _error_body(
                    "不支持的 Accept，请使用 application/graphql-response+json 或 application/json"
                ),
            )
        prepared = await self._prepare(request, media)
        if isinstance(prepared, Response):
            return prepared
        params, operation = prepared
        return await self._execute(request, params, operation, media)

    async def _prepare(
        self, request: Request, media: str
    ) -> tuple[Params, OperationType | None] | Response:
        """The checks that need no database; a refusal is returned as the response."""
        try:
            params = await self._params(request)
            operation = operation_type(params, max_tokens=self.settings.max_tokens)
        except TransportError as error:
            return self._json(media, error.status, _error_body(error.message), error.headers)
        except OperationError as error:
            return self._json(media, request_error_status(media), _error_body(error.message))
        if request.method == "GET" and operation is OperationType.MUTATION:
            return self._json(media, 405, _error_body("变更操作必须使用 POST"), {"Allow": "POST"})
        cost = self._cost(params)
        if cost > MAX_COST:
            message = f"查询代价过高：约 {cost} 个对象，上限 {MAX_COST}，请减小分页或嵌套"
            return self._json(
                media, request_error_status(media), _error_body(message, "QUERY_TOO_COMPLEX")
            )
        return params, operation

    def _cost(self, params: Params) -> int:
        document = document_of(params, max_tokens=self.settings.max_tokens)
        if document is None:
            return 0
        # Strawberry keeps the graphql-core schema it builds in ``_schema``.
        return estimate(
            self.schema._schema,
            document,
            variables=params.variables,
            operation_name=params.operation_name,
        )

    def _wants_ide(self, request: Request, accept: str | None) -> bool:
        return (
            self.graphiql
            and request.method == "GET"
            and "query" not in request.query_params
            and "text/html" in (accept or "")
        )

    async def _params(self, request: Request) -> Params:
        if request.method == "GET":
            return params_from_query_string(request.scope.get("query_string", b""))
        content_type = request.headers.get("content-type") or ""
        if content_type.split(";")[0].strip().lower() == "multipart/form-data":
            return await params_from_multipart(request)
        return params_from_body(content_type, await request.body())

    async def _execute(
        self, request: Request, params: Params, operation: OperationType | None, media: str
    ) -> Response:
        async with self.database.sessions() as session:
            await session.begin()
            try:
                caller = await identify(session, request, secret_key=self.settings.secret_key)
                early = self._refuse(caller, operation, media)
                if early is not None:
                    return early
                await apply_scope(session, caller.principal.scope())
                context, result = await self._run(session, request, params, caller)
                # Every mutation field runs in its own savepoint (api/mutations.py): a field
                # that failed has already been rolled back, and what the response reports as
                # done must stay done. So the request commits even when some field failed.
                await session.commit()
            except BaseException:
                await session.rollback()
                raise
        for callback in context.after_commit:
            callback()
        return self._respond(result, media, context, caller)

    def _refuse(
        self, caller: Caller, operation: OperationType | None, media: str
    ) -> Response | None:
        if caller.rejected:
            return self._json(
                media,
                401,
                _error_body("身份凭证无效或已过期", "UNAUTHENTICATED"),
                {"WWW-Authenticate": "Bearer"},
            )
        if caller.via_cookie and operation is OperationType.MUTATION and not caller.csrf_ok:
            return self._json(media, 403, _error_body("缺少或无效的 CSRF 令牌", "CSRF"))
        return None

    async def _run(
        self, session: AsyncSession, request: Request, params: Params, caller: Caller
    ) -> tuple[Context, Any]:
        context = Context(
            principal=caller.principal,
            db=SessionGuard(session),
            policy=self.policy,
            settings=self.settings,
            jobs=self.jobs,
            request=request,
            address=request.client.host if request.client else "",
        )
        allowed = (
            {StrawberryOperation.QUERY}
            if request.method == "GET"
            else {StrawberryOperation.QUERY, StrawberryOperation.MUTATION}
        )
        result = await self.schema.execute(
            params.query,
            variable_values=params.variables,
            context_value=context,
            operation_name=params.operation_name,
            allowed_operation_types=allowed,
        )
        return context, result

    def _respond(self, result: Any, media: str, context: Context, caller: Caller) -> Response:
        body: dict[str, Any] = {}
        request_error = is_request_error(result.data, result.errors)
        if not request_error:
            body["data"] = result.data
        if result.errors:
            body["errors"] = [e.formatted for e in result.errors]
        status = request_error_status(media) if request_error else 200
        response = self._json(media, status, body)
        if caller.clear_cookie:
            response.delete_cookie(SESSION_COOKIE)
            response.delete_cookie(CSRF_COOKIE)
        secure = self.settings.secure_cookies
        for change in context.cookies:
            if change.value is None:
                response.delete_cookie(change.name, httponly=change.http_only, samesite="lax")
            else:
                response.set_cookie(
                    change.name,
                    change.value,
                    max_age=change.max_age,
                    httponly=change.http_only,
                    samesite="lax",
                    secure=secure,
                )
        return response
