"""``/download/{name}``: files a signed-in viewer may fetch (exports, templates, reports).

Domains register producers by file name; each runs in one transaction with the viewer's
scope, exactly like a GraphQL request, and expected failures come back as JSON with a code
and a Chinese message.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from towncheck.api.authn import identify
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, apply_scope
from towncheck.errors import DomainError, ErrorCode

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUS = {
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.READ_ONLY: 403,
    ErrorCode.NOT_FOUND: 404,
}


@dataclass(frozen=True, slots=True)
class DownloadRequest:
    principal: Principal
    policy: Policy
    settings: Settings
    params: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class File:
    filename: str
    content: bytes
    media_type: str = XLSX


Producer = Callable[[AsyncSession, DownloadRequest], Awaitable[File]]
PRODUCERS: dict[str, Producer] = {}


def produces(name: str) -> Callable[[Producer], Producer]:
    def decorate(fn: Producer) -> Producer:
        PRODUCERS[name] = fn
        return fn

    return decorate


def _error(code: ErrorCode, message: str, status: int | None = None) -> JSONResponse:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code.value}}]},
        status_code=status or STATUS.get(code, 400),
    )


def _attachment(file: File) -> Response:
    ascii_name = file.filename.encode("ascii", "replace").decode().replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(file.filename)}"
    return Response(
        file.content,
        media_type=file.media_type,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )


class DownloadEndpoint:
    def __init__(self, *, database: Database, policy: Policy, settings: Settings) -> None:
        self.database = database
        self.policy = policy
        self.settings = settings

    async def handle(self, request: Request) -> Response:
        producer = PRODUCERS.get(request.path_params["name"])
        if producer is None:
            return _error(ErrorCode.NOT_FOUND, "没有这个文件", 404)
        async with self.database.sessions() as session, session.begin():
            caller = await identify(session, request, secret_key=self.settings.secret_key)
            if caller.rejected or not caller.principal.authenticated:
                return _error(ErrorCode.UNAUTHENTICATED, "请先登录", 401)
            await apply_scope(session, caller.principal.scope())
            ask = DownloadRequest(
                principal=caller.principal,
                policy=self.policy,
                settings=self.settings,
                params=request.query_params,
            )
            try:
                async with session.begin_nested():
                    file = await producer(session, ask)
            except DomainError as error:
                return _error(error.code, error.message)
        return _attachment(file)
