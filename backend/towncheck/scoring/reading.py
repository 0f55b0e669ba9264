"""Reading scores: always from a cycle's latest snapshot (snapshots are written whole)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.models import User
from towncheck.checklists.content import TemplateContent
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.cycles.models import Cycle
from towncheck.scoring.breakdown import Breakdown, Tally, breakdown, household_tallies
from towncheck.scoring.models import HouseholdScore, Indicator, Score, ScorePart, ScoreSnapshot
from towncheck.tenancy.models import Area, Town, Village

Level = Literal["town", "area", "village", "cadre"]


@dataclass(frozen=True, slots=True)
class Named:
    """A group's score with the group's name."""

    score: Score
    name: str


async def latest(session: AsyncSession, *, town_id: int, cycle_id: int) -> ScoreSnapshot | None:
    return await session.scalar(
        select(ScoreSnapshot)
        .where(ScoreSnapshot.town_id == town_id, ScoreSnapshot.cycle_id == cycle_id)
        .order_by(ScoreSnapshot.number.desc())
        .limit(1)
    )


async def snapshots(
    session: AsyncSession, *, town_id: int, cycle_id: int, limit: int = 50
) -> Sequence[ScoreSnapshot]:
    rows = await session.scalars(
        select(ScoreSnapshot)
        .where(ScoreSnapshot.town_id == town_id, ScoreSnapshot.cycle_id == cycle_id)
        .order_by(ScoreSnapshot.number.desc())
        .limit(limit)
    )
    return rows.all()


async def content_for(session: AsyncSession, snapshot: ScoreSnapshot) -> TemplateContent:
    cycle = await session.get(Cycle, (snapshot.town_id, snapshot.cycle_id))
    assert cycle is not None  # a snapshot's cycle is kept (foreign key)
    version = await session.get(ChecklistVersion, (cycle.county_id, snapshot.template_version_id))
    assert version is not None
    return content_of(version)


async def _names(
    session: AsyncSession, *, level: Level, town_id: int, ids: list[int]
) -> dict[int, str]:
    if not ids:
        return {}
    if level == "area":
        query = select(Area.id, Area.name).where(Area.town_id == town_id, Area.id.in_(ids))
    elif level == "village":
        query = select(Village.id, Village.name).where(
            Village.town_id == town_id, Village.id.in_(ids)
        )
    elif level == "cadre":
        query = select(User.id, User.display_name).where(User.id.in_(ids))
    else:
        query = select(Town.id, Town.name).where(Town.id.in_(ids))
    return {subject: name for subject, name in await session.execute(query)}


async def group_scores(
    session: AsyncSession, *, snapshot: ScoreSnapshot, level: Level
) -> list[Named]:
    """Every group of the level, best first (ties by id)."""
    rows = (
        await session.scalars(
            select(Score)
            .where(
                Score.town_id == snapshot.town_id,
                Score.snapshot_id == snapshot.id,
                Score.level == level,
            )
            .order_by(Score.score.desc().nulls_last(), Score.subject_id)
        )
    ).all()
    ids = [r.subject_id for r in rows]
    names = await _names(session, level=level, town_id=snapshot.town_id, ids=ids)
    return [Named(score=r, name=names.get(r.subject_id, "")) for r in rows]


async def tallies(
    session: AsyncSession, *, snapshot: ScoreSnapshot, level: Level, subject_id: int
) -> dict[str, Tally]:
    rows = await session.execute(
        select(ScorePart.checkpoint, ScorePart.assessed, ScorePart.passed).where(
            ScorePart.town_id == snapshot.town_id,
            ScorePart.snapshot_id == snapshot.id,
            ScorePart.level == level,
            ScorePart.subject_id == subject_id,
        )
    )
    return {code: Tally(assessed=a, passed=p) for code, a, p in rows}


async def group_breakdown(
    session: AsyncSession,
    *,
    snapshot: ScoreSnapshot,
    content: TemplateContent,
    level: Level,
    subject_id: int,
) -> Breakdown:
    found = await tallies(session, snapshot=snapshot, level=level, subject_id=subject_id)
    return breakdown(content, found)


async def household_score(
    session: AsyncSession, *, snapshot: ScoreSnapshot, household_id: int
) -> tuple[HouseholdScore, Breakdown] | None:
    row = await session.get(HouseholdScore, (snapshot.town_id, snapshot.id, household_id))
    if row is None:
        return None
    content = await content_for(session, snapshot)
    codes = [c.code for c in content.checkpoints() if c.target.value == "household"]
    found = household_tallies(codes, failed=row.failed, skipped=row.skipped)
    return row, breakdown(content, found)


async def indicators(
    session: AsyncSession, *, snapshot: ScoreSnapshot, level: Level, subject_id: int
) -> Sequence[Indicator]:
    rows = await session.scalars(
        select(Indicator)
        .where(
            Indicator.town_id == snapshot.town_id,
            Indicator.snapshot_id == snapshot.id,
            Indicator.level == level,
            Indicator.subject_id == subject_id,
        )
        .order_by(Indicator.code)
    )
    return rows.all()
