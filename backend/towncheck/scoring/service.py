"""Requesting scoring runs: for one cycle, or for every town of the county in a year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.models import Cycle
from towncheck.errors import invalid, not_found
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.scoring.jobs import KIND, params_for
from towncheck.scoring.runs import Target
from towncheck.tenancy.models import Town

SCORED_STATES = ("active", "closed")


async def request_cycle(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, cycle_id: int
) -> JobRun:
    """A run for one cycle; the caller enqueues the job once the transaction commits."""
    require(policy, principal, "score", "request", town_id=town_id)
    cycle = await session.get(Cycle, (town_id, cycle_id))
    if cycle is None:
        raise not_found("评估周期不存在或您无权查看")
    if cycle.state not in SCORED_STATES:
        raise invalid("评估周期尚未启动，不能评分", field="cycleId")
    targets = [Target(town_id=town_id, cycle_id=cycle_id)]
    params = params_for(targets, reason="manual", requested_by=principal.user_id)
    return await jobs.request(session, principal=principal, kind=KIND, params=params)


async def latest_cycles(session: AsyncSession, *, county_id: int, year: int) -> list[Target]:
    """Each town's latest started cycle of the year (by the start of its self-check)."""
    rows = await session.execute(
        select(Cycle.town_id, Cycle.id)
        .join(Town, Town.id == Cycle.town_id)
        .where(Town.county_id == county_id, Cycle.year == year, Cycle.state.in_(SCORED_STATES))
        .ext(distinct_on(Cycle.town_id))
        .order_by(Cycle.town_id, Cycle.self_start.desc(), Cycle.id.desc())
    )
    return [Target(town_id=town, cycle_id=cycle) for town, cycle in rows]


async def request_county(
    session: AsyncSession, *, policy: Policy, principal: Principal, year: int
) -> JobRun:
    """One run scoring every town's latest cycle of ``year`` (the county comparison's)."""
    require(policy, principal, "score", "request")
    if principal.county_id is None:
        raise invalid("只有县级账号可以为全县评分")
    targets = await latest_cycles(session, county_id=principal.county_id, year=year)
    if not targets:
        raise invalid(f"{year} 年没有已启动的评估周期", field="year")
    params = params_for(targets, reason="manual", requested_by=principal.user_id)
    return await jobs.request(session, principal=principal, kind=KIND, params=params)
