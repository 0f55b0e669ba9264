"""The baseline for the ledger page: the same JSON, from hand-written asyncpg queries.

The endpoint authenticates the bearer token and applies the tenant scope exactly as
``/graphql`` does (``identify`` + ``apply_scope`` on a session of the app's login role),
checks the same permission (``ledger``/``read`` in the cycle's town), then runs four queries
on the session's own asyncpg connection, in the same transaction, as the resolver and its
two DataLoaders do: the page (``n + 1`` rows past no cursor, by id), the count of every
matching item, the heads of the page's households and the names of its owners. The filter
is the measured query's (state open, one area, overdue) with the resolver's scoping for a
whole-town viewer (no household, or owned by the viewer, or a household of the town). The
body is built with ``orjson``. Whatever ``/graphql`` costs beyond this is GraphQL, the ORM
and the resolvers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Final

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
from registry.page_baseline import Rows, whole_towns
from towncheck.api.relay import MAX_PAGE, GlobalId, encode_cursor, node_id
from towncheck.auth.policy import Policy, default_policy
from towncheck.auth.principal import Principal, require
from towncheck.config import Settings
from towncheck.db import Database
from towncheck.errors import DomainError
from towncheck.rectification.transitions import STATE_NAMES

PAGE_PATH: Final = "/baseline/ledger"
STATE: Final = "open"  # the measured filter: {state: "open", areaId: $a, overdue: true}
CLOSED: Final = ("signed_off", "withdrawn")

# $1 town, $2 cycle, $3 viewer, $4 state, $5 area, $6 today. The viewer's households are
# the town's (whole-town roles only, see ``whole_towns``), as ``households.scope.visible``.
_WHERE: Final = (
    " from ledger_items i where i.town_id = $1 and i.cycle_id = $2"
    " and (i.household_id is null or i.owner_id = $3"
    " or i.household_id in (select h.id from households h where h.town_id = $1))"
    " and i.state = $4 and i.area_id = $5"
    " and i.state <> all('{signed_off,withdrawn}'::text[]) and i.deadline < $6"
)
PAGE_SQL: Final = (
    "select i.id, i.town_id, i.household_id, i.owner_id, i.checkpoint, i.problem, i.measures,"
    " i.deadline, i.severity, i.state, i.flag" + _WHERE + " order by i.id limit $7"
)
COUNT_SQL: Final = "select count(*)" + _WHERE
HEADS_SQL: Final = (
    "select town_id, id, head_name from households"
    " where (town_id, id) in (select * from unnest($1::int[], $2::bigint[]))"
)
OWNERS_SQL: Final = "select id, display_name from users where id = any($1::int[])"


def _node(row: Any, today: date, heads: dict[tuple[int, int], str], owners: dict[int, str]) -> Data:
    town, household = row["town_id"], row["household_id"]
    return {
        "id": node_id("LedgerItem", row["id"], town),
        "checkpoint": row["checkpoint"],
        "problem": row["problem"],
        "measures": row["measures"],
        "deadline": row["deadline"],
        "severity": row["severity"],
        "state": row["state"],
        "stateLabel": STATE_NAMES.get(row["state"], row["state"]),
        "flag": row["flag"],
        "overdue": row["state"] not in CLOSED and row["deadline"] < today,
        "ownerName": owners.get(row["owner_id"], ""),
        "headName": "" if household is None else heads.get((town, household), ""),
    }


async def page(
    conn: Rows,
    principal: Principal,
    *,
    policy: Policy,
    cycle: GlobalId,
    area: GlobalId,
    size: int,
) -> Data:
    """``ledger(cycleId, filter: {state: "open", areaId, overdue: true}, first: size)``."""
    today, town = date.today(), cycle.town_id or 0
    require(policy, principal, "ledger", "read", town_id=town)
    whole_towns(principal)
    if principal.user_id is None:
        raise BenchError("the baseline expects a signed-in user")
    where = (town, cycle.id, principal.user_id, STATE, area.id, today)
    found = await conn.fetch(PAGE_SQL, *where, size + 1)
    total = int((await conn.fetch(COUNT_SQL, *where))[0][0])
    rows = found[:size]
    heads: dict[tuple[int, int], str] = {}
    owners: dict[int, str] = {}
    if rows:
        keys = list(
            dict.fromkeys(
                (r["town_id"], r["household_id"]) for r in rows if r["household_id"] is not None
            )
        )
        if keys:
            for h in await conn.fetch(HEADS_SQL, [k[0] for k in keys], [k[1] for k in keys]):
                heads[(h["town_id"], h["id"])] = h["head_name"]
        users = list(dict.fromkeys(r["owner_id"] for r in rows))
        owners = {u["id"]: u["display_name"] for u in await conn.fetch(OWNERS_SQL, users)}
    edges = [
        {"cursor": encode_cursor(r["id"], kind="k"), "node": _node(r, today, heads, owners)}
        for r in rows
    ]
    return {
        "ledger": {
            "totalCount": total,
            "pageInfo": {
                "hasNextPage": len(found) > size,
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
            "edges": edges,
        }
    }


def _arguments(body: bytes) -> tuple[GlobalId, GlobalId, int] | None:
    """``variables`` ``c`` (a Cycle id), ``a`` (an Area id) and ``n`` (the page size)."""
    try:
        variables = orjson.loads(body)["variables"]
        cycle = GlobalId.decode(variables["c"], expect="Cycle")
        area = GlobalId.decode(variables["a"], expect="Area")
        size = variables["n"]
    except (orjson.JSONDecodeError, KeyError, TypeError, DomainError):
        return None
    if not isinstance(size, int) or not 0 <= size <= MAX_PAGE:
        return None
    return cycle, area, size


def page_endpoint(database: Database, settings: Settings, policy: Policy) -> Route:
    async def handle(request: Request) -> Response:
        arguments = _arguments(await request.body())
        if arguments is None:
            return error_response(
                400,
                f"variables: c a Cycle id, a an Area id, n an integer from 0 to {MAX_PAGE}",
                "BAD_USER_INPUT",
            )
        cycle, area, size = arguments

        async def build(session: AsyncSession, principal: Principal) -> Data:
            conn = await driver_connection(session)
            return await page(conn, principal, policy=policy, cycle=cycle, area=area, size=size)

        return await scoped_response(database, settings, request, build)

    return Route(PAGE_PATH, handle, methods=["POST"])


def ledger_baseline_app(database: Database, settings: Settings) -> Starlette:
    return baseline_starlette(database, [page_endpoint(database, settings, default_policy())])


def statements() -> Sequence[str]:
    """The asyncpg queries one baseline request sends after authentication."""
    return (PAGE_SQL, COUNT_SQL, HEADS_SQL, OWNERS_SQL)
