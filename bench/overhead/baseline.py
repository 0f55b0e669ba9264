"""The baseline: the same statements and JSON as ``/graphql``, without GraphQL.

Each endpoint authenticates the bearer token, applies the tenant scope and runs the selects
the resolvers and loaders run, in one transaction on the app's login role, and returns the
same JSON bytes. Whatever ``/graphql`` costs beyond this is the GraphQL layer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from overhead.common import BenchError
from overhead.endpoints import Build, Data, baseline_starlette, scoped_response
from towncheck.api.relay import paginate
from towncheck.auth.principal import Principal
from towncheck.auth.roles import ROLE_LABELS
from towncheck.config import Settings
from towncheck.db import Database, SessionGuard
from towncheck.tenancy import service as tenancy
from towncheck.tenancy.loaders import AreasByTownLoader, VillagesByAreaLoader
from towncheck.tenancy.models import Area

R = TypeVar("R")


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


def _endpoint(
    database: Database, settings: Settings, build: Build
) -> Callable[[Request], Awaitable[Response]]:
    """Authenticate, scope, select, commit, ``orjson`` the result."""

    async def handle(request: Request) -> Response:
        await request.body()  # /graphql reads the same body
        # ``me`` answers an anonymous caller (null), as /graphql does.
        return await scoped_response(database, settings, request, build, signed_in=False)

    return handle


def baseline_app(database: Database, settings: Settings) -> Starlette:
    """One endpoint per case, plus ``/healthz`` for the start-up probe."""
    return baseline_starlette(
        database,
        [
            Route("/baseline/me", _endpoint(database, settings, _me), methods=["POST"]),
            Route("/baseline/tree", _endpoint(database, settings, _tree), methods=["POST"]),
        ],
    )
