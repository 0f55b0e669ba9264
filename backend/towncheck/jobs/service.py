"""Requesting jobs and running them idempotently.

Dramatiq delivers at least once and a worker may die at any time, so the job row is the
truth: a delivery of a finished job does nothing, and a handler writes its results in a
way that running it twice gives the same outcome.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can
from towncheck.db import Database, TenantScope, allow_county_write
from towncheck.jobs.models import JobRun
from towncheck.jobs.registry import HANDLERS, JobInput
from towncheck.orm import utcnow
from towncheck.tenancy.models import Town

log = logging.getLogger("towncheck.jobs")


async def request(
    session: AsyncSession, *, principal: Principal, kind: str, params: dict[str, Any]
) -> JobRun:
    """Record a job; the caller enqueues it once the transaction has committed."""
    if kind not in HANDLERS:
        raise ValueError(f"unknown job kind {kind}")
    assert principal.county_id is not None
    await allow_county_write(session, principal.county_id)
    job = JobRun(
        id=uuid.uuid4(), county_id=principal.county_id, kind=kind, params=params,
        status="queued", progress=0, total=0, attempts=0, requested_by=principal.user_id,
    )
    session.add(job)
    await session.flush()
    await audit.record(
        session, actor=principal, action="job.request", target_type="JobRun", target_id=job.id,
        county_id=principal.county_id, after={"kind": kind, "params": params},
    )
    return job


def _scope(county_id: int, towns: list[int]) -> TenantScope:
    return TenantScope.system(county_id=county_id, town_ids=towns)


async def run(db: Database, *, job_id: str, county_id: int) -> str:
    """Run one delivery of a job. Returns the final status."""
    key = uuid.UUID(job_id)
    async with db.sessions() as session, session.begin():
        in_county = select(Town.id).where(Town.county_id == county_id)
        towns = list((await session.scalars(in_county)).all())
    scope = _scope(county_id, towns)
    async with db.unit_of_work(scope) as session:
        await allow_county_write(session, county_id)
        job = await session.scalar(select(JobRun).where(JobRun.id == key).with_for_update())
        if job is None or job.status == "done":
            return "missing" if job is None else "done"
        job.status, job.started_at, job.attempts = "running", utcnow(), job.attempts + 1
        payload = JobInput(job_id=job_id, county_id=county_id, town_ids=tuple(towns),
                           params=dict(job.params))
        kind = job.kind

    async def progress(done: int, total: int) -> None:
        async with db.unit_of_work(scope) as s:
            await allow_county_write(s, county_id)
            await s.execute(
                update(JobRun).where(JobRun.id == key).values(progress=done, total=total)
            )

    try:
        result = await HANDLERS[kind](db, payload, progress)
    except Exception as error:  # recorded on the job, then re-raised so Dramatiq retries
        async with db.unit_of_work(scope) as session:
            await allow_county_write(session, county_id)
            await session.execute(
                update(JobRun).where(JobRun.id == key).values(status="failed", error=str(error))
            )
        raise
    async with db.unit_of_work(scope) as session:
        await allow_county_write(session, county_id)
        await session.execute(
            update(JobRun)
            .where(JobRun.id == key)
            .values(status="done", result=result, error=None, finished_at=utcnow())
        )
    return "done"


def visible_to(*, policy: Policy, principal: Principal, job: JobRun) -> bool:
    """A job about some towns is seen by whoever may read jobs in all of them."""
    towns = [int(t) for t in job.params.get("town_ids") or []]
    if not towns:
        return can(policy, principal, "job", "read")
    return all(can(policy, principal, "job", "read", town_id=t) for t in towns)
