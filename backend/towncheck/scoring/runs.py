"""One scoring run of one town's cycle: a snapshot with everything under it.

The caller opens a repeatable-read transaction, so every statement reads the same committed
state of the data (the snapshot's cut-off), and commits once: a worker killed at any point
leaves either the whole snapshot or nothing. A redelivered job finds the snapshot it
already wrote (one per job, town and cycle) and writes no second one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit.models import AuditEntry
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.cycles.models import Cycle
from towncheck.db import hash_joins
from towncheck.errors import not_found
from towncheck.scoring import compute, indicators
from towncheck.scoring.models import Score, ScoreSnapshot
from towncheck.scoring.weights import METHOD, weights_of

# First key of the two-key advisory lock taken per town: runs of one town queue up.
LOCK_CLASS = 0x53C0


@dataclass(frozen=True, slots=True)
class Target:
    town_id: int
    cycle_id: int


async def existing(session: AsyncSession, *, target: Target, job_id: uuid.UUID) -> int | None:
    return await session.scalar(
        select(ScoreSnapshot.id).where(
            ScoreSnapshot.town_id == target.town_id,
            ScoreSnapshot.cycle_id == target.cycle_id,
            ScoreSnapshot.job_id == job_id,
        )
    )


async def _cutoff(session: AsyncSession, town_id: int) -> tuple[object, date, int]:
    moment, today = (
        await session.execute(
            text("select now(), cast(now() at time zone 'Asia/Shanghai' as date)")
        )
    ).one()
    seq = await session.scalar(
        select(func.coalesce(func.max(AuditEntry.seq), 0)).where(AuditEntry.town_id == town_id)
    )
    return moment, today, int(seq or 0)


async def score_cycle(session: AsyncSession, *, target: Target, job_id: uuid.UUID) -> int:
    """The id of the job's snapshot of this cycle, written now unless it already exists."""
    await session.execute(
        text("select pg_advisory_xact_lock(:class, :town)"),
        {"class": LOCK_CLASS, "town": target.town_id},
    )
    found = await existing(session, target=target, job_id=job_id)
    if found is not None:
        return found
    cycle = await session.get(Cycle, (target.town_id, target.cycle_id))
    if cycle is None:
        raise not_found("评估周期不存在")
    version = await session.get(ChecklistVersion, (cycle.county_id, cycle.version_id))
    if version is None:
        raise not_found("评估细则版本不存在")
    content = content_of(version)
    weights = weights_of(content)
    moment, today, seq = await _cutoff(session, target.town_id)
    number = await session.scalar(
        select(func.coalesce(func.max(ScoreSnapshot.number), 0) + 1).where(
            ScoreSnapshot.town_id == target.town_id, ScoreSnapshot.cycle_id == target.cycle_id
        )
    )
    snapshot = ScoreSnapshot(
        town_id=target.town_id,
        cycle_id=target.cycle_id,
        number=number,
        job_id=job_id,
        method=METHOD,
        template_version_id=cycle.version_id,
        data_cutoff=moment,
        audit_seq=seq,
        households=0,
    )
    session.add(snapshot)
    await session.flush()
    await compute.load_weights(session, weights)
    subject = indicators.Subject(
        town_id=target.town_id,
        cycle_id=target.cycle_id,
        year=cycle.year,
        snapshot_id=snapshot.id,
        today=today,
    )
    # Under row-level security the planner expects a handful of a town's rows where there
    # are hundreds of thousands, and would loop over them; hash joins cost the same at
    # any estimate. Those penalised plans also look expensive enough to be compiled
    # (JIT), which alone would cost seconds per statement.
    # For the same reason it would sort a town's answers twice (to merge-join the findings,
    # then to group by household) where hashing them once is cheaper; and a town's answers
    # are aggregated in memory rather than through temporary files.
    await session.execute(
        text(
            "select set_config('jit', 'off', true), set_config('work_mem', '64MB', true),"
            " set_config('enable_sort', 'off', true), set_config('enable_mergejoin', 'off', true)"
        )
    )
    async with hash_joins(session):
        await compute.score(
            session,
            town_id=target.town_id,
            cycle_id=target.cycle_id,
            year=cycle.year,
            snapshot_id=snapshot.id,
            weights=weights,
        )
        await indicators.record(
            session, subject=subject, weights=weights, checkpoints=list(content.checkpoints())
        )
    await _totals(session, snapshot)
    return snapshot.id


async def _totals(session: AsyncSession, snapshot: ScoreSnapshot) -> None:
    town = (
        await session.execute(
            select(Score.households, Score.score).where(
                Score.town_id == snapshot.town_id,
                Score.snapshot_id == snapshot.id,
                Score.level == "town",
            )
        )
    ).one_or_none()
    households, score = (0, None) if town is None else (town.households, town.score)
    await session.execute(
        update(ScoreSnapshot)
        .where(ScoreSnapshot.town_id == snapshot.town_id, ScoreSnapshot.id == snapshot.id)
        .values(households=households, score=score)
    )
