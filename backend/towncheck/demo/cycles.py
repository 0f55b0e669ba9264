"""The demo's evaluation cycles: the default checklist, one active cycle per town, its
assignments, its cross-check teams and (where every office has a director) an open draw."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.checklists.service import ensure_default_template
from towncheck.crosscheck import draws, teams
from towncheck.cycles import assignments
from towncheck.cycles import service as cycles
from towncheck.cycles.models import Cycle
from towncheck.db import Database, TenantScope
from towncheck.orm import utcnow
from towncheck.tenancy.models import Town


def office_of(county_id: int, town_id: int) -> Principal:
    """The town's poverty office, as the demo setup acts for it."""
    return Principal(
        kind="system",
        county_id=county_id,
        label="演示数据初始化",
        memberships=(Membership(role=Role.TOWN_ADMIN, county_id=county_id, town_id=town_id),),
    )


def demo_windows(today: date) -> cycles.Windows:
    """Self-check this week, rectification throughout, and the cross-check open from today
    as well: a town runs its stages one after another, but in the demo every stage can be
    tried at once (the draw, cross-check visits, their discrepancies)."""
    return cycles.Windows(
        self_start=today - timedelta(days=1),
        self_end=today + timedelta(days=6),
        cross_start=today,
        cross_end=today + timedelta(days=9),
        rect_start=today - timedelta(days=1),
        rect_end=today + timedelta(days=13),
    )


async def load_cycles(
    database: Database, policy: Policy, scope: TenantScope, towns: list[Town], *, today: date
) -> None:
    """Each town without a cycle gets an active one on the default checklist; idempotent."""
    async with database.unit_of_work(scope) as session:
        for town in towns:
            version = await ensure_default_template(session, county_id=town.county_id)
            if await session.scalar(select(Cycle.id).where(Cycle.town_id == town.id)) is not None:
                continue
            office = office_of(town.county_id, town.id)
            cycle = await cycles.create_cycle(
                session,
                policy=policy,
                principal=office,
                town_id=town.id,
                version_id=version.id,
                name=f"{today.year} 年{town.name}脱贫攻坚自查互查评估",
                year=today.year,
                windows=demo_windows(today),
            )
            await cycles.change_state(
                session,
                policy=policy,
                principal=office,
                town_id=town.id,
                cycle_id=cycle.id,
                to="active",
            )
            await assignments.generate(
                session, policy=policy, principal=office, town_id=town.id, cycle_id=cycle.id
            )
            await _cross_check(session, policy, office, cycle)


async def _cross_check(
    session: AsyncSession, policy: Policy, office: Principal, cycle: Cycle
) -> None:
    """Teams for every office; where every team has its director, the draw is open."""
    formed = await teams.form_teams(
        session, policy=policy, principal=office, town_id=cycle.town_id, cycle_id=cycle.id
    )
    if len(formed) < 2 or any(t.director_id is None for t in formed):
        return
    now = utcnow()
    await draws.open_draw(
        session,
        policy=policy,
        principal=office,
        town_id=cycle.town_id,
        cycle_id=cycle.id,
        settings=draws.DrawSettings(
            commit_deadline=now + timedelta(days=2),
            reveal_deadline=now + timedelta(days=3),
            sample_rates={"lifted_unsupported": Decimal("0.5"), "ordinary": Decimal("0.2")},
        ),
        now=now,
    )
