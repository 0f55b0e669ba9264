"""Gathering a bulletin's content from the cycle's findings, visits and answer pairs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.crosscheck.agreement import Agreement as Measured
from towncheck.crosscheck.agreement import agreement_by
from towncheck.crosscheck.agreement_data import measured, shown
from towncheck.crosscheck.bulletin_data import AreaRow, BulletinData, CadreRow, ProblemRow
from towncheck.crosscheck.pairs import Pair, answer_pairs, categorical_codes
from towncheck.cycles.models import Cycle
from towncheck.selfcheck.service import household_checkpoints

LOWEST: Final = 10  # cadres listed under the lowest agreement
_SEVERITY_ORDER: Final = {"critical": 0, "major": 1, "minor": 2}

_PROBLEMS: Final = text("""
select a.name as area, vl.name as village, h.head_name, f.checkpoint, f.description,
       f.severity, f.source, f.stage, f.state, coalesce(u.display_name, '') as cadre
from findings f
join households h on h.town_id = f.town_id and h.id = f.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
join areas a on a.town_id = vl.town_id and a.id = vl.area_id
left join users u on u.id = f.responsible_id
where f.town_id = :town and f.cycle_id = :cycle and f.created_at <= :cutoff
order by a.id, vl.id, f.household_id, f.checkpoint, f.source
""")

_AREAS: Final = text("""
select a.id, a.name, coalesce(t.name, '') as team,
  (select count(distinct v.household_id) from visits v
   join households h on h.town_id = v.town_id and h.id = v.household_id
   join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
   where v.town_id = a.town_id and v.cycle_id = :cycle and vl.area_id = a.id) as visited
from areas a
left join team_areas ta on ta.town_id = a.town_id and ta.cycle_id = :cycle and ta.area_id = a.id
left join teams t on t.town_id = ta.town_id and t.id = ta.team_id
where a.town_id = :town order by a.id
""")

_NAMES: Final = text("select id, display_name from users where id = any(cast(:ids as bigint[]))")


async def gather(
    session: AsyncSession,
    *,
    cycle: Cycle,
    town_name: str,
    version: int,
    title: str,
    now: datetime,
) -> BulletinData:
    params = {"town": cycle.town_id, "cycle": cycle.id, "cutoff": now}
    problems = [_problem(r) for r in (await session.execute(_PROBLEMS, params)).mappings()]
    areas = list((await session.execute(_AREAS, params)).mappings())
    checkpoints = await household_checkpoints(session, cycle)
    pairs = await answer_pairs(
        session,
        town_id=cycle.town_id,
        cycle_id=cycle.id,
        codes=categorical_codes(checkpoints.values()),
    )
    names = await _names(session, {p.cadre_id for p in pairs})
    cadres = _cadres(problems, pairs, names)
    by_area = agreement_by(rows=((p.area_id, p.own, p.cross) for p in pairs))
    with_pairs = [c for c in cadres if c.agreement.pairs]
    return BulletinData(
        town=town_name,
        cycle=cycle.name,
        version=version,
        title=title,
        generated_at=now,
        data_cutoff=now,
        households_visited=sum(int(a["visited"]) for a in areas),
        findings=len(problems),
        discrepancies=sum(p.source == "discrepancy" for p in problems),
        open=sum(p.state == "open" for p in problems),
        agreement=measured((p.own, p.cross) for p in pairs),
        areas=tuple(_area(a, problems, by_area.get(a["id"])) for a in areas),
        cadres=tuple(cadres),
        lowest_agreement=tuple(
            sorted(with_pairs, key=lambda c: (c.agreement.percent or 0, c.cadre))[:LOWEST]
        ),
        problems=tuple(
            sorted(problems, key=lambda p: (p.area, p.village, _SEVERITY_ORDER[p.severity]))
        ),
    )


def _problem(r: Any) -> ProblemRow:
    head = str(r["head_name"])
    return ProblemRow(
        area=r["area"],
        village=r["village"],
        household=head[:1] + "*" * max(len(head) - 1, 1),
        checkpoint=r["checkpoint"],
        description=r["description"],
        severity=r["severity"],
        source=r["source"],
        stage=r["stage"],
        state=r["state"],
        cadre=r["cadre"],
    )


def _area(row: Any, problems: Sequence[ProblemRow], agreement: Measured | None) -> AreaRow:
    mine = [p for p in problems if p.area == row["name"]]
    severity = Counter(p.severity for p in mine)
    return AreaRow(
        area=row["name"],
        team=row["team"],
        households_visited=int(row["visited"]),
        findings=len(mine),
        critical=severity["critical"],
        major=severity["major"],
        minor=severity["minor"],
        discrepancies=sum(p.source == "discrepancy" for p in mine),
        open=sum(p.state == "open" for p in mine),
        agreement=shown(agreement),
    )


def _cadres(
    problems: Sequence[ProblemRow], pairs: Sequence[Pair], names: dict[int, str]
) -> list[CadreRow]:
    by_cadre: dict[str, list[ProblemRow]] = defaultdict(list)
    for p in problems:
        if p.cadre:
            by_cadre[p.cadre].append(p)
    paired = agreement_by(
        rows=((names.get(p.cadre_id, str(p.cadre_id)), p.own, p.cross) for p in pairs)
    )
    rows = [
        CadreRow(
            cadre=name,
            findings=len(by_cadre[name]),
            discrepancies=sum(p.source == "discrepancy" for p in by_cadre[name]),
            open=sum(p.state == "open" for p in by_cadre[name]),
            agreement=shown(paired.get(name)),
        )
        for name in sorted(by_cadre.keys() | paired.keys())
    ]
    return sorted(rows, key=lambda c: (-c.findings, c.cadre))


async def _names(session: AsyncSession, ids: Iterable[int]) -> dict[int, str]:
    rows = await session.execute(_NAMES, {"ids": sorted(ids)})
    return {int(i): str(n) for i, n in rows}
