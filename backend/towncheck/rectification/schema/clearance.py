"""GraphQL of clearance (清零): open, overdue and signed-off items by town, area, village or
cadre, and the burn-down of the rectification window."""

from __future__ import annotations

from datetime import date
from enum import Enum

import strawberry

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.auth.principal import require
from towncheck.rectification import clearance
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.enum(description="清零统计口径 / Clearance grouping.")
class ClearanceBy(Enum):
    TOWN = "town"
    AREA = "area"
    VILLAGE = "village"
    CADRE = "cadre"


@strawberry.type(description="清零情况 / Clearance of one town, area, village or cadre.")
class Clearance:
    name: str
    total: int
    open: int = strawberry.field(description="未销号 / Not signed off.")
    overdue: int
    signed_off: int
    on_time: int = strawberry.field(description="按期销号 / Signed off by the deadline.")
    on_time_rate: float | None = strawberry.field(description="按期销号率（%）/ On-time rate.")
    cleared: bool = strawberry.field(description="已清零 / Nothing open.")

    @classmethod
    def of(cls, r: clearance.ClearanceRow) -> Clearance:
        return cls(
            name=r.name,
            total=r.total,
            open=r.open,
            overdue=r.overdue,
            signed_off=r.signed_off,
            on_time=r.on_time,
            on_time_rate=None if r.on_time_rate is None else float(r.on_time_rate),
            cleared=r.cleared,
        )


@strawberry.type(description="燃尽图的一天 / One day of the burn-down.")
class BurnDownDay:
    day: date
    open: int | None = strawberry.field(description="当天结束时未销号 / Open at day's end.")
    ideal: float = strawberry.field(description="理想进度 / The straight line to zero.")


@strawberry.type
class ClearanceQuery:
    @strawberry.field(description="清零统计 / Clearance statistics.")
    async def clearance(
        self, info: Info, cycle_id: strawberry.ID, by: ClearanceBy = ClearanceBy.TOWN
    ) -> list[Clearance]:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "ledger", "read", town_id=town_id)
        async with info.context.db as session:
            rows = await clearance.clearance(
                session, town_id=town_id, cycle_id=cycle, by=by.value, today=date.today()
            )
        return [Clearance.of(r) for r in rows]

    @strawberry.field(description="整改燃尽图 / The burn-down toward zero.")
    async def burn_down(self, info: Info, cycle_id: strawberry.ID) -> list[BurnDownDay]:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "ledger", "read", town_id=town_id)
        async with info.context.db as session:
            days = await clearance.burn_down(session, town_id=town_id, cycle_id=cycle)
        return [BurnDownDay(day=d.day, open=d.open, ideal=float(d.ideal)) for d in days]
