"""What every baseline app shares: the scoped transaction, error bodies, ``/healthz``.

A baseline endpoint authenticates the bearer token and applies the tenant scope exactly as
``/graphql`` does (``identify`` + ``apply_scope`` on a session of the app's login role),
builds the data in the same transaction and answers it as ``{"data": ...}`` with ``orjson``.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from overhead.common import JSON_MEDIA, BenchError
from towncheck.api.authn import identify
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, apply_scope

Data = dict[str, Any]
Build = Callable[[AsyncSession, Principal], Awaitable[Data]]


def error_response(
    status: int, message: str, code: str, headers: dict[str, str] | None = None
) -> Response:
    """A GraphQL-style error body."""
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return Response(orjson.dumps(body), status_code=status, media_type=JSON_MEDIA, headers=headers)


def unauthenticated() -> Response:
    """The body, status and header ``/graphql`` answers for a rejected token."""
    return error_response(
        401, "身份凭证无效或已过期", "UNAUTHENTICATED", {"WWW-Authenticate": "Bearer"}
    )


async def driver_connection(session: AsyncSession) -> Any:
    """The session's asyncpg connection: statements on it run in the session's transaction.

    asyncpg ships no type information; callers name the part they use in a ``Protocol``."""
    raw = await (await session.connection()).get_raw_connection()
    if raw.driver_connection is None:
        raise BenchError("the session's connection is closed")
    return raw.driver_connection


async def scoped_response(
    database: Database,
    settings: Settings,
    request: Request,
    build: Build,
    *,
    signed_in: bool = True,
) -> Response:
    """Authenticate, scope, ``build``, commit, ``orjson`` the result; one transaction.

    With ``signed_in`` an anonymous caller is refused as a rejected token is."""
    async with database.sessions() as session:
        await session.begin()
        try:
            caller = await identify(session, request, secret_key=settings.secret_key)
            if caller.rejected or (signed_in and not caller.principal.authenticated):
                await session.rollback()
                return unauthenticated()
            await apply_scope(session, caller.principal.scope())
            data = await build(session, caller.principal)
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    return Response(orjson.dumps({"data": data}), media_type=JSON_MEDIA)


async def _healthz(_: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type=JSON_MEDIA)


def baseline_starlette(database: Database, routes: list[BaseRoute]) -> Starlette:
    """The app: ``routes`` plus ``/healthz`` for the start-up probe; disposes the database."""

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await database.dispose()

    return Starlette(routes=[*routes, Route("/healthz", _healthz)], lifespan=lifespan)
