"""GraphQL queries of the ledger: filtered pages, appeals, the sweep preview."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from sqlalchemy import func, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import Connection, GlobalId, decode_cursor, keyset_page, page_size
from towncheck.auth.principal import can, require
from towncheck.rectification import models, sweep
from towncheck.rectification.names import named, rows_of
from towncheck.rectification.schema.types import Appeal, LedgerItem, SweepPreview, town_key
from towncheck.rectification.scope import items_visible
from towncheck.selfcheck.models import Finding as FindingRow
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.input(description="整改台账筛选 / Ledger filters.")
class LedgerFilter:
    state: str | None = None
    owner_id: strawberry.ID | None = None
    area_id: strawberry.ID | None = None
    overdue: bool | None = strawberry.field(default=None, description="只看逾期 / Overdue only.")
    severity: str | None = None


def _filtered(query: Any, flt: LedgerFilter | None, today: date) -> Any:
    item = models.LedgerItem
    if flt is None:
        return query
    if flt.state is not None:
        query = query.where(item.state == flt.state)
    if flt.severity is not None:
        query = query.where(item.severity == flt.severity)
    if flt.owner_id is not None:
        query = query.where(item.owner_id == GlobalId.decode(flt.owner_id, expect="User").id)
    if flt.area_id is not None:
        query = query.where(item.area_id == GlobalId.decode(flt.area_id, expect="Area").id)
    if flt.overdue is not None:
        late = item.state.not_in(("signed_off", "withdrawn")) & (item.deadline < today)
        query = query.where(late if flt.overdue else ~late)
    return query


@resolves("LedgerItem")
async def _ledger_item_node(info: Info, gid: GlobalId) -> LedgerItem | None:
    """One item by its id, for whoever may read the ledger and see the item's household."""
    principal = viewer(info)
    if gid.town_id is None or not can(
        info.context.policy, principal, "ledger", "read", town_id=gid.town_id
    ):
        return None
    item = models.LedgerItem
    query = select(item).where(
        item.town_id == gid.town_id, item.id == gid.id, items_visible(principal, gid.town_id)
    )
    async with info.context.db as session:
        rows = rows_of((await session.execute(named(query))).all())
    return LedgerItem.of(rows[0], today=date.today()) if rows else None


@strawberry.type
class LedgerQuery:
    @strawberry.field(description="整改台账（可筛选）/ The ledger, filtered.")
    async def ledger(
        self,
        info: Info,
        cycle_id: strawberry.ID,
        filter: LedgerFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[LedgerItem]:
        principal, today = viewer(info), date.today()
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "ledger", "read", town_id=town_id)
        item = models.LedgerItem
        query = _filtered(
            select(item).where(
                item.town_id == town_id, item.cycle_id == cycle, items_visible(principal, town_id)
            ),
            filter,
            today,
        )
        size, last = page_size(first), decode_cursor(after, kind="k")
        page = query.where(item.id > last) if last >= 0 else query
        async with info.context.db as session:
            result = await session.execute(named(page.order_by(item.id).limit(size + 1)))
            rows = rows_of(result.all())
            total = await session.scalar(select(func.count()).select_from(query.subquery()))
        return keyset_page(
            rows,
            lambda r: LedgerItem.of(r, today=today),
            key=lambda r: r.item.id,
            size=size,
            after=after,
            total=int(total or 0),
        )

    @strawberry.field(description="申诉（可按状态筛选）/ Appeals of a cycle's findings.")
    async def appeals(
        self, info: Info, cycle_id: strawberry.ID, state: str | None = None
    ) -> list[Appeal]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "ledger", "read", town_id=town_id)
        from_findings = select(models.Appeal.id).join_from(
            models.Appeal,
            FindingRow,
            (FindingRow.town_id == models.Appeal.town_id)
            & (FindingRow.id == models.Appeal.finding_id),
        )
        query = select(models.Appeal).where(
            models.Appeal.town_id == town_id,
            models.Appeal.id.in_(from_findings.where(FindingRow.cycle_id == cycle)),
        )
        if state is not None:
            query = query.where(models.Appeal.state == state)
        async with info.context.db as session:
            rows = (await session.scalars(query.order_by(models.Appeal.id).limit(500))).all()
        return [Appeal.of(r) for r in rows]

    @strawberry.field(description="举一反三预览 / Preview a sweep from a finding.")
    async def sweep_preview(self, info: Info, finding_id: strawberry.ID) -> SweepPreview:
        town_id, finding = town_key(finding_id, "Finding")
        async with info.context.db as session:
            result = await sweep.preview(
                session,
                policy=info.context.policy,
                principal=viewer(info),
                town_id=town_id,
                finding_id=finding,
                today=date.today(),
            )
        return SweepPreview.of(result)
