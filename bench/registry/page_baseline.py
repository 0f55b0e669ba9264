"""The baseline for the ``households`` page: the same JSON, from hand-written asyncpg queries.

The endpoint authenticates the bearer token and applies the tenant scope exactly as
``/graphql`` does (``identify`` + ``apply_scope`` on a session of the app's login role), then
runs two queries on the session's own asyncpg connection, in the same transaction: the page of
households (``n + 1`` rows, as the connection field fetches) and their members. The body is
built with ``orjson``. Whatever ``/graphql`` costs beyond this is GraphQL, the ORM and the
resolvers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, Protocol

import orjson
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from overhead.common import BenchError
from overhead.endpoints import (
    Data,
    baseline_starlette,
    driver_connection,
    error_response,
    scoped_response,
)
from towncheck.api.relay import MAX_PAGE, node_id
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database
from towncheck.households.schema.types import HouseholdCategory
from towncheck.households.scope import WHOLE_TOWN
from towncheck.households.values import RELATIONS

PAGE_PATH: Final = "/baseline/households"

HOUSEHOLDS_SQL: Final = (
    "select id, town_id, head_name, category, address, phone_masked from households"
    " where town_id = any($1::bigint[]) order by town_id, id limit $2"
)
MEMBERS_SQL: Final = (
    "select m.id, m.town_id, m.household_id, m.name, m.id_masked, m.sex, m.birth_date,"
    " m.relation, m.basic_medical, m.enrolled from members m"
    " where (m.town_id, m.household_id) in"
    " (select * from unnest($1::bigint[], $2::bigint[]))"
    " order by m.town_id, m.household_id, m.position, m.id"
)
# The GraphQL enum's names (LIFTED_SUPPORTED), as /graphql writes the stored codes.
CATEGORY_NAMES: Final = {c.value: c.name for c in HouseholdCategory}


class Rows(Protocol):
    """The part of ``asyncpg.Connection`` used here (asyncpg ships no type information)."""

    async def fetch(self, query: str, *args: object) -> list[Any]: ...


def whole_towns(principal: Principal) -> list[int]:
    """The towns whose every household the viewer sees (``scope.visible`` for these roles).

    Narrower roles (area and village cadres, helpers) are not what this bench measures."""
    towns = sorted(principal.read_towns)
    narrow = [t for t in towns if not principal.roles_in_town(t) & WHOLE_TOWN]
    if narrow:
        raise BenchError(f"the baseline expects whole-town roles; towns {narrow} are narrower")
    return towns


def _member(row: Any) -> Data:
    return {
        "id": node_id("Member", row["id"], row["town_id"]),
        "name": row["name"],
        "idNumber": row["id_masked"],
        "sex": row["sex"],
        "birthDate": row["birth_date"],
        "relation": row["relation"],
        "relationLabel": RELATIONS.get(row["relation"], row["relation"]),
        "basicMedical": row["basic_medical"],
        "enrolled": row["enrolled"],
    }


async def page(conn: Rows, principal: Principal, size: int) -> Data:
    """``households(first: size)`` with the fields of the bench's query."""
    towns = whole_towns(principal)
    rows = (await conn.fetch(HOUSEHOLDS_SQL, towns, size + 1))[:size] if towns else []
    members: dict[tuple[int, int], list[Data]] = {}
    if rows:
        found = await conn.fetch(MEMBERS_SQL, [r["town_id"] for r in rows], [r["id"] for r in rows])
        for m in found:
            members.setdefault((m["town_id"], m["household_id"]), []).append(_member(m))
    edges = [
        {
            "node": {
                "id": node_id("Household", r["id"], r["town_id"]),
                "headName": r["head_name"],
                "category": CATEGORY_NAMES[r["category"]],
                "address": r["address"],
                "phone": r["phone_masked"],
                "members": members.get((r["town_id"], r["id"]), []),
            }
        }
        for r in rows
    ]
    return {"households": {"edges": edges}}


def _size(body: bytes) -> int | None:
    try:
        size = orjson.loads(body)["variables"]["n"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None
    return size if isinstance(size, int) and 0 <= size <= MAX_PAGE else None


def page_endpoint(database: Database, settings: Settings) -> Route:
    async def handle(request: Request) -> Response:
        size = _size(await request.body())
        if size is None:
            return error_response(
                400, f"variables.n must be an integer from 0 to {MAX_PAGE}", "BAD_USER_INPUT"
            )

        async def build(session: AsyncSession, principal: Principal) -> Data:
            return await page(await driver_connection(session), principal, size)

        return await scoped_response(database, settings, request, build)

    return Route(PAGE_PATH, handle, methods=["POST"])


def page_baseline_app(database: Database, settings: Settings) -> Starlette:
    return baseline_starlette(database, [page_endpoint(database, settings)])


def statements() -> Sequence[str]:
    """The asyncpg queries one baseline request sends after authentication."""
    return (HOUSEHOLDS_SQL, MEMBERS_SQL)
