"""GraphQL queries of cycles and a cadre's assignments."""

from __future__ import annotations

import strawberry
from sqlalchemy import exists, select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import node_id
from towncheck.auth.principal import can, require
from towncheck.cycles import models
from towncheck.cycles.schema.types import Assignment, Cycle, cycle_key
from towncheck.households.models import Household
from towncheck.selfcheck.models import Visit


@strawberry.type
class CycleQuery:
    @strawberry.field(description="可见乡镇的评估周期 / Cycles of the towns you may see.")
    async def cycles(self, info: Info, state: str | None = None) -> list[Cycle]:
        principal = viewer(info)
        async with info.context.db as session:
            policy = info.context.policy
            towns = [
                t
                for t in principal.read_towns
                if can(policy, principal, "cycle", "read", town_id=t)
            ]
            query = select(models.Cycle).where(models.Cycle.town_id.in_(towns))
            if state is not None:
                query = query.where(models.Cycle.state == state)
            rows = (await session.scalars(query.order_by(models.Cycle.id.desc()))).all()
        return [Cycle.of(r) for r in rows]

    @strawberry.field(description="我的核查任务（未完成在前）/ What I should visit next.")
    async def my_assignments(self, info: Info, cycle_id: strawberry.ID) -> list[Assignment]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "cycle", "read", town_id=town_id)
        visited = exists().where(
            Visit.town_id == models.Assignment.town_id,
            Visit.cycle_id == models.Assignment.cycle_id,
            Visit.household_id == models.Assignment.household_id,
            Visit.stage == "self",
            Visit.state != "returned",
        )
        async with info.context.db as session:
            rows = (
                await session.execute(
                    select(models.Assignment, Household.head_name, visited.label("done"))
                    .outerjoin(
                        Household,
                        (Household.town_id == models.Assignment.town_id)
                        & (Household.id == models.Assignment.household_id),
                    )
                    .where(
                        models.Assignment.town_id == town_id,
                        models.Assignment.cycle_id == cycle,
                        models.Assignment.assignee_id == principal.user_id,
                    )
                    .order_by(visited, models.Assignment.id)
                )
            ).all()
        return [
            Assignment(
                id=node_id("Assignment", a.id, a.town_id),
                subject=a.subject,
                household_id=None
                if a.household_id is None
                else node_id("Household", a.household_id, a.town_id),
                head_name=head,
                assignee_id=node_id("User", a.assignee_id),
                basis=a.basis,
                done=bool(done),
            )
            for a, head, done in rows
        ]
