"""The baseline: the same statements and JSON as ``/graphql``, without GraphQL.

Each endpoint authenticates the bearer token, applies the tenant scope and runs the selects
the resolvers and loaders run, in one transaction on the app's login role, and returns the
same JSON bytes. Whatever ``/graphql`` costs beyond this is the GraphQL layer.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

import orjson
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from overhead.common import JSON_MEDIA, BenchError
from towncheck.api.authn import identify
from towncheck.api.relay import paginate
from towncheck.auth.principal import Principal
from towncheck.auth.roles import ROLE_LABELS
from towncheck.config import Settings
from towncheck.db import Database, SessionGuard, apply_scope
from towncheck.tenancy import service as tenancy
from towncheck.tenancy.loaders import AreasByTownLoader, VillagesByAreaLoader
from towncheck.tenancy.models import Area

R = TypeVar("R")
Data = dict[str, Any]
Builder = Callable[[AsyncSession, Principal], Awaitable[Data]]


def _same(row: R) -> R:
    return row


def _page(rows: Sequence[R]) -> list[R]:
    """The rows of a first page without arguments, exactly as the connection fields slice."""
    return [edge.node for edge in paginate(rows, _same, first=None, after=None).edges]


async def _me(_: AsyncSession, principal: Principal) -> Data:
    if not principal.authenticated:
        return {"me": None}
    return {
        "me": {
            "displayName": principal.label,
            "readOnly": principal.read_only,
            "memberships": [
                {"role": m.role.name, "roleLabel": ROLE_LABELS[m.role]}
                for m in principal.memberships
            ],
        }
    }


async def _tree(session: AsyncSession, principal: Principal) -> Data:
    """``towns`` → ``AreasByTownLoader`` → ``VillagesByAreaLoader``, one batch per level."""
    if not principal.authenticated:
        raise BenchError("the baseline expects a signed-in caller")
    towns = _page(await tenancy.viewer_towns(session, principal=principal))
    guard = SessionGuard(session)
    areas_per_town: list[list[Area]] = []
    if towns:
        fetched = await AreasByTownLoader(guard).fetch([t.id for t in towns])
        areas_per_town = [_page(rows) for rows in fetched]
    keys = [(a.town_id, a.id) for areas in areas_per_town for a in areas]
    villages = iter(await VillagesByAreaLoader(guard).fetch(keys) if keys else [])
    town_nodes: list[Data] = []
    for town, areas in zip(towns, areas_per_town, strict=True):
        area_nodes: list[Data] = []
        for area in areas:
            village_edges = [
                {"node": {"name": v.name, "isKeyVillage": v.is_key_village}}
                for v in _page(next(villages))
            ]
            area_nodes.append({"node": {"name": area.name, "villages": {"edges": village_edges}}})
        town_nodes.append({"node": {"name": town.name, "areas": {"edges": area_nodes}}})
    return {"towns": {"edges": town_nodes}}


def _unauthenticated() -> Response:
    """The body and status ``/graphql`` answers for a rejected token."""
    body = {
        "errors": [{"message": "身份凭证无效或已过期", "extensions": {"code": "UNAUTHENTICATED"}}]
    }
    return Response(
        orjson.dumps(body),
        status_code=401,
        media_type=JSON_MEDIA,
        headers={"WWW-Authenticate": "Bearer"},
    )


def _endpoint(
    database: Database, settings: Settings, build: Builder
) -> Callable[[Request], Awaitable[Response]]:
    """Authenticate, scope, select, commit, ``orjson`` the result."""

    async def handle(request: Request) -> Response:
        await request.body()  # /graphql reads the same body
        async with database.sessions() as session:
            await session.begin()
            try:
                caller = await identify(session, request, secret_key=settings.secret_key)
                if caller.rejected:
                    return _unauthenticated()
                await apply_scope(session, caller.principal.scope())
                data = await build(session, caller.principal)
                await session.commit()
            except BaseException:
                await session.rollback()
                raise
        return Response(orjson.dumps({"data": data}), media_type=JSON_MEDIA)

    return handle


async def _healthz(_: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type=JSON_MEDIA)


def baseline_app(database: Database, settings: Settings) -> Starlette:
    """One endpoint per case, plus ``/healthz`` for the start-up probe."""

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await database.dispose()

    return Starlette(
        routes=[
            Route("/baseline/me", _endpoint(database, settings, _me), methods=["POST"]),
            Route("/baseline/tree", _endpoint(database, settings, _tree), methods=["POST"]),
            Route("/healthz", _healthz),
        ],
        lifespan=lifespan,
    )
