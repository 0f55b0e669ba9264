"""GraphQL queries of department lists and their entries."""

from __future__ import annotations

import strawberry
from sqlalchemy import select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import Connection, GlobalId, decode_cursor, keyset_page, page_size
from towncheck.auth.principal import can, require
from towncheck.sectors import entries, models
from towncheck.sectors.schema.entries import DepartmentEntry
from towncheck.sectors.schema.types import DepartmentList, DepartmentListKind


@resolves("DepartmentList")
async def _list_node(info: Info, gid: GlobalId) -> DepartmentList | None:
    town = gid.town_id or 0
    if not can(info.context.policy, viewer(info), "sector", "read", town_id=town):
        return None
    async with info.context.db as session:
        # Row-level security hides another town's list even when the id names one.
        row = await session.get(models.DepartmentList, (town, gid.id))
    return None if row is None else DepartmentList.of(row)


@strawberry.type
class SectorQuery:
    @strawberry.field(
        description="部门名单（低保、特困、临时救助、残疾人补贴、培训、公益岗位、小额信贷）"
        " / A town's department lists of a year."
    )
    async def department_lists(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        year: int,
        kind: DepartmentListKind | None = None,
    ) -> list[DepartmentList]:
        town = GlobalId.decode(town_id, expect="Town").id
        require(info.context.policy, viewer(info), "sector", "read", town_id=town)
        table = models.DepartmentList
        query = select(table).where(table.town_id == town, table.year == year)
        if kind is not None:
            query = query.where(table.kind == kind.value)
        async with info.context.db as session:
            rows = await session.scalars(query.order_by(table.kind, table.label, table.id))
            return [DepartmentList.of(r) for r in rows]

    @strawberry.field(
        description="部门名单的明细；matched 为 true 仅列台账中现有其身份证号的行，"
        "false 仅列没有的；search 按姓名筛选 / A department list's rows; matched: whether "
        "the town's registry has their ID numbers now; search: part of the name."
    )
    async def department_list_entries(
        self,
        info: Info,
        *,
        list_id: strawberry.ID,
        matched: bool | None = None,
        search: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[DepartmentEntry]:
        gid = GlobalId.decode(list_id, expect="DepartmentList")
        size = page_size(first)
        async with info.context.db as session:
            rows, total = await entries.entry_page(
                session,
                policy=info.context.policy,
                principal=viewer(info),
                town_id=gid.town_id or 0,
                list_id=gid.id,
                flt=entries.EntryFilter(matched=matched, search=search),
                size=size,
                after=decode_cursor(after, kind="k"),
            )
        return keyset_page(
            rows, DepartmentEntry.of, key=lambda r: r.entry.id, size=size, after=after, total=total
        )
