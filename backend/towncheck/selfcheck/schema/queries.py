"""GraphQL queries of visits, findings and the pre-filled visit form."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from sqlalchemy import Select, func, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import Connection, GlobalId, decode_cursor, keyset_page, page_size
from towncheck.auth.principal import require
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.selfcheck import draft, models
from towncheck.selfcheck.schema.drafts import VisitDraft
from towncheck.selfcheck.schema.types import Finding, Visit, cycle_key


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


def _household_of(model: type[models.Visit] | type[models.Finding]) -> Any:
    # Joined so that the viewer's household scope (visible) applies to visits and findings.
    return (Household.town_id == model.town_id) & (Household.id == model.household_id)


@strawberry.type
class SelfCheckQuery:
    @strawberry.field(description="周期内的入户访谈 / Visits of a cycle.")
    async def visits(
        self,
        info: Info,
        *,
        cycle_id: strawberry.ID,
        state: str | None = None,
        stage: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Visit]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Visit)
            .join(Household, _household_of(models.Visit))
            .where(
                models.Visit.town_id == town_id, models.Visit.cycle_id == cycle, visible(principal)
            )
        )
        for column, wanted in ((models.Visit.state, state), (models.Visit.stage, stage)):
            if wanted is not None:
                query = query.where(column == wanted)
        rows, total = await _page(info, query, models.Visit.id, first=first, after=after)
        return keyset_page(
            rows, Visit.of, key=lambda r: r.id, size=page_size(first), after=after, total=total
        )

    @strawberry.field(description="问题清单（可筛选）/ Findings with filters.")
    async def findings(
        self,
        info: Info,
        *,
        cycle_id: strawberry.ID,
        state: str | None = None,
        severity: str | None = None,
        checkpoint: str | None = None,
        household_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Finding]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Finding)
            .join(Household, _household_of(models.Finding))
            .where(
                models.Finding.town_id == town_id,
                models.Finding.cycle_id == cycle,
                visible(principal),
            )
        )
        for column, wanted in (
            (models.Finding.state, state),
            (models.Finding.severity, severity),
            (models.Finding.checkpoint, checkpoint),
        ):
            if wanted is not None:
                query = query.where(column == wanted)
        if household_id is not None:
            query = query.where(
                models.Finding.household_id == GlobalId.decode(household_id, expect="Household").id
            )
        rows, total = await _page(info, query, models.Finding.id, first=first, after=after)
        return keyset_page(
            rows, Finding.of, key=lambda r: r.id, size=page_size(first), after=after, total=total
        )

    @strawberry.field(description="问题数 / Count of findings by state.")
    async def finding_count(self, info: Info, cycle_id: strawberry.ID, state: str = "open") -> int:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        async with info.context.db as session:
            count = await session.scalar(
                select(func.count())
                .select_from(models.Finding)
                .where(
                    models.Finding.town_id == town_id,
                    models.Finding.cycle_id == cycle,
                    models.Finding.state == state,
                )
            )
        return int(count or 0)

    @strawberry.field(description="入户访谈表：按台账和上一周期预填 / The visit form, pre-filled.")
    async def visit_draft(
        self, info: Info, cycle_id: strawberry.ID, household_id: strawberry.ID
    ) -> VisitDraft:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        household = GlobalId.decode(household_id, expect="Household")
        async with info.context.db as session:
            result = await draft.visit_draft(
                session,
                policy=info.context.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                household_id=household.id,
                today=date.today(),
            )
        return VisitDraft.of(result)
