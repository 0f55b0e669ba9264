"""Running a delivered job: the unit of work for background jobs.

Dramatiq delivers at least once and a worker may die at any time, so the job row is the
truth: a delivery of a finished job does nothing, a job another worker holds a lease on is
left to it, and a job whose worker died is picked up again once its lease has run out.
Handlers write their results so that running them twice gives the same outcome.

The lease is short and renewed while the handler runs (a heartbeat), so a job whose worker
was killed is taken up again within one lease rather than after the longest job's length.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update

from towncheck.db import Database, TenantScope, allow_county_write
from towncheck.jobs.models import JobRun
from towncheck.jobs.registry import HANDLERS, JobInput
from towncheck.orm import utcnow
from towncheck.tenancy.models import County, Town

MAX_ATTEMPTS = 4
LEASE = timedelta(seconds=60)
STALE_QUEUED = timedelta(minutes=1)


async def _towns(db: Database, county_id: int) -> list[int]:
    async with db.sessions() as session, session.begin():
        in_county = select(Town.id).where(Town.county_id == county_id)
        return list((await session.scalars(in_county)).all())


async def _update(db: Database, scope: TenantScope, key: uuid.UUID, **values: Any) -> None:
    async with db.unit_of_work(scope) as session:
        await allow_county_write(session, next(iter(scope.read_counties)))
        await session.execute(update(JobRun).where(JobRun.id == key).values(**values))


async def _claim(
    db: Database, scope: TenantScope, key: uuid.UUID, lease: timedelta
) -> JobRun | str:
    """Take the lease, or say why not: "missing", "done" or "busy"."""
    async with db.unit_of_work(scope) as session:
        await allow_county_write(session, next(iter(scope.read_counties)))
        job = await session.scalar(select(JobRun).where(JobRun.id == key).with_for_update())
        now = utcnow()
        if job is None or job.status == "done":
            return "missing" if job is None else "done"
        if job.status == "running" and job.lease_until and job.lease_until > now:
            return "busy"
        job.status, job.started_at, job.lease_until = "running", now, now + lease
        job.attempts += 1
        return job


async def _heartbeat(db: Database, scope: TenantScope, key: uuid.UUID, lease: timedelta) -> None:
    """Keep the lease while the handler runs; cancelled when it returns or raises."""
    while True:
        await asyncio.sleep(lease.total_seconds() / 3)
        await _update(db, scope, key, lease_until=utcnow() + lease)


async def run(db: Database, *, job_id: str, county_id: int, lease: timedelta = LEASE) -> str:
    """Run one delivery of a job. Returns the job's status afterwards."""
    key = uuid.UUID(job_id)
    towns = await _towns(db, county_id)
    scope = TenantScope.system(county_id=county_id, town_ids=towns)
    claimed = await _claim(db, scope, key, lease)
    if isinstance(claimed, str):
        return claimed
    payload = JobInput(
        job_id=job_id, county_id=county_id, town_ids=tuple(towns), params=dict(claimed.params)
    )

    async def progress(done: int, total: int) -> None:
        await _update(db, scope, key, progress=done, total=total)

    beat = asyncio.create_task(_heartbeat(db, scope, key, lease))
    try:
        result = await HANDLERS[claimed.kind](db, payload, progress)
    except Exception as error:  # recorded on the job, then re-raised so Dramatiq retries
        final = claimed.attempts >= MAX_ATTEMPTS
        await _update(
            db,
            scope,
            key,
            status="failed" if final else "retrying",
            error=str(error),
            lease_until=None,
            finished_at=utcnow() if final else None,
        )
        raise
    finally:
        beat.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beat
    await _update(
        db,
        scope,
        key,
        status="done",
        result=result,
        error=None,
        lease_until=None,
        finished_at=utcnow(),
    )
    return "done"


async def stale(db: Database) -> Sequence[tuple[str, int]]:
    """Jobs to send again: queued but never delivered (the broker was down when they were
    requested) or running under a lease that ran out (their worker died)."""
    async with db.sessions() as session, session.begin():
        counties = list((await session.scalars(select(County.id))).all())
    now = utcnow()
    scope = TenantScope(read_counties=frozenset(counties))
    async with db.unit_of_work(scope) as session:
        rows = await session.execute(
            select(JobRun.id, JobRun.county_id).where(
                or_(
                    (JobRun.status == "queued") & (JobRun.created_at < now - STALE_QUEUED),
                    (JobRun.status == "running") & (JobRun.lease_until < now),
                )
            )
        )
        return [(str(job_id), county_id) for job_id, county_id in rows]
