"""GraphQL queries of visits and findings."""

from __future__ import annotations

import strawberry
from sqlalchemy import func, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import require
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.selfcheck import models
from towncheck.selfcheck.schema.types import Finding, Visit, cycle_key

MAX_LIST = 500


@strawberry.type
class SelfCheckQuery:
    @strawberry.field(description="周期内的入户访谈（最多 500 条）/ Visits of a cycle.")
    async def visits(
        self, info: Info, cycle_id: strawberry.ID, state: str | None = None
    ) -> list[Visit]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Visit)
            .join(
                Household,
                (Household.town_id == models.Visit.town_id)
                & (Household.id == models.Visit.household_id),
            )
            .where(
                models.Visit.town_id == town_id, models.Visit.cycle_id == cycle, visible(principal)
            )
        )
        if state is not None:
            query = query.where(models.Visit.state == state)
        async with info.context.db as session:
            rows = (await session.scalars(query.order_by(models.Visit.id).limit(MAX_LIST))).all()
        return [Visit.of(r) for r in rows]

    @strawberry.field(description="问题清单（可筛选，最多 500 条）/ Findings with filters.")
    async def findings(
        self,
        info: Info,
        *,
        cycle_id: strawberry.ID,
        state: str | None = None,
        severity: str | None = None,
        checkpoint: str | None = None,
        household_id: strawberry.ID | None = None,
    ) -> list[Finding]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Finding)
            .join(
                Household,
                (Household.town_id == models.Finding.town_id)
                & (Household.id == models.Finding.household_id),
            )
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
        async with info.context.db as session:
            rows = (await session.scalars(query.order_by(models.Finding.id).limit(MAX_LIST))).all()
        return [Finding.of(r) for r in rows]

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
