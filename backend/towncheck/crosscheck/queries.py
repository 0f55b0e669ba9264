"""Reading the cross-check: teams with their state in the draw, each team's households,
discrepancies side by side, and agreement by cadre, area and town."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.crosscheck.agreement import agreement_by
from towncheck.crosscheck.agreement_data import shown
from towncheck.crosscheck.bulletin_data import Agreement
from towncheck.crosscheck.models import Team
from towncheck.crosscheck.pairs import Pair, answer_pairs, categorical_codes
from towncheck.crosscheck.teams import teams_of
from towncheck.cycles.models import Cycle
from towncheck.selfcheck.service import household_checkpoints


@dataclass(frozen=True, slots=True)
class TeamView:
    team: Team
    director_name: str
    members: tuple[tuple[int, str], ...]  # (user id, name)
    committed: bool
    revealed: bool
    area_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SampleLine:
    town_id: int
    household_id: int
    head_name: str
    area: str
    village: str
    category: str
    reason: str
    visited: bool


@dataclass(frozen=True, slots=True)
class DiscrepancyLine:
    town_id: int
    finding_id: int
    household_id: int
    head_name: str
    checkpoint: str
    severity: str
    self_value: object
    cross_value: object
    self_cadre: str
    cross_cadre: str


@dataclass(frozen=True, slots=True)
class AgreementLine:
    kind: str  # cadre / area / town
    key: int | None  # user id, area id or town id
    name: str
    agreement: Agreement


_TEAMS: Final = text("""
select t.id,
  coalesce((select display_name from users where id = t.director_id), '') as director,
  array(select u.id from team_members m join users u on u.id = m.user_id
        where m.town_id = t.town_id and m.team_id = t.id order by u.id) as member_ids,
  array(select u.display_name from team_members m join users u on u.id = m.user_id
        where m.town_id = t.town_id and m.team_id = t.id order by u.id) as member_names,
  c.team_id is not null as committed, c.secret is not null as revealed,
  array(select a.name from team_areas ta join areas a on a.town_id = ta.town_id
          and a.id = ta.area_id
        where ta.town_id = t.town_id and ta.cycle_id = t.cycle_id and ta.team_id = t.id
        order by a.id) as areas
from teams t
left join draw_commitments c on c.town_id = t.town_id and c.cycle_id = t.cycle_id
  and c.team_id = t.id
where t.town_id = :town and t.cycle_id = :cycle
""")

_SAMPLE: Final = text("""
select s.household_id, h.head_name, a.name as area, vl.name as village, h.category, s.reason,
  exists(select 1 from visits v where v.town_id = s.town_id and v.cycle_id = s.cycle_id
         and v.household_id = s.household_id and v.stage = 'cross') as visited
from cross_samples s
join households h on h.town_id = s.town_id and h.id = s.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
join areas a on a.town_id = vl.town_id and a.id = vl.area_id
where s.town_id = :town and s.team_id = :team and s.household_id > :after
order by s.household_id limit :limit
""")

_DISCREPANCIES: Final = text("""
select f.id, f.household_id, h.head_name, f.checkpoint, f.severity,
  sa.value as self_value, ca.value as cross_value,
  coalesce(su.display_name, '') as self_cadre, coalesce(cu.display_name, '') as cross_cadre
from findings f
join households h on h.town_id = f.town_id and h.id = f.household_id
join visits c on c.town_id = f.town_id and c.id = f.visit_id
left join visits s on s.town_id = c.town_id and s.cycle_id = c.cycle_id
  and s.household_id = c.household_id and s.stage = 'self'
left join visit_answers ca on ca.town_id = c.town_id and ca.visit_id = c.id
  and ca.version = c.version and ca.checkpoint = f.checkpoint
left join visit_answers sa on sa.town_id = s.town_id and sa.visit_id = s.id
  and sa.version = s.version and sa.checkpoint = f.checkpoint
left join users su on su.id = f.responsible_id
left join users cu on cu.id = f.found_by
where f.town_id = :town and f.cycle_id = :cycle and f.source = 'discrepancy' and f.id > :after
  and h.id = any(cast(:households as bigint[]))
