"""The county comparison (乡镇排名): every town's latest cycle of a year, from its latest
snapshot, ranked, with the change since its previous cycle and each rank explained by the
items where the town lost more than the county's towns did on average.

A fixed number of statements whatever the number of towns: the snapshots, the previous
scores, the parts and the indicators of every town are each read in one query.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select, text, tuple_
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import TemplateContent
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.cycles.models import Cycle
from towncheck.scoring.breakdown import Breakdown, Tally, breakdown
from towncheck.scoring.models import Indicator, ScorePart, ScoreSnapshot
from towncheck.scoring.service import latest_cycles
from towncheck.tenancy.models import Town

_PREVIOUS = text("""
select distinct on (cur.town_id) cur.town_id, s.score
from unnest(cast(:towns as int[]), cast(:cycles as bigint[])) cur(town_id, cycle_id)
join cycles now_c on now_c.town_id = cur.town_id and now_c.id = cur.cycle_id
join cycles c on c.town_id = cur.town_id
  and (c.self_start, c.id) < (now_c.self_start, now_c.id)
join score_snapshots s on s.town_id = c.town_id and s.cycle_id = c.id
order by cur.town_id, c.self_start desc, c.id desc, s.number desc
""")


@dataclass(frozen=True, slots=True)
class TownRow:
    town_id: int
    town_name: str
    cycle: Cycle
    snapshot: ScoreSnapshot | None
    previous: Decimal | None  # the previous cycle's latest score
    parts: Breakdown | None
    indicators: Sequence[Indicator]
    rank: int | None = None
    explanation: str = ""

    @property
    def change(self) -> Decimal | None:
        if self.snapshot is None or self.snapshot.score is None or self.previous is None:
            return None
        return self.snapshot.score - self.previous


async def _snapshots(
    session: AsyncSession, pairs: list[tuple[int, int]]
) -> dict[int, ScoreSnapshot]:
    rows = await session.scalars(
        select(ScoreSnapshot)
        .where(tuple_(ScoreSnapshot.town_id, ScoreSnapshot.cycle_id).in_(pairs))
        .ext(distinct_on(ScoreSnapshot.town_id, ScoreSnapshot.cycle_id))
        .order_by(ScoreSnapshot.town_id, ScoreSnapshot.cycle_id, ScoreSnapshot.number.desc())
    )
    return {s.town_id: s for s in rows}


async def _contents(
    session: AsyncSession, county_id: int, versions: Collection[int]
) -> dict[int, TemplateContent]:
    rows = await session.scalars(
        select(ChecklistVersion).where(
            ChecklistVersion.county_id == county_id, ChecklistVersion.id.in_(versions)
        )
    )
    return {v.id: content_of(v) for v in rows}


async def _tallies(
    session: AsyncSession, keys: list[tuple[int, int]]
) -> dict[int, dict[str, Tally]]:
    rows = await session.execute(
        select(ScorePart.town_id, ScorePart.checkpoint, ScorePart.assessed, ScorePart.passed)
        .where(tuple_(ScorePart.town_id, ScorePart.snapshot_id).in_(keys))
        .where(ScorePart.level == "town")
    )
    found: dict[int, dict[str, Tally]] = {}
    for town, code, assessed, passed in rows:
        found.setdefault(town, {})[code] = Tally(assessed=assessed, passed=passed)
    return found


async def _indicators(
    session: AsyncSession, keys: list[tuple[int, int]]
) -> dict[int, list[Indicator]]:
    rows = await session.scalars(
        select(Indicator)
        .where(tuple_(Indicator.town_id, Indicator.snapshot_id).in_(keys))
        .where(Indicator.level == "town")
        .order_by(Indicator.town_id, Indicator.code)
    )
    found: dict[int, list[Indicator]] = {}
    for row in rows:
        found.setdefault(row.town_id, []).append(row)
    return found


async def comparison(
    session: AsyncSession, *, county_id: int, year: int, town_ids: Collection[int]
) -> list[TownRow]:
    """The towns of ``town_ids`` that started a cycle in ``year``, best first."""
    targets = [
        t
        for t in await latest_cycles(session, county_id=county_id, year=year)
        if t.town_id in town_ids
    ]
    if not targets:
        return []
    pairs = [(t.town_id, t.cycle_id) for t in targets]
    cycles = {
        c.town_id: c
        for c in await session.scalars(
            select(Cycle).where(tuple_(Cycle.town_id, Cycle.id).in_(pairs))
        )
    }
    found = await session.execute(select(Town.id, Town.name).where(Town.id.in_(cycles)))
    names = {town: name for town, name in found}
    snaps = await _snapshots(session, pairs)
    keys = [(s.town_id, s.id) for s in snaps.values()]
    earlier = await session.execute(
        _PREVIOUS, {"towns": [p[0] for p in pairs], "cycles": [p[1] for p in pairs]}
    )
    previous: dict[int, Decimal] = {town: score for town, score in earlier}
    contents = await _contents(session, county_id, {s.template_version_id for s in snaps.values()})
    tallies = await _tallies(session, keys) if keys else {}
    indicators = await _indicators(session, keys) if keys else {}
    rows = []
    for town_id, cycle in cycles.items():
        snap = snaps.get(town_id)
        parts = None
        if snap is not None:
            parts = breakdown(contents[snap.template_version_id], tallies.get(town_id, {}))
        rows.append(
            TownRow(
                town_id=town_id,
                town_name=names.get(town_id, ""),
                cycle=cycle,
                snapshot=snap,
                previous=previous.get(town_id),
                parts=parts,
                indicators=indicators.get(town_id, []),
            )
        )
    return ranked(rows)


def _score(row: TownRow) -> Decimal | None:
    return None if row.snapshot is None else row.snapshot.score


def ranked(rows: list[TownRow]) -> list[TownRow]:
    """Rank by score (equal scores share a rank), unscored towns last; explain each."""
    scored = sorted(
        (r for r in rows if _score(r) is not None),
        key=lambda r: (-(_score(r) or Decimal(0)), r.town_id),
    )
    mean_lost = _mean_lost(scored)
    result: list[TownRow] = []
    for index, row in enumerate(scored):
        tie = bool(result) and _score(result[-1]) == _score(row)
        rank = result[-1].rank if tie else index + 1
        result.append(replace(row, rank=rank, explanation=_explain(row, mean_lost)))
    unscored = sorted((r for r in rows if _score(r) is None), key=lambda r: r.town_id)
    return result + [replace(r, rank=None, explanation="本周期尚无评分") for r in unscored]


def _mean_lost(rows: list[TownRow]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for row in rows:
        for item in row.parts.items if row.parts else ():
            totals[item.code] = totals.get(item.code, Decimal(0)) + item.lost
    return {code: value / len(rows) for code, value in totals.items()} if rows else {}


def _explain(row: TownRow, mean_lost: dict[str, Decimal]) -> str:
    if row.parts is None or not row.parts.items:
        return "本周期尚无可评分的指标"
    worst = row.parts.worst_items()
    if not worst:
        return "所有已评指标均无扣分"
    lines = [
        f"{p.code} {p.title} 失 {p.lost:.2f} 分"
        f"（全县平均 {mean_lost.get(p.code, Decimal(0)):.2f} 分）"
        for p in worst
    ]
    return "主要失分：" + "；".join(lines)
