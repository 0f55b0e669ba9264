"""GraphQL of satisfaction rates (满意度) by village, area or town."""

from __future__ import annotations

from enum import Enum

import strawberry

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import node_id
from towncheck.auth.principal import require
from towncheck.cycles.service import get_cycle
from towncheck.selfcheck import satisfaction
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.enum(description="满意度统计口径 / Satisfaction grouping.")
class SatisfactionBy(Enum):
    VILLAGE = "village"
    AREA = "area"
    TOWN = "town"


_KINDS = {"village": "Village", "area": "Area", "town": "Town"}


@strawberry.type(description="群众满意度 / Satisfaction of the households asked.")
class Satisfaction:
    key: strawberry.ID
    name: str
    asked: int = strawberry.field(description="受访户数 / Households asked.")
    satisfied: int = strawberry.field(description="满意")
    fairly: int = strawberry.field(description="基本满意")
    unsatisfied: int = strawberry.field(description="不满意")
    unanswered: int = strawberry.field(description="未答")
    rate: float | None = strawberry.field(description="满意度（%）/ (满意+基本满意)÷受访户数")


@strawberry.type
class SatisfactionQuery:
    @strawberry.field(description="群众满意度 / Satisfaction rates.")
    async def satisfaction(
        self, info: Info, cycle_id: strawberry.ID, by: SatisfactionBy = SatisfactionBy.TOWN
    ) -> list[Satisfaction]:
        town_id, cycle_number = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "visit", "read", town_id=town_id)
        async with info.context.db as session:
            cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_number)
            rows = await satisfaction.satisfaction(session, cycle=cycle, by=by.value)
        town = None if by is SatisfactionBy.TOWN else town_id
        return [
            Satisfaction(
                key=node_id(_KINDS[by.value], r.key_id, town),
                name=r.name,
                asked=r.asked,
                satisfied=r.satisfied,
                fairly=r.fairly,
                unsatisfied=r.unsatisfied,
                unanswered=r.unanswered,
                rate=None if r.rate is None else float(r.rate),
            )
            for r in rows
        ]