order by f.id limit :limit
""")


async def team_views(session: AsyncSession, *, town_id: int, cycle_id: int) -> list[TeamView]:
    teams = {t.id: t for t in await teams_of(session, town_id=town_id, cycle_id=cycle_id)}
    rows = await session.execute(_TEAMS, {"town": town_id, "cycle": cycle_id})
    views = [
        TeamView(
            team=teams[r.id],
            director_name=r.director,
            members=tuple(zip(r.member_ids, r.member_names, strict=True)),
            committed=r.committed,
            revealed=r.revealed,
            area_names=tuple(r.areas),
        )
        for r in rows
    ]
    return sorted(views, key=lambda v: v.team.id)


async def team_sample(
    session: AsyncSession, *, town_id: int, team_id: int, after: int, limit: int
) -> list[SampleLine]:
    rows = await session.execute(
        _SAMPLE, {"town": town_id, "team": team_id, "after": after, "limit": limit}
    )
    return [SampleLine(town_id=town_id, **dict(r._mapping)) for r in rows]


async def discrepancy_lines(
    session: AsyncSession,
    *,
    town_id: int,
    cycle_id: int,
    households: list[int],
    after: int,
    limit: int,
) -> list[DiscrepancyLine]:
    params = {
        "town": town_id,
        "cycle": cycle_id,
        "households": households,
        "after": after,
        "limit": limit,
    }
    rows = await session.execute(_DISCREPANCIES, params)
    return [
        DiscrepancyLine(
            town_id=town_id,
            finding_id=r.id,
            household_id=r.household_id,
            head_name=r.head_name,
            checkpoint=r.checkpoint,
            severity=r.severity,
            self_value=r.self_value,
            cross_value=r.cross_value,
            self_cadre=r.self_cadre,
            cross_cadre=r.cross_cadre,
        )
        for r in rows
    ]


async def agreement_lines(
    session: AsyncSession, *, cycle: Cycle, by: str, names: dict[int, str]
) -> list[AgreementLine]:
    """Agreement grouped ``by`` cadre, area or town; ``names`` names the keys."""
    checkpoints = await household_checkpoints(session, cycle)
    pairs = await answer_pairs(
        session,
        town_id=cycle.town_id,
        cycle_id=cycle.id,
        codes=categorical_codes(checkpoints.values()),
    )
    keys: dict[str, Callable[[Pair], int]] = {
        "cadre": lambda p: p.cadre_id,
        "area": lambda p: p.area_id,
        "town": lambda p: cycle.town_id,
    }
    key_of = keys[by]
    grouped = agreement_by(rows=((key_of(p), p.own, p.cross) for p in pairs))
    lines = [
        AgreementLine(kind=by, key=key, name=names.get(key, str(key)), agreement=shown(result))
        for key, result in grouped.items()
    ]
    return sorted(lines, key=_lowest_first)


def _lowest_first(line: AgreementLine) -> Any:
    percent = line.agreement.percent
    return (percent is None, percent, line.name)


_NAMES: Final = {
    "cadre": text(
        "select u.id, u.display_name from users u where exists (select 1 from town_memberships m"
        " where m.town_id = :town and m.user_id = u.id)"
    ),
    "area": text("select id, name from areas where town_id = :town"),
    "town": text("select id, name from towns where id = :town"),
}


async def agreement_names(session: AsyncSession, *, town_id: int, by: str) -> dict[int, str]:
    rows = await session.execute(_NAMES[by], {"town": town_id})
    return {int(i): str(n) for i, n in rows}


async def team_sample_count(session: AsyncSession, *, town_id: int, team_id: int) -> int:
    count = await session.scalar(
        text("select count(*) from cross_samples where town_id = :town and team_id = :team"),
        {"town": town_id, "team": team_id},
    )
    return int(count or 0)


async def discrepancy_count(
    session: AsyncSession, *, town_id: int, cycle_id: int, households: list[int]
) -> int:
    count = await session.scalar(
        text(
            "select count(*) from findings where town_id = :town and cycle_id = :cycle"
            " and source = 'discrepancy' and household_id = any(cast(:households as bigint[]))"
        ),
        {"town": town_id, "cycle": cycle_id, "households": households},
    )
    return int(count or 0)
