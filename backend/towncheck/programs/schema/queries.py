"""GraphQL queries: village years, key-village readiness and the two registers, and the
three as Relay nodes."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy import Select, extract, func, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import Connection, GlobalId, decode_cursor, keyset_page, page_size
from towncheck.auth.principal import can, require
from towncheck.programs import models, villages
from towncheck.programs.items import ITEMS
from towncheck.programs.loaders import (
    CollaborationFundByIdLoader,
    SocialAssistanceByIdLoader,
    VillageYearByIdLoader,
)
from towncheck.programs.schema.types import (
    AssistanceKind,
    CollaborationFund,
    FiveTenItem,
    SocialAssistance,
    VillageReadiness,
    VillageYear,
)


def _town(info: Info, town_id: strawberry.ID) -> int:
    town = GlobalId.decode(town_id, expect="Town").id
    require(info.context.policy, viewer(info), "program", "read", town_id=town)
    return town


def _village(village_id: strawberry.ID | None) -> int | None:
    return None if village_id is None else GlobalId.decode(village_id, expect="Village").id


async def _page(
    info: Info, query: Select[Any], key: Any, *, first: int | None, after: str | None
) -> tuple[list[Any], int]:
    """One statement for the page (one extra row tells of a next page), one for the count."""
    size, last = page_size(first), decode_cursor(after, kind="k")
    paged = query.where(key > last) if last >= 0 else query
    async with info.context.db as session:
        rows = list((await session.scalars(paged.order_by(key).limit(size + 1))).all())
        total = await session.scalar(select(func.count()).select_from(query.subquery()))
    return rows, int(total or 0)


def _readable(info: Info, gid: GlobalId) -> tuple[int, int] | None:
    """The row's key when the viewer may read the programs of its town; row-level security
    then hides it unless the town is one the viewer's principal reads."""
    town = gid.town_id
    if town is None or not can(info.context.policy, viewer(info), "program", "read", town_id=town):
        return None
    return town, gid.id


@resolves("VillageYear")
async def _village_year_node(info: Info, gid: GlobalId) -> VillageYear | None:
    key = _readable(info, gid)
    row = None if key is None else await info.context.loader(VillageYearByIdLoader).load(key)
    return None if row is None else VillageYear.of(row)


@resolves("SocialAssistance")
async def _assistance_node(info: Info, gid: GlobalId) -> SocialAssistance | None:
    key = _readable(info, gid)
    row = None if key is None else await info.context.loader(SocialAssistanceByIdLoader).load(key)
    return None if row is None else SocialAssistance.of(row)


@resolves("CollaborationFund")
async def _fund_node(info: Info, gid: GlobalId) -> CollaborationFund | None:
    key = _readable(info, gid)
    row = None if key is None else await info.context.loader(CollaborationFundByIdLoader).load(key)
    return None if row is None else CollaborationFund.of(row)


@strawberry.type
class ProgramQuery:
    @strawberry.field(description="“五通十有”标准各项 / The items of the 五通十有 standard.")
    def five_ten_items(self) -> list[FiveTenItem]:
        return [FiveTenItem(code=c, name=n) for c, n in ITEMS.items()]

    @strawberry.field(description="村年度情况（可按村筛选）/ Village years of a town and year.")
    async def village_years(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        year: int,
        village_id: strawberry.ID | None = None,
    ) -> list[VillageYear]:
        town, table = _town(info, town_id), models.VillageYear
        query = select(table).where(table.town_id == town, table.year == year)
        village = _village(village_id)
        if village is not None:
            query = query.where(table.village_id == village)
        async with info.context.db as session:
            rows = await session.scalars(query.order_by(table.village_id))
            return [VillageYear.of(r) for r in rows]

    @strawberry.field(
        description="重点村稳定退出情况：村集体收入超过 5 万元且“五通十有”达标"
        " / Every key village's exit readiness for a year."
    )
    async def key_village_readiness(
        self, info: Info, *, town_id: strawberry.ID, year: int
    ) -> list[VillageReadiness]:
        town = GlobalId.decode(town_id, expect="Town").id
        ctx = info.context
        async with ctx.db as session:
            found = await villages.readiness(
                session, policy=ctx.policy, principal=viewer(info), town_id=town, year=year
            )
        return [VillageReadiness.of(r, town) for r in found]

    @strawberry.field(description="社会扶贫登记（可按类别、村、年度筛选）/ Social assistance.")
    async def social_assistance(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        kind: AssistanceKind | None = None,
        village_id: strawberry.ID | None = None,
        year: int | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[SocialAssistance]:
        town, table = _town(info, town_id), models.SocialAssistance
        query = select(table).where(table.town_id == town)
        if kind is not None:
            query = query.where(table.kind == kind.value)
        village = _village(village_id)
        if village is not None:
            query = query.where(table.village_id == village)
        if year is not None:
            query = query.where(extract("year", table.given_on) == year)
        rows, total = await _page(info, query, table.id, first=first, after=after)
        return keyset_page(
            rows,
            SocialAssistance.of,
            key=lambda r: r.id,
            size=page_size(first),
            after=after,
            total=total,
        )

    @strawberry.field(description="省内扶贫协作资金（可按年度、协作方筛选）/ Collaboration funds.")
    async def collaboration_funds(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        year: int | None = None,
        partner: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[CollaborationFund]:
        town, table = _town(info, town_id), models.CollaborationFund
        query = select(table).where(table.town_id == town)
        if year is not None:
            query = query.where(table.year == year)
        if partner:
            query = query.where(table.partner == partner.strip())
        rows, total = await _page(info, query, table.id, first=first, after=after)
        return keyset_page(
            rows,
            CollaborationFund.of,
            key=lambda r: r.id,
            size=page_size(first),
            after=after,
            total=total,
        )
