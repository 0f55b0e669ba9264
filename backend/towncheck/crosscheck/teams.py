"""Cross-check teams: one per office (大办), led by its director, made of its cadres.

Teams are formed for a cycle from the town's memberships; the poverty office may adjust a
team's members until the draw is made, after which the conflict check it passed must hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import TownMembership
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.crosscheck.models import Draw, Team, TeamMember
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.tenancy.models import Office

MAX_MEMBERS = 50


async def form_teams(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, cycle_id: int
) -> list[Team]:
    """One team per office with the office's cadres; offices already teamed are kept."""
    require(policy, principal, "draw", "manage", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    await _require_not_drawn(session, town_id=town_id, cycle_id=cycle.id)
    existing = {t.office_id for t in await teams_of(session, town_id=town_id, cycle_id=cycle.id)}
    offices = (
        await session.scalars(select(Office).where(Office.town_id == town_id).order_by(Office.id))
    ).all()
    memberships = (
        await session.scalars(
            select(TownMembership).where(
                TownMembership.town_id == town_id, TownMembership.office_id.is_not(None)
            )
        )
    ).all()
    await allow_town_write(session, town_id)
    for office in offices:
        if office.id in existing:
            continue
        staff = [m for m in memberships if m.office_id == office.id]
        director = next((m.user_id for m in staff if m.role == "office_director"), None)
        team = Team(
            town_id=town_id,
            cycle_id=cycle.id,
            office_id=office.id,
            name=f"{office.name}互查组",
            director_id=director,
        )
        session.add(team)
        await session.flush()
        members = sorted({m.user_id for m in staff})
        if members:
            await session.execute(
                insert(TeamMember),
                [{"town_id": town_id, "team_id": team.id, "user_id": u} for u in members],
            )
    formed = await teams_of(session, town_id=town_id, cycle_id=cycle.id)
    await audit.record(
        session,
        actor=principal,
        action="crosscheck.form_teams",
        target_type="Cycle",
        target_id=cycle.id,
        town_id=town_id,
        after={"teams": [t.id for t in formed]},
    )
    return formed


async def set_members(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    team_id: int,
    user_ids: Sequence[int],
) -> Team:
    """Replace a team's members (the director always stays) before the draw is made."""
    require(policy, principal, "draw", "manage", town_id=town_id)
    team = await session.get(Team, (town_id, team_id))
    if team is None:
        raise not_found("互查队伍不存在或您无权查看")
    await _require_not_drawn(session, town_id=town_id, cycle_id=team.cycle_id)
    wanted = set(user_ids) | ({team.director_id} if team.director_id else set())
    if len(wanted) > MAX_MEMBERS:
        raise invalid(f"每支队伍最多 {MAX_MEMBERS} 人", field="userIds")
    known = set(
        (
            await session.scalars(
                select(TownMembership.user_id).where(
                    TownMembership.town_id == town_id, TownMembership.user_id.in_(wanted)
                )
            )
        ).all()
    )
    if missing := sorted(wanted - known):
        raise invalid(f"以下用户不是本镇干部：{missing}", field="userIds")
    before = await member_ids(session, town_id=town_id, team_id=team.id)
    await allow_town_write(session, town_id)
    await session.execute(
        delete(TeamMember).where(TeamMember.town_id == town_id, TeamMember.team_id == team.id)
    )
    await session.execute(
        insert(TeamMember),
        [{"town_id": town_id, "team_id": team.id, "user_id": u} for u in sorted(wanted)],
    )
    await audit.record(
        session,
        actor=principal,
        action="crosscheck.set_members",
        target_type="Team",
        target_id=team.id,
        town_id=town_id,
        before={"members": before},
        after={"members": sorted(wanted)},
    )
    return team


async def teams_of(session: AsyncSession, *, town_id: int, cycle_id: int) -> list[Team]:
    rows = await session.scalars(
        select(Team).where(Team.town_id == town_id, Team.cycle_id == cycle_id).order_by(Team.id)
    )
    return list(rows)


async def member_ids(session: AsyncSession, *, town_id: int, team_id: int) -> list[int]:
    rows = await session.scalars(
        select(TeamMember.user_id)
        .where(TeamMember.town_id == town_id, TeamMember.team_id == team_id)
        .order_by(TeamMember.user_id)
    )
    return list(rows)


async def members_by_team(
    session: AsyncSession, *, town_id: int, cycle_id: int
) -> dict[int, list[int]]:
    rows = await session.execute(
        select(TeamMember.team_id, TeamMember.user_id)
        .join(Team, (Team.town_id == TeamMember.town_id) & (Team.id == TeamMember.team_id))
        .where(Team.town_id == town_id, Team.cycle_id == cycle_id)
        .order_by(TeamMember.team_id, TeamMember.user_id)
    )
    grouped: dict[int, list[int]] = {}
    for team_id, user_id in rows:
        grouped.setdefault(team_id, []).append(user_id)
    return grouped


async def _require_not_drawn(session: AsyncSession, *, town_id: int, cycle_id: int) -> None:
    draw = await session.get(Draw, (town_id, cycle_id))
    if draw is not None and draw.state == "drawn":
        raise DomainError(ErrorCode.CONFLICT, "抽签已完成，不能再调整队伍")
